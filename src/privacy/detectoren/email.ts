/**
 * E-mail addresses, also written with a bracketed "at" to dodge spam filters: 'naam[at]voorbeeld.nl',
 * 'naam (at) voorbeeld.nl'. A bare ' at ' is not accepted: too common in English text.
 */
import { type Finding, maakFinding } from '../typen.ts';

const LOKAAL = '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]*';
const DOMEIN =
  '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}-])';
const EMAIL = new RegExp(
  `${LOKAAL}(?:@|[ \\u00a0]?[[({][ \\u00a0]?(?:at|AT|apenstaartje)[ \\u00a0]?[\\])}][ \\u00a0]?)${DOMEIN}`,
  'gu',
);

export function detecteerEmail(text: string): Finding[] {
  if (!text.includes('@') && !/[[({][ \u00a0]?(?:at|AT|apenstaartje)[ \u00a0]?[\])}]/.test(text)) return [];
  return [...text.matchAll(EMAIL)].map((m) =>
    maakFinding('email', text, m.index ?? 0, (m.index ?? 0) + m[0].length),
  );
}
