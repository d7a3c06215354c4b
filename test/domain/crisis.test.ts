import { describe, expect, it } from 'vitest';
import { crisisdienstSchema, leesCrisisdienst } from '../../src/domain/crisis.ts';

describe('a municipality’s crisis service is a name and a number people can dial', () => {
  it.each([
    [{ naam: 'Acute psychiatrie GGZ Centraal', telefoon: '030 123 45 67' }, true],
    [{ naam: 'Crisisdienst', telefoon: '+31 30 123 4567' }, true],
    [{ naam: 'Crisisdienst', telefoon: '0800-1234' }, true],
    [{ naam: 'Crisisdienst', telefoon: 'bel de GGZ' }, false],
    [{ naam: 'Crisisdienst', telefoon: '' }, false],
    [{ naam: 'C', telefoon: '112' }, false],
    [{ naam: 'Crisisdienst', telefoon: '112', email: 'x@example.org' }, false],
  ])('%j: %s', (invoer, geldig) => {
    expect(crisisdienstSchema.safeParse(invoer).success).toBe(geldig);
  });

  it('a stored value that no longer reads as one is none, not an error in a crisis', () => {
    expect(leesCrisisdienst(null)).toBeNull();
    expect(leesCrisisdienst({ naam: 'x' })).toBeNull();
    expect(leesCrisisdienst({ naam: 'Crisisdienst', telefoon: '030 1234567' })).toEqual({
      naam: 'Crisisdienst',
      telefoon: '030 1234567',
    });
  });
});
