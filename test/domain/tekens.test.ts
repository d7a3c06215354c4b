// Free text may hold any character a person types, newline and tab included, but no control
// characters: a NUL cannot be stored in PostgreSQL, the others are invisible to the reader.
import { describe, expect, it } from 'vitest';
import { DomeinFout } from '../../src/domain/fouten.ts';
import { heeftOngeldigTeken, ONGELDIG_TEKEN, ongeldigeTekens } from '../../src/domain/tekens.ts';
import { leesOfWeiger, z } from '../../src/domain/validatie.ts';

describe('free text holds no control characters', () => {
  it.each([
    ['gewone tekst', false],
    ['regel één\nregel twee\r\n\tingesprongen', false],
    ['accenten, € en emoji 🙂', false],
    ['\u00a0vaste spatie en \u200b breedteloos', false],
    ['NUL\u0000', true],
    ['bel\u0007', true],
    ['escape\u001b[31m', true],
    ['verticale tab\u000b', true],
    ['delete\u007f', true],
  ])('%j → invalid: %s', (tekst, ongeldig) => expect(heeftOngeldigTeken(tekst)).toBe(ongeldig));

  it('finds them by path in a form, leaving dates and numbers alone', () => {
    expect(
      ongeldigeTekens({
        reden: 'ok',
        voorwaarden: 'x\u0000',
        toezegging: { taak: 'y\u0001', deadline: new Date() },
        lijst: ['a', 'b\u0002'],
        bedrag: 5,
      }),
    ).toEqual([['voorwaarden'], ['toezegging', 'taak'], ['lijst', 1]]);
  });
});

describe('leesOfWeiger: a field error per problem', () => {
  const schema = z.object({
    reden: z.string().max(10, { error: 'De reden mag hooguit 10 tekens zijn' }),
    hoe: z.string().max(5).optional(),
  });
  const weigering = (invoer: unknown): DomeinFout => {
    try {
      leesOfWeiger(schema, invoer);
    } catch (e) {
      if (e instanceof DomeinFout) return e;
      throw e;
    }
    throw new Error('niet geweigerd');
  };

  it('a control character, at its field', () => {
    expect(weigering({ reden: 'a\u0000b' }).velden).toEqual([{ veld: 'reden', bericht: ONGELDIG_TEKEN }]);
  });
  it('too long, with the field’s own message or else the maximum and the length', () => {
    expect(weigering({ reden: 'x'.repeat(11), hoe: 'abcdefg' }).velden).toEqual([
      { veld: 'reden', bericht: 'De reden mag hooguit 10 tekens zijn' },
      { veld: 'hoe', bericht: 'Te lang: hooguit 5 tekens (nu 7)' },
    ]);
  });
  it('both at one field', () => {
    expect(weigering({ reden: `${'x'.repeat(11)}\u0000` }).velden.map((v) => v.bericht)).toEqual([
      ONGELDIG_TEKEN,
      'De reden mag hooguit 10 tekens zijn',
    ]);
  });
  it('ordinary text passes', () =>
    expect(leesOfWeiger(schema, { reden: 'ja\nprima' })).toEqual({ reden: 'ja\nprima' }));
});
