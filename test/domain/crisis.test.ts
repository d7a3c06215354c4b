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

describe('a crisis names numbers, not "the crisis service"', () => {
  it('112 and 113 always, and the municipality’s own service when it has one, in both languages', async () => {
    const { crisisNummers } = await import('../../src/domain/crisis.ts');
    const { weergave } = await import('../../src/taal/tekst.ts');
    const eigen = { naam: 'Acute psychiatrie GGZ Centraal', telefoon: '030 123 45 67' };
    for (const taal of ['nl', 'en'] as const) {
      const zonder = weergave(taal, crisisNummers());
      expect(zonder).toMatch(/\b112\b/);
      expect(zonder).toMatch(/\b113\b/);
      expect(zonder).toContain('0800-0113');
      expect(zonder).not.toContain('GGZ Centraal');
      expect(weergave(taal, crisisNummers(eigen))).toContain('Acute psychiatrie GGZ Centraal, 030 123 45 67');
    }
    expect(weergave('en', crisisNummers(eigen))).toContain('municipality’s'.replace('’', "'"));
  });
});
