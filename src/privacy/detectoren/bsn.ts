/**
 * Burgerservicenummers: 9 digits (or 8, read with a leading zero) passing the elfproef, written together or
 * in groups of two to five digits with one kind of separator: 123.456.782, 123 456 782, 1234.56.782,
 * 12-34-56-782, 123-456-782. An 8-digit number only counts when it is labelled as a BSN, because 8-digit
 * numbers (dates like 12031985, relation numbers) are too common otherwise; so does a grouped number that
 * starts like a phone number (0 and a short first group: '06-123 45 67' is a mistyped phone number).
 */
import { type Finding, maakFinding } from '../typen.ts';

/** Elfproef for BSNs: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11. 8-digit input is left-padded. */
export function elfproef(nummer: string): boolean {
  const cijfers = nummer.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(cijfers)) return false;
  const s = cijfers.padStart(9, '0');
  if (/^0+$/.test(s)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(s[i]);
  som -= Number(s[8]);
  return som % 11 === 0;
}

/** Text just before a number that labels it as a BSN ('BSN:', 'burgerservicenummer', 'sofinr'). */
export const BSN_LABEL =
  /(?:bsn|burger\s?service\s?nummer|sofi(?:nummer|nr)?)(?:[-\s]?(?:nummer|nr\.?|no\.?))?[^\n\d]{0,24}$/i;

const KANDIDAAT = /(?<![\d.,/€-])(?:\d{8,9}|\d{2,5}([. -])\d{2,5}(?:\1\d{2,5}){0,3})(?![\d]|[.,-]\d|\/\d)/g;

export function detecteerBsn(text: string): Finding[] {
  const uit: Finding[] = [];
  for (const m of text.matchAll(KANDIDAAT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const cijfers = m[0].replace(/[\s.-]/g, '');
    if (cijfers.length < 8 || cijfers.length > 9) continue;
    if (/€\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (!elfproef(cijfers)) continue;
    const gelabeld = BSN_LABEL.test(text.slice(Math.max(0, start - 40), start));
    if (cijfers.length === 8 && !gelabeld) continue;
    if (m[1] && /^0\d{1,3}$/.test(m[0].split(m[1])[0] ?? '') && !gelabeld) continue;
    uit.push(maakFinding('bsn', text, start, end));
  }
  return uit;
}
