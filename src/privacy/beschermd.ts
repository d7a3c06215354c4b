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

const woordenschatGeheugen = new Map<string, RegExp | null>();

/** One pattern for a table's vocabulary, split at commas ('Gemeente Utrecht, Werk en Inkomen'); memoised. */
function woordenschatPatroon(woordenschat: readonly string[]): RegExp | null {
  const sleutel = woordenschat.join('\u0000');
  const bewaard = woordenschatGeheugen.get(sleutel);
  if (bewaard !== undefined) return bewaard;
  const termen = [
    ...new Set(
      woordenschat
        .flatMap((t) => t.split(/[,;:()]/))
        .map((t) => t.trim().replace(/\s+/g, ' '))
        .filter((t) => t.length >= 3),
    ),
  ].sort((a, b) => b.length - a.length);
  const patroon = termen.length
    ? new RegExp(
        `${VOOR}(?:${termen.map((t) => escapeRegex(t).replace(/ /g, '\\s+')).join('|')})${NA}`,
        'giu',
      )
    : null;
  if (woordenschatGeheugen.size > 32) woordenschatGeheugen.clear();
  woordenschatGeheugen.set(sleutel, patroon);
  return patroon;
}

/** Spans of the table's own vocabulary alone; sorted and non-overlapping. */
export function vindWoordenschat(text: string, woordenschat: readonly string[]): Bereik[] {
  const eigen = woordenschat.length ? woordenschatPatroon(woordenschat) : null;
  if (!eigen) return [];
  return samenvoegen([...text.matchAll(eigen)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]));
}

/** Spans of known terms, and of the table's own vocabulary when given; sorted and non-overlapping. */
export function vindBeschermd(text: string, woordenschat: readonly string[] = []): Bereik[] {
  const uit: Bereik[] = [];
  for (const m of text.matchAll(PATROON)) {
    const start = m.index ?? 0;
    uit.push([start, start + m[0].length]);
  }
  const eigen = woordenschat.length ? woordenschatPatroon(woordenschat) : null;
  if (!eigen) return uit;
  for (const m of text.matchAll(eigen)) {
    const start = m.index ?? 0;
    uit.push([start, start + m[0].length]);
  }
  return samenvoegen(uit);
}

function samenvoegen(uit: Bereik[]): Bereik[] {
  // merge into sorted, non-overlapping spans, as ligtBinnen needs them
  uit.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const samen: [number, number][] = [];
  for (const [a, b] of uit) {
    const laatste = samen[samen.length - 1];
    if (laatste && a < laatste[1]) laatste[1] = Math.max(laatste[1], b);
    else samen.push([a, b]);
  }
  return samen;
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
