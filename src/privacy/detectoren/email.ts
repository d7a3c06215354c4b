/**
 * E-mail addresses, also written to dodge filters: 'naam[at]voorbeeld.nl', 'naam (at) voorbeeld (punt) nl',
 * 'j.jansen @ hotmail . nl', 'jan at gmail punt com', 'naam apenstaartje voorbeeld.nl'.
 *
 * With a real '@' any domain counts. With a spelled-out 'at' or 'dot'/'punt' the address must end in a
 * top-level domain that residents' addresses end in (nl, com, be, …), because ' at ' and ' punt ' also occur
 * in ordinary text; a bare ' at ' further needs a spelled-out or spaced dot in the domain ('meeting at
 * example.com' is English). After a spelled-out dot the local part may go on with a space ('tessa punt de
 * boer').
 */
import { type Finding, maakFinding } from '../typen.ts';

const LOKAAL = '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]*';
const DOMEIN =
  '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}-])';
const EMAIL = new RegExp(`${LOKAAL}[ \\u00a0]?@[ \\u00a0]?${DOMEIN}`, 'gu');

const TLD = '(?:nl|com|net|org|be|eu|de|fr|uk|info|nu|biz|tr|ma|sr|pl|ro|io|me|online)';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?';
/** 'at' spelled out: in brackets, '@' with spaces, 'apenstaartje', or a bare ' at '. */
const AT = `(?:[ \\u00a0]?[[({][ \\u00a0]?(?:at|AT|@|apenstaartje)[ \\u00a0]?[\\])}][ \\u00a0]?|[ \\u00a0]+(?:@|apenstaartje|at|AT)[ \\u00a0]+)`;
/** 'dot' spelled out, or a dot with spaces around it. */
const PUNT = `(?:[ \\u00a0]?[[({][ \\u00a0]?(?:dot|DOT|punt|PUNT|\\.)[ \\u00a0]?[\\])}][ \\u00a0]?|[ \\u00a0]+(?:dot|punt)[ \\u00a0]+|[ \\u00a0]*\\.[ \\u00a0]*)`;
/** A local part, with dots spelled out too: 'tessa punt de boer'. */
const LOKAAL_GESPELD = `${LOKAAL}(?:${PUNT}${LABEL}(?:[ \\u00a0]${LABEL})?)*`;
const GESPELD = new RegExp(
  `${LOKAAL_GESPELD}${AT}${LABEL}(?:${PUNT}${LABEL})*?${PUNT}${TLD}(?![\\p{L}\\p{N}])`,
  'giu',
);
const KANDIDAAT_GESPELD =
  /\bat\b|apenstaartje|[[({][ \u00a0]?(?:at|@)[ \u00a0]?[\])}]|[ \u00a0]@|@[ \u00a0]/i;

export function detecteerEmail(text: string): Finding[] {
  const uit: Finding[] = [];
  if (text.includes('@'))
    for (const m of text.matchAll(EMAIL))
      uit.push(maakFinding('email', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  if (!KANDIDAAT_GESPELD.test(text)) return uit;
  for (const m of text.matchAll(GESPELD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (uit.some((f) => f.start < end && start < f.end)) continue;
    // a bare ' at ' ('meeting at example.com') only with the dot spelled out or spaced: 'jan at gmail punt com'
    const bareAt = /[ \u00a0](?:at|@|apenstaartje)[ \u00a0]/i.exec(m[0]);
    if (
      bareAt &&
      /^[ \u00a0]at[ \u00a0]$/i.test(bareAt[0]) &&
      !/[ \u00a0](?:punt|dot)[ \u00a0]|[ \u00a0]\./i.test(m[0].slice(bareAt.index))
    )
      continue;
    uit.push(maakFinding('email', text, start, end));
  }
  return uit.sort((a, b) => a.start - b.start);
}
