/** Small text helpers shared by the detectors. Pure functions. */

export interface Token {
  /** The word as written, without a possessive 's. */
  tekst: string;
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
    const bezit = /['’]s?$/u.exec(woord);
    if (bezit && woord.length - bezit[0].length >= 2) woord = woord.slice(0, -bezit[0].length);
    const end = start + woord.length;
    const letters = woord.replace(/[^\p{L}]/gu, '');
    tokens.push({
      tekst: woord,
      start,
      end,
      kap: isHoofdletter(woord[0]) || (woord.startsWith("'s-") && isHoofdletter(woord[3])),
      kapitalen: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      zinsbegin: isZinsbegin(text, start),
      punt: text[end] === '.',
    });
  }
  return tokens;
}

/** Escape a literal for use in a RegExp. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Character class boundaries used instead of \b, which does not know accented letters. */
export const VOOR = '(?<![\\p{L}\\p{N}])';
export const NA = '(?![\\p{L}\\p{N}])';
