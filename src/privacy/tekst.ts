/** Small text helpers shared by the detectors. Pure functions. */

export interface Token {
  /** The word as written, without a possessive 's. */
  tekst: string;
  /** `tekst` in lower case (asked for many times per word). */
  klein: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  kap: boolean;
  /** All letters upper case and more than one letter (an acronym such as UWV, or shouting). */
  kapitalen: boolean;
  /** First word of a sentence, line, list item or after a colon. */
  zinsbegin: boolean;
  /** Directly followed by a full stop. */
  punt: boolean;
}

const WOORD = /(?:['’]s-)?[\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{M}]+(?:['’][\p{L}]+)*)*/gu;
const ZINSEINDE = new Set(['.', '!', '?', ':', ';', '\n', '\r', '•']);
const OVERSLAAN = new Set([' ', '\t', '(', '[', '"', '“', '‘', "'", '*', '-', '–', '—', '>']);

export function isZinsbegin(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OVERSLAAN.has(text[i] ?? '')) i--;
  if (i < 0) return true;
  return ZINSEINDE.has(text[i] ?? '');
}

export function isHoofdletter(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokeniseer(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WOORD)) {
    let woord = m[0];
    const start = m.index ?? 0;
    // a possessive ' or 's ('Fatima's', 'Kees'') is not part of the name; char codes, no regex: this runs
    // for every word of every text
    const n = woord.length;
    const laatste = woord.charCodeAt(n - 1);
    if ((laatste === 39 || laatste === 8217) && n - 1 >= 2) woord = woord.slice(0, -1);
    else if (
      laatste === 115 &&
      n >= 4 &&
      (woord.charCodeAt(n - 2) === 39 || woord.charCodeAt(n - 2) === 8217)
    )
      woord = woord.slice(0, -2);
    const end = start + woord.length;
    const klein = woord.toLowerCase();
    const eerste = woord[0];
    tokens.push({
      tekst: woord,
      klein,
      start,
      end,
      kap: isHoofdletter(eerste) || (woord.startsWith("'s-") && isHoofdletter(woord[3])),
      kapitalen: klein !== woord && woord.toUpperCase() === woord && meerdereLetters(woord),
      zinsbegin: isZinsbegin(text, start),
      punt: text.charCodeAt(end) === 46,
    });
  }
  return tokens;
}

function meerdereLetters(woord: string): boolean {
  let letters = 0;
  for (const c of woord) if (c.toLowerCase() !== c.toUpperCase() && ++letters > 1) return true;
  return false;
}

/** Escape a literal for use in a RegExp. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Character class boundaries used instead of \b, which does not know accented letters. */
export const VOOR = '(?<![\\p{L}\\p{N}])';
export const NA = '(?![\\p{L}\\p{N}])';
