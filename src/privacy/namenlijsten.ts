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

/** On a hand-made or public list of first names. */
export function isVoornaam(woord: string): boolean {
  const klein = woord.toLowerCase();
  return HAND_VOORNAMEN_KLEIN.has(klein) || voornamen().has(klein);
}

/**
 * A first name that is safe to take for one without further context: on the hand-made list (which was
 * checked word by word), or on a public list and not also an ordinary Dutch word ('Storm', 'Hemel').
 */
export function isSterkeVoornaam(woord: string): boolean {
  if (VOORNAMEN.has(woord)) return true;
  const klein = woord.toLowerCase();
  if (HAND_VOORNAMEN_KLEIN.has(klein)) return true;
  return voornamen().has(klein) && !isGewoonWoord(klein);
}

/** A surname or the core of one ('Vries', 'Yilmaz'), or a full surname in lower case ('de vries'). */
export function isAchternaam(woord: string): boolean {
  if (ACHTERNAAM_KERNEN.has(woord)) return true;
  const klein = woord.toLowerCase();
  return ACHTERNAMEN.has(klein) || achternamen().has(klein);
}

/** A surname that is safe to take for one: on the hand-made list, or on a public list and no ordinary word. */
export function isSterkeAchternaam(woord: string): boolean {
  if (ACHTERNAAM_KERNEN.has(woord)) return true;
  const klein = woord.toLowerCase();
  return (ACHTERNAMEN.has(klein) || achternamen().has(klein)) && !isGewoonWoord(klein);
}

/** On any list of names, also the broad international one (first names and surnames mixed). */
export function isBekendeNaam(woord: string): boolean {
  const klein = woord.toLowerCase();
  return isVoornaam(woord) || isAchternaam(woord) || breed().has(klein);
}

/** A Dutch or foreign place (municipality, town, city of a country many residents come from). */
export function isPlaats(woord: string): boolean {
  const klein = woord.toLowerCase();
  return HAND_PLAATSEN_KLEIN.has(klein) || plaatsen().has(klein);
}
