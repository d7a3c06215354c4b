/**
 * Street + house number: 'Kerkstraat 12a', 'Van Heemstralaan 4-II', 'Oude Gracht 123 bis', 'Laan van
 * Meerdervoort 50', sloppy lower case 'kerkstraat 4'. The street is recognised by its last word ending in a
 * street word (straat, laan, weg, plein, gracht, kade, singel, dijk, hof, …); capitalised words and
 * tussenvoegsels before it are part of the name ('Burgemeester de Withstraat'). Not flagged: a street word
 * with a number that is a quantity ('weg 3 keer') or a year for a lower-case word.
 *
 * A house number on its own is an address too when it is labelled ('huisnummer 12', 'huisnr. 8') or follows
 * a postcode ('3521AB, huisnummer 12', '3526 KL nummer 31', '3561 HA / 16-bis'): postcode and number pin down
 * one address. A number directly after the postcode ('2511 BT 3') stays part of the postcode finding.
 */
import { VOORNAMEN } from '../lijsten/voornamen.ts';
import { type Finding, maakFinding } from '../typen.ts';
import { isGewoonWoord } from '../woordenboek.ts';
import { detecteerPostcode } from './postcode.ts';

const SUFFIXEN = [
  'straat',
  'straatje',
  'straatweg',
  'laan',
  'laantje',
  'weg',
  'plein',
  'pleintje',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dijkje',
  'hof',
  'steeg',
  'steegje',
  'pad',
  'dreef',
  'park',
  'markt',
  'baan',
  'boulevard',
  'plantsoen',
  'erf',
  'wal',
  'veld',
  'haven',
  'ring',
  'allee',
  'dam',
  'gang',
  'vaart',
  'wetering',
  'brink',
  'promenade',
  'passage',
  'poort',
  'kamp',
  'akker',
  'weide',
  'wade',
  'hage',
  'hoeve',
  'oord',
  'zoom',
  'donk',
  'stede',
  'kaai',
  'hof',
  'burg',
  'horst',
  'zijde',
  'oever',
  'tuin',
  'tuinen',
  'rade',
  'lei',
  'schans',
  'waard',
];
const SUFFIX = `(?:${[...new Set(SUFFIXEN)]
  .sort((a, b) => b.length - a.length)
  .map((s) => `[${s[0]}${s[0]?.toUpperCase()}]${s.slice(1)}`)
  .join('|')})`;
/** Street words that are a street name on their own ('Markt 12', 'Oude Gracht 123'). */
const LOS = new Set([
  'plein',
  'markt',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'brink',
  'dam',
  'haven',
  'wal',
  'laan',
]);

const NUMMER =
  '(?:nr\\.?[ \\u00a0]?)?\\d{1,5}(?:[a-zA-Z](?![\\p{L}\\p{N}]))?' +
  '(?:[ \\u00a0]?-[ \\u00a0]?(?:[IVX]{1,4}|\\d{1,3}|hs|HS|h|bis|[a-zA-Z]{1,2})(?![\\p{L}\\p{N}]))?' +
  '(?:[ \\u00a0](?:bis|hs|huis|zw|bg|I{1,3}|IV|[A-H])(?![\\p{L}\\p{N}]))?' +
  '(?:[ \\u00a0]nr\\.?[ \\u00a0]?\\d{1,5}[a-zA-Z]?(?![\\p{L}\\p{N}]))?';

/** A word with a number after it; it is a street when the word ends in a street word ('Heemstralaan 4-II'). */
const STRAAT = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(\\p{L}[\\p{L}'’.-]*)[ \\u00a0]+(${NUMMER})(?![\\p{N}]|[.,]\\d)`,
  'gu',
);
/** 'Laan van Meerdervoort 50', 'Hof van Delft 12': street word, tussenvoegsel, capitalised name, number. */
const STRAAT_VAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}*${SUFFIX}|(?:Laan|Hof|Plein|Kade|Gracht|Dijk|Weg|Markt|Park|Singel))[ \\u00a0]+(?:van|der|de|den|het|'t)(?:[ \\u00a0]+(?:der|de|den|het|'t))?[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'’-]*)?)[ \\u00a0]+(${NUMMER})(?![\\p{N}]|[.,]\\d)`,
  'gu',
);

const SUFFIX_EIND = new RegExp(`${SUFFIX}$`, 'u');
const HOEVEELHEID =
  /^[ \u00a0]*(?:jaar|keer|uur|euro|eur|maanden|maand|weken|week|dagen|dag|minuten|km|kilometer|meter|personen|kinderen|x|%|procent|stuks)(?![\p{L}])/iu;
const VOORVOEGSELS = new Set([
  'lange',
  'korte',
  'oude',
  'nieuwe',
  'burgemeester',
  'dokter',
  'professor',
  'prins',
  'prinses',
  'koning',
  'koningin',
  'graaf',
  'gravin',
  'sint',
  'st',
  'hertog',
  'eerste',
  'tweede',
  'derde',
  'grote',
  'kleine',
  'hoge',
  'lage',
  'hoog',
  'laag',
  'noorder',
  'zuider',
  'ooster',
  'wester',
  'binnen',
  'buiten',
  'achter',
  'generaal',
  'kapitein',
  'admiraal',
  'pastoor',
  'kardinaal',
  'jonkheer',
  'baron',
  'ridder',
  'meester',
  'mr',
  'dr',
  'vrouwe',
  'heilige',
  'onze',
  'lieve',
]);
const TUSSEN = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'la', 'le', 'du', 'des']);

/** Extend a street name backwards over 'Van', 'Burgemeester de', 'Marco', … (at most 3 words). */
function beginStraat(text: string, start: number): number {
  let begin = start;
  let woorden = 0;
  for (;;) {
    const m = /(\p{L}[\p{L}'’.-]*)[ \u00a0]$/u.exec(text.slice(Math.max(0, begin - 30), begin));
    if (!m || woorden >= 3) break;
    const woord = (m[1] ?? '').replace(/\.$/, '');
    const l = woord.toLowerCase();
    const kap = woord[0] !== undefined && woord[0] !== woord[0].toLowerCase();
    const ok =
      TUSSEN.has(l) || (kap && (VOORVOEGSELS.has(l) || VOORNAMEN.has(woord) || !isGewoonWoord(woord)));
    if (!ok) break;
    begin -= m[0].length;
    woorden++;
  }
  // a street name never starts with a lower-case tussenvoegsel
  for (;;) {
    const m = /^(\p{Ll}[\p{L}'’]*)[ \u00a0]+/u.exec(text.slice(begin, start));
    if (!m || !TUSSEN.has((m[1] ?? '').toLowerCase())) break;
    begin += m[0].length;
  }
  return begin;
}

const HUISNUMMER_WAARDE =
  '\\d{1,5}(?:[ \\u00a0]?-?[ \\u00a0]?(?:bis|hs|huis|[a-zA-Z]|I{1,3}|IV)(?![\\p{L}\\p{N}]))?(?![\\p{N}]|[.,]\\d)';
const HUISNUMMER_LABEL = '(?:huis(?:nummer|nr\\.?|no\\.?)|nummer|nr\\.?|no\\.?)';
/** 'huisnummer 12', 'huisnr. 8' anywhere. */
const GELABELD_HUISNUMMER = new RegExp(
  `(?<![\\p{L}])huis(?:nummer|nr\\.?|no\\.?)[ \\u00a0]*:?[ \\u00a0]*${HUISNUMMER_WAARDE}`,
  'giu',
);
/** Right after a postcode: ', huisnummer 12', ' nummer 31', ' / 16-bis', ' (huisnr 7)', ' nr 22'. */
const NA_POSTCODE = new RegExp(
  `^[ \\u00a0]*(?:[,/(][ \\u00a0]*)?(?:(${HUISNUMMER_LABEL}[ \\u00a0]*:?[ \\u00a0]*)?${HUISNUMMER_WAARDE})`,
  'iu',
);

/** Findings for house numbers that are labelled or follow a postcode. */
function huisnummers(text: string): Finding[] {
  const uit: Finding[] = [];
  if (/huis(?:nummer|nr|no)/i.test(text))
    for (const m of text.matchAll(GELABELD_HUISNUMMER)) {
      const start = m.index ?? 0;
      uit.push(maakFinding('adres', text, start, start + m[0].length));
    }
  for (const p of detecteerPostcode(text)) {
    const m = NA_POSTCODE.exec(text.slice(p.end, p.end + 40));
    if (!m) continue;
    const scheiding = /^[ \u00a0]*(?:[,/(][ \u00a0]*)?/.exec(m[0])?.[0] ?? '';
    // a bare number after a space is already part of the postcode finding; after a comma or slash it needs
    // to be more than a count ('3511 AB, 3 kinderen')
    if (!m[1] && !/[,/(]/.test(scheiding)) continue;
    const end = p.end + m[0].length;
    if (!m[1] && HOEVEELHEID.test(text.slice(end, end + 12))) continue;
    const start = p.end + scheiding.length;
    if (uit.some((f) => f.start <= start && end <= f.end)) continue;
    uit.push(maakFinding('adres', text, start, end));
  }
  return uit;
}

export function detecteerAdres(text: string): Finding[] {
  const uit: Finding[] = huisnummers(text);
  for (const m of text.matchAll(STRAAT_VAN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (HOEVEELHEID.test(text.slice(end, end + 12))) continue;
    uit.push(maakFinding('adres', text, start, end));
  }
  for (const m of text.matchAll(STRAAT)) {
    const straat = m[1] ?? '';
    const nummer = m[2] ?? '';
    if (!SUFFIX_EIND.test(straat)) continue;
    let start = m.index ?? 0;
    const end = start + m[0].length;
    if (uit.some((f) => f.start <= start && end <= f.end)) continue;
    if (HOEVEELHEID.test(text.slice(end, end + 12))) continue;
    const kap = straat[0] !== straat[0]?.toLowerCase();
    if (!kap) {
      // lower case: a real street name is longer than its suffix and the number is no year
      const suffix = SUFFIX_EIND.exec(straat)?.[0] ?? '';
      if (straat.length < suffix.length + 3) continue;
      if (/^(?:19|20)\d\d$/.test(nummer)) continue;
      if (
        isGewoonWoord(straat) &&
        !/straat|laan|gracht|kade|singel|dreef|plein/.test(suffix) &&
        !(suffix === 'weg' && straat.length >= 8)
      )
        continue;
    }
    if (kap) {
      const begin = beginStraat(text, start);
      if (begin === start && SUFFIXEN.includes(straat.toLowerCase()) && !LOS.has(straat.toLowerCase()))
        continue;
      start = begin;
    }
    uit.push(maakFinding('adres', text, start, end));
  }
  return uit.sort((a, b) => a.start - b.start);
}
