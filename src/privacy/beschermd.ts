/**
 * Spans of text that are known organisations, laws, places and other capitalised terms. A name candidate
 * that lies entirely inside such a span is dropped ('Den Haag', 'Jeroen Bosch Ziekenhuis', 'Utrecht').
 */
import { ORGANISATIE_TERMEN } from './lijsten/organisaties.ts';
import { PLAATSNAMEN } from './lijsten/plaatsen.ts';
import { escapeRegex, NA, VOOR } from './tekst.ts';

export type Bereik = readonly [start: number, end: number];

const TERMEN = [...new Set([...ORGANISATIE_TERMEN, ...PLAATSNAMEN])].sort((a, b) => b.length - a.length);
const PATROON = new RegExp(`${VOOR}(?:${TERMEN.map(escapeRegex).join('|')})${NA}`, 'gu');

/** Single words of the lists, for quick checks on one token. */
export const BESCHERMDE_WOORDEN: ReadonlySet<string> = new Set(TERMEN.filter((t) => !/\s/.test(t)));

export function vindBeschermd(text: string): Bereik[] {
  const uit: Bereik[] = [];
  for (const m of text.matchAll(PATROON)) {
    const start = m.index ?? 0;
    uit.push([start, start + m[0].length]);
  }
  return uit;
}

/** Is [start, end) inside one of `bereiken`? `bereiken` must be sorted and non-overlapping (as vindBeschermd gives). */
export function ligtBinnen(start: number, end: number, bereiken: readonly Bereik[]): boolean {
  let laag = 0;
  let hoog = bereiken.length - 1;
  while (laag <= hoog) {
    const midden = (laag + hoog) >> 1;
    const bereik = bereiken[midden];
    if (!bereik) break;
    if (bereik[0] > start) hoog = midden - 1;
    else if (bereik[1] <= start) laag = midden + 1;
    else return end <= bereik[1];
  }
  return false;
}
