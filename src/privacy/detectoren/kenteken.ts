/**
 * Dutch licence plates in the RDW side codes 1–14 (12-ABC-3, AB-123-C, 1-ABC-23, XX-99-99, …).
 * With dashes and capitals they are distinctive enough on their own. Lower case ('ns-45-tr') or without
 * dashes ('12ABC3') they are only taken after a word like kenteken/auto/scooter, because dashless
 * six-character codes are also product codes, form numbers and the like.
 */
import { type Finding, maakFinding } from '../typen.ts';

const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];

function groep(code: string, letters: string, scheiding = '-'): string {
  return code
    .split('-')
    .map((g) => (g[0] === 'L' ? `${letters}{${g.length}}` : `\\d{${g.length}}`))
    .join(scheiding);
}

const MET_STREEPJES = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${SIDECODES.map((c) => groep(c, '[A-Za-z]')).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
  'gu',
);
const ZONDER_STREEPJES = new RegExp(`^(?:${SIDECODES.map((c) => groep(c, '[A-Z]', '')).join('|')})$`);
const ZONDER_KANDIDAAT = /(?<![\p{L}\p{N}-])[A-Za-z0-9]{6}(?![\p{L}\p{N}-])/gu;
const CONTEXT =
  /(?:kenteken(?:nummer|nr\.?)?|nummerbord|auto|bus|busje|bestelbus|scooter|brommer|bromfiets|motor|wagen|voertuig|aanhanger|camper)[\s:()]*$/i;

const CONTEXT_ERGENS =
  /kenteken|nummerbord|auto|bus|scooter|brommer|bromfiets|motor|wagen|voertuig|aanhanger|camper/i;

export function detecteerKenteken(text: string): Finding[] {
  const uit: Finding[] = [];
  for (const m of text.matchAll(MET_STREEPJES)) {
    const start = m.index ?? 0;
    const letters = m[0].replace(/[^A-Za-z]/g, '');
    const kleine = letters === letters.toLowerCase();
    const gemengd = !kleine && letters !== letters.toUpperCase();
    if (gemengd) continue;
    if (kleine && !CONTEXT.test(text.slice(Math.max(0, start - 30), start))) continue;
    uit.push(maakFinding('kenteken', text, start, start + m[0].length));
  }
  if (!CONTEXT_ERGENS.test(text)) return uit;
  for (const m of text.matchAll(ZONDER_KANDIDAAT)) {
    const start = m.index ?? 0;
    const code = m[0];
    if (!/\d/.test(code) || !/[A-Za-z]/.test(code)) continue;
    if (!ZONDER_STREEPJES.test(code.toUpperCase())) continue;
    if (code !== code.toUpperCase()) continue;
    if (!CONTEXT.test(text.slice(Math.max(0, start - 30), start))) continue;
    uit.push(maakFinding('kenteken', text, start, start + code.length));
  }
  return uit;
}
