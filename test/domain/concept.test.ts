// The rule of the intake draft (src/domain/concept.ts): a draft keeps what was typed, by the intake's
// field names; empty fields, unknown fields and what the form chose by itself are no draft.
import { describe, expect, it } from 'vitest';
import { conceptSchema, conceptVerlopenVoor, isLeeg, situatieMetBericht } from '../../src/domain/concept.ts';

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

describe('a form started from a message while a draft exists keeps both situations', () => {
  it.each([
    [undefined, undefined, undefined],
    ['Getypt', undefined, 'Getypt'],
    [undefined, 'Bericht', 'Bericht'],
    ['  ', 'Bericht', 'Bericht'],
    ['Getypt', 'Bericht', 'Getypt\n\nBericht'],
    // A draft that began from this message, edited since: the edit is kept, the message not repeated.
    ['Bericht, en wat ik erbij typte', 'Bericht', 'Bericht, en wat ik erbij typte'],
    // The draft is the message as it was: once.
    ['Bericht', 'Bericht met meer', 'Bericht met meer'],
  ])('draft %j and message %j: %j', (concept, bericht, verwacht) => {
    expect(situatieMetBericht(concept, bericht, 3000)).toBe(verwacht);
  });

  it('over the limit only the message is cut, never what was typed', () => {
    const getypt = 'g'.repeat(2990);
    const uit = situatieMetBericht(getypt, 'b'.repeat(500), 3000)!;
    expect(uit).toHaveLength(3000);
    expect(uit.startsWith(`${getypt}\n\n`)).toBe(true);
  });
});
