// The Dutch normaliser, table-driven; then proof against the real `dutch` stemmer (PGlite) that it
// closes exactly the gaps it is for.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basisvormen, verrijk, woorden } from '../../src/register/normaliseer.ts';
import { MAX_ZOEKWOORDEN, ofVraag, zoekvraag } from '../../src/register/zoekvraag.ts';

describe('basisvormen', () => {
  it.each([
    // doubled consonant + en
    ['gezinnen', ['gezin']],
    ['vriendinnen', ['vriendin']],
    ['bussen', ['bus']],
    ['stappen', ['stap']],
    ['mannen', ['man']],
    ['lessen', ['les']],
    // irregular -eren plurals, also at the end of a compound
    ['kinderen', ['kind']],
    ['pleegkinderen', ['pleegkind']],
    ['lammeren', ['lam']],
    ['eieren', ['ei']],
    ['bladeren', ['blad']],
    ['kalveren', ['kalf']],
    // short irregulars only as whole words
    ['leden', ['lid']],
    ['steden', ['stad']],
    ['schepen', ['schip']],
    ['geleden', []],
    ['besteden', []],
    // z/v plurals
    ['huizen', ['huis']],
    ['reizen', ['reis']],
    ['brieven', ['brief']],
    ['wolven', ['wolf']],
    // -ën
    ['ideeën', ['idee']],
    ['knieën', ['knie']],
    // -s after a vowel
    ['boetes', ['boete']],
    ['kwesties', ['kwestie']],
    ['autos', ['auto']],
    // diminutives
    ['kindje', ['kind']],
    ['huisje', ['huis']],
    ['boompje', ['boom']],
    ['kapje', ['kap']],
    ['balletje', ['bal', 'ballet']],
    ['mannetje', ['man', 'mannet']],
    ['autootje', ['auto', 'autoot']],
    ['straatje', ['stra', 'straat']],
    // words the stemmer already handles, or that are not plurals, get nothing
    ['gezin', []],
    ['kind', []],
    ['huis', []],
    ['bus', []],
    ['reis', []],
    ['woning', []],
    ['ouders', []],
    ['2026', []],
    ['je', []],
  ])('%s → %j', (woord, verwacht) => {
    expect(basisvormen(woord)).toEqual(verwacht);
  });

  it('includes every listed form, in lower case', () => {
    expect(basisvormen('Gezinnen')).toEqual(['gezin']);
    expect(basisvormen('kindjes')).toEqual(expect.arrayContaining(['kind']));
    expect(basisvormen('meisjes')).toEqual(expect.arrayContaining(['meis', 'meisje']));
  });
});

describe('woorden and verrijk', () => {
  it.each([
    ['Twee gezinnen, drie kinderen!', 'twee gezinnen gezin drie kinderen kind'],
    ["Oma's auto en 2 huizen", 'oma s auto en 2 huizen huis'],
    ['a & b | !c:* (d)', 'a b c d'],
    ['', ''],
  ])('%j → %j', (tekst, verwacht) => {
    expect(verrijk(tekst)).toBe(verwacht);
  });

  it('keeps letters with diacritics together', () => {
    expect(woorden('Ideeën over één café')).toEqual(['ideeën', 'over', 'één', 'café']);
  });
});

describe('zoekvraag', () => {
  it.each([
    ['gezinnen', 'gezin', '(gezinnen | gezin)'],
    ['gezinnen kind', 'gezin & kind', '(gezinnen | gezin) & kind'],
    ['Kinderen & huizen | !x', 'kind & huis & x', '(kinderen | kind) & (huizen | huis) & x'],
    ['meisjes', '(meis | meisje)', '(meisjes | meis | meisje)'],
    ['gezin gezin', 'gezin', 'gezin'],
    ['  ,;  ', '', ''],
  ])('%j → zoek %j, markeer %j', (tekst, zoek, markeer) => {
    expect(zoekvraag(tekst)).toEqual({ zoek, markeer });
  });

  it(`uses at most ${MAX_ZOEKWOORDEN} words`, () => {
    const veel = Array.from({ length: 20 }, (_, i) => `woord${String.fromCharCode(97 + i)}`).join(' ');
    expect(zoekvraag(veel).zoek.split(' & ')).toHaveLength(MAX_ZOEKWOORDEN);
  });

  it('ofVraag keeps informative words only, OR-ed', () => {
    expect(ofVraag('Kind met autisme kan niet met de taxi naar school in 2026')).toEqual({
      zoek: 'kind | autisme | taxi | school',
      markeer: 'kind | autisme | taxi | school',
    });
    expect(ofVraag('Gezinnen zonder inkomen').zoek).toBe('gezin | zonder | inkomen');
    expect(ofVraag('de het een').zoek).toBe('');
  });
});

describe('against the dutch stemmer (PGlite)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  });
  afterAll(async () => {
    await db.close();
  });

  const vindt = async (document: string, gezocht: string, metNormaliser: boolean) => {
    const tekst = metNormaliser ? verrijk(document) : document;
    const vraag = metNormaliser ? zoekvraag(gezocht).zoek : woorden(gezocht).join(' & ');
    const r = await db.query<{ ok: boolean }>(
      "SELECT to_tsvector('dutch', $1) @@ to_tsquery('dutch', $2) AS ok",
      [tekst, vraag],
    );
    return r.rows[0]!.ok;
  };

  // [in the document, typed in the search box, found by the stemmer alone?]
  const PAREN: [string, string, boolean][] = [
    ['gezin', 'gezinnen', false],
    ['gezinnen', 'gezin', false],
    ['kind', 'kinderen', false],
    ['kinderen', 'kind', false],
    ['kindje', 'kind', false],
    ['huis', 'huizen', false],
    ['brief', 'brieven', false],
    ['boete', 'boetes', false],
    ['idee', 'ideeën', false],
    ['bus', 'bussen', false],
    // these the stemmer does itself; the normaliser must not break them
    ['woning', 'woningen', true],
    ['schulden', 'schuld', true],
    ['uitkeringen', 'uitkering', true],
    ['probleem', 'problemen', true],
    ['ouder', 'ouders', true],
  ];

  it.each(PAREN)('document "%s", search "%s"', async (document, gezocht, alleenStemmer) => {
    expect(await vindt(document, gezocht, false)).toBe(alleenStemmer);
    expect(await vindt(document, gezocht, true)).toBe(true);
  });

  it('does not make unrelated words meet', async () => {
    expect(await vindt('gezin', 'kind', true)).toBe(false);
    expect(await vindt('geleden', 'lid', true)).toBe(false);
    expect(await vindt('woning', 'huis', true)).toBe(false);
  });
});
