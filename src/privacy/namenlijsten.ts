/**
 * Which words are known first names, surnames or places: the hand-made lists in ./lijsten joined with the
 * larger public lists in ./lijsten/data (see ./lijsten/BRONNEN.md). Questions take the word as written;
 * the public lists are compared in lower case.
 */
import { ACHTERNAAM_KERNEN, ACHTERNAMEN } from './lijsten/achternamen.ts';
import { PLAATSNAMEN } from './lijsten/plaatsen.ts';
import { VOORNAMEN } from './lijsten/voornamen.ts';
import { isGewoonWoord } from './woordenboek.ts';
import { lijstUitBestand } from './woordset.ts';

const voornamen = lijstUitBestand('voornamen.txt');
const achternamen = lijstUitBestand('achternamen.txt');
const breed = lijstUitBestand('namen-breed.txt');
const plaatsen = lijstUitBestand('plaatsen.txt');

const HAND_VOORNAMEN_KLEIN: ReadonlySet<string> = new Set([...VOORNAMEN].map((n) => n.toLowerCase()));
const HAND_PLAATSEN_KLEIN: ReadonlySet<string> = new Set(PLAATSNAMEN.map((p) => p.toLowerCase()));

const VOORNAAM = 1;
const STERKE_VOORNAAM = 2;
const ACHTERNAAM = 4;
const STERKE_ACHTERNAAM = 8;
const BEKEND = 16;
const PLAATS = 32;

// The detectors ask about the same words again and again (every capitalised word, every lower-case word
// that could be a name): one small memo of all answers per word, cleared when it gets big.
const MAX_GEHEUGEN = 20_000;
const geheugen = new Map<string, number>();

function kenmerken(woord: string): number {
  const bewaard = geheugen.get(woord);
  if (bewaard !== undefined) return bewaard;
  const klein = woord.toLowerCase();
  const gewoon = isGewoonWoord(klein);
  let k = 0;
  if (HAND_VOORNAMEN_KLEIN.has(klein) || voornamen().has(klein)) k |= VOORNAAM;
  if (VOORNAMEN.has(woord) || HAND_VOORNAMEN_KLEIN.has(klein) || (k & VOORNAAM && !gewoon))
    k |= STERKE_VOORNAAM;
  const handAchternaam = ACHTERNAAM_KERNEN.has(woord);
  if (handAchternaam || ACHTERNAMEN.has(klein) || achternamen().has(klein)) k |= ACHTERNAAM;
  if (handAchternaam || (k & ACHTERNAAM && !gewoon)) k |= STERKE_ACHTERNAAM;
  if (k & (VOORNAAM | ACHTERNAAM) || breed().has(klein)) k |= BEKEND;
  if (HAND_PLAATSEN_KLEIN.has(klein) || plaatsen().has(klein)) k |= PLAATS;
  if (geheugen.size >= MAX_GEHEUGEN) geheugen.clear();
  geheugen.set(woord, k);
  return k;
}

/** On a hand-made or public list of first names. */
export function isVoornaam(woord: string): boolean {
  return (kenmerken(woord) & VOORNAAM) !== 0;
}

/**
 * A first name that is safe to take for one without further context: on the hand-made list (which was
 * checked word by word), or on a public list and not also an ordinary Dutch word ('Storm', 'Hemel').
 */
export function isSterkeVoornaam(woord: string): boolean {
  return (kenmerken(woord) & STERKE_VOORNAAM) !== 0;
}

/** A surname or the core of one ('Vries', 'Yilmaz'), or a full surname in lower case ('de vries'). */
export function isAchternaam(woord: string): boolean {
  return (kenmerken(woord) & ACHTERNAAM) !== 0;
}

/** A surname that is safe to take for one: on the hand-made list, or on a public list and no ordinary word. */
export function isSterkeAchternaam(woord: string): boolean {
  return (kenmerken(woord) & STERKE_ACHTERNAAM) !== 0;
}

/** On any list of names, also the broad international one (first names and surnames mixed). */
export function isBekendeNaam(woord: string): boolean {
  return (kenmerken(woord) & BEKEND) !== 0;
}

/** A Dutch or foreign place (municipality, town, city of a country many residents come from). */
export function isPlaats(woord: string): boolean {
  return (kenmerken(woord) & PLAATS) !== 0;
}
