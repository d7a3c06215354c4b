// The rule of the intake draft (src/domain/concept.ts): a draft keeps what was typed, by the intake's
// field names; empty fields, unknown fields and what the form chose by itself are no draft.
import { describe, expect, it } from 'vitest';
import { conceptSchema, conceptVerlopenVoor, isLeeg } from '../../src/domain/concept.ts';

describe('a draft keeps what was typed, and only that', () => {
  it.each([
    [{ titel: 'Woning' }, { titel: 'Woning' }, false],
    [{ titel: '  ', situatie: '' }, {}, true],
    [{ onbekend: 'x', titel: 'Woning' }, { titel: 'Woning' }, false],
    [{ leefgebieden: [] }, {}, true],
    [{ leefgebieden: ['wonen'] }, { leefgebieden: ['wonen'] }, false],
    [{ tafel: 'citydeal', urgentie: 'normaal' }, { tafel: 'citydeal', urgentie: 'normaal' }, true],
    [{ urgentie: 'normaal', knelpuntVrij: 'Schuld' }, { urgentie: 'normaal', knelpuntVrij: 'Schuld' }, false],
  ])('%j is kept as %j (empty: %s)', (invoer, verwacht, leeg) => {
    const w = conceptSchema.parse(invoer);
    expect(w).toEqual(verwacht);
    expect(isLeeg(w)).toBe(leeg);
  });

  it.each([[{ titel: 5 }], [{ titel: 'x'.repeat(4001) }], [{ leefgebieden: [5] }]])(
    '%j is no draft',
    (invoer) => {
      expect(conceptSchema.safeParse(invoer).success).toBe(false);
    },
  );

  it('is kept 7 days after its last save', () => {
    expect(conceptVerlopenVoor(new Date('2026-12-08T10:00:00Z')).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });
});
