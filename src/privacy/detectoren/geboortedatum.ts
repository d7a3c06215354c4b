/**
 * Dates of birth. A date is only a date of birth when something ties it to birth or to a person:
 *  - a label: 'geboren (op)', 'geb.', 'gb', 'geb.datum', 'geboortedatum:', 'd.d. geboorte', 'geboortejaar',
 *    '°', also after the date: '12-03-1985 (geb.)'; with a label a bare year counts too ('geboren in 1985',
 *    'geboren in Nador in 1971', 'geboren in Paramaribo (1959)', '°1956', 'in 1974 geboren'), and so does
 *    'is van 1962' said of a person ('Dhr. is van 1962');
 *  - a list joined to a date of birth: 'Geboortedata kinderen: 04-05-2015 en 19-11-2018';
 *  - a person right before it, only punctuation between: 'mevrouw (12-03-1985)', 'Mw. Bakker, 02-02-1961',
 *    'zoon Mohammed (14-07-2012)'. The year must then lie between 1900 and this year.
 * Meeting dates, deadlines and letter dates ('op 27 november', 'vóór 1 januari 2027', 'per 1-1-2027',
 * 'd.d. 03-02-2026') are not flagged.
 */
import { PERSOONSWOORDEN, TITELS } from '../lijsten/woorden.ts';
import { type Finding, maakFinding } from '../typen.ts';

const MAANDEN =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

export interface Datum {
  start: number;
  end: number;
  jaar: number;
}

const NUMERIEK = /(?<![\p{L}\p{N}/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|['’]?\d{2})(?![\p{N}]|[-/.]\d)/gu;
const ISO = /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\d)/gu;
const TEKST = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})[ \\u00a0]+(?:${MAANDEN})\\.?[ \\u00a0]+(\\d{4}|['’]\\d{2})(?![\\p{N}])`,
  'giu',
);

function jaarVan(s: string): number {
  const n = Number(s.replace(/['’]/g, ''));
  if (s.length === 4) return n;
  return n > new Date().getFullYear() % 100 ? 1900 + n : 2000 + n;
}

/** All full dates (day, month, year) in the text. */
export function vindData(text: string): Datum[] {
  const uit: Datum[] = [];
  for (const m of text.matchAll(NUMERIEK)) {
    const dag = Number(m[1]);
    const maand = Number(m[3]);
    if (dag < 1 || dag > 31 || maand < 1 || maand > 12) continue;
    const start = m.index ?? 0;
    uit.push({ start, end: start + m[0].length, jaar: jaarVan(m[4] ?? '') });
  }
  for (const m of text.matchAll(ISO)) {
    const maand = Number(m[2]);
    const dag = Number(m[3]);
    if (dag < 1 || dag > 31 || maand < 1 || maand > 12) continue;
    const start = m.index ?? 0;
    uit.push({ start, end: start + m[0].length, jaar: Number(m[1]) });
  }
  for (const m of text.matchAll(TEKST)) {
    const dag = Number(m[1]);
    if (dag < 1 || dag > 31) continue;
    const start = m.index ?? 0;
    uit.push({ start, end: start + m[0].length, jaar: jaarVan(m[2] ?? '') });
  }
  return uit.sort((a, b) => a.start - b.start);
}

const LABEL_VOOR =
  /(?:geboren|\bgb\.?|geb\.?(?:[ \u00a0]?(?:datum|dat\.?))?|geboorte(?:datum|dag|data)|geboortedatum|d\.?\s?d\.?[ \u00a0]+geboorte|geboorte[ \u00a0]+d\.?\s?d\.?|\bdob|d\.o\.b\.|°)[ \u00a0]*[:.]?[ \u00a0]*(?:op[ \u00a0]+)?$/i;
const LABEL_NA = /^[ \u00a0]*\(?[ \u00a0]*(?:geb(?:oren|\.)?|geboortedatum|d\.\s?d\.[ \u00a0]+geboorte)\b/i;
const JAAR_LABEL =
  /(?<![\p{L}])(?:geboren|geb\.?|geboortejaar[ \u00a0]*:?|°)[ \u00a0]*(?:(?:in|te|op)[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)?[ \u00a0]*,?[ \u00a0]*)?(?:in[ \u00a0]+|\([ \u00a0]*)?((?:19|20)\d\d)(?![\p{N}]|[-/.]\d)/gu;
/** The year before the label: 'Hij is in 1974 geboren'. */
const JAAR_VOOR_LABEL = /(?<![\p{L}\p{N}])((?:19|20)\d\d)[ \u00a0]+(?:geboren|geb\.)/giu;
/** 'Dhr. is van 1962': a person is from a year. */
const IS_VAN_JAAR =
  /(?<![\p{L}])(?:is|ben|bent)[ \u00a0]+van[ \u00a0]+((?:19|20)\d\d)(?![\p{N}]|[ \u00a0]*(?:tot|-|–|t\/m))/giu;
const PERSOON_ALS_ONDERWERP = /(\p{L}+)\.?[ \u00a0]*$/u;
const VOORNAAMWOORDEN = new Set(['hij', 'zij', 'ze', 'ik']);
/** A date joined to a date of birth before it: ' en ', ', ', ' / '. */
const LIJST_TUSSEN = /^[ \u00a0]*(?:,|\/|en|&)[ \u00a0]*$/u;
const PERSOON_VOOR = /(\p{L}+)\.?[ \u00a0]*(?:[(,:]|,[ \u00a0]*\()?[ \u00a0]*$/u;
const TUSSEN_PERSOON_EN_DATUM = /^[ \u00a0]*(?:[(,]|,[ \u00a0]*\()?[ \u00a0]*$/;

/** The name that ends last at or before `positie` (names sorted by start, non-overlapping). */
function laatsteNaamVoor(namen: readonly Finding[], positie: number): Finding | undefined {
  let laag = 0;
  let hoog = namen.length - 1;
  let beste: Finding | undefined;
  while (laag <= hoog) {
    const midden = (laag + hoog) >> 1;
    const naam = namen[midden];
    if (!naam) break;
    if (naam.end <= positie) {
      beste = naam;
      laag = midden + 1;
    } else hoog = midden - 1;
  }
  return beste;
}

export function detecteerGeboortedatum(text: string, namen: readonly Finding[] = []): Finding[] {
  const uit: Finding[] = [];
  const ditJaar = new Date().getFullYear();
  for (const d of vindData(text)) {
    const ervoor = text.slice(Math.max(0, d.start - 40), d.start);
    const erna = text.slice(d.end, d.end + 30);
    let geboorte = LABEL_VOOR.test(ervoor) || LABEL_NA.test(erna);
    if (!geboorte && d.jaar >= 1900 && d.jaar <= ditJaar) {
      const naam = laatsteNaamVoor(namen, d.start);
      const naNaam = naam !== undefined && TUSSEN_PERSOON_EN_DATUM.test(text.slice(naam.end, d.start));
      const persoon = PERSOON_VOOR.exec(ervoor);
      const woord = (persoon?.[1] ?? '').toLowerCase();
      geboorte = naNaam || (persoon !== null && (TITELS.has(woord) || PERSOONSWOORDEN.has(woord)));
    }
    const vorige = uit[uit.length - 1];
    if (!geboorte && vorige && LIJST_TUSSEN.test(text.slice(vorige.end, d.start))) geboorte = true;
    if (geboorte) uit.push(maakFinding('geboortedatum', text, d.start, d.end));
  }
  const jaren = (patroon: RegExp, vooraan: boolean, eis?: (m: RegExpMatchArray) => boolean) => {
    for (const m of text.matchAll(patroon)) {
      if (eis && !eis(m)) continue;
      const jaar = m[1] ?? '';
      const start = (m.index ?? 0) + (vooraan ? 0 : m[0].length - jaar.length);
      uit.push(maakFinding('geboortedatum', text, start, start + jaar.length));
    }
  };
  // the year patterns are tried only where their words occur, so a text without them costs one look
  if (/geb|°/i.test(text)) {
    jaren(JAAR_LABEL, false);
    jaren(JAAR_VOOR_LABEL, true);
  }
  if (/ van (?:19|20)\d\d/.test(text))
    jaren(IS_VAN_JAAR, false, (m) => {
      const ervoor = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
      const woord = (PERSOON_ALS_ONDERWERP.exec(ervoor)?.[1] ?? '').toLowerCase();
      return TITELS.has(woord) || PERSOONSWOORDEN.has(woord) || VOORNAAMWOORDEN.has(woord);
    });
  return uit.sort((a, b) => a.start - b.start);
}
