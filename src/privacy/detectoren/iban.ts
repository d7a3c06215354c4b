/** IBANs, Dutch and foreign, compact or in groups of four, any case; checked with mod-97 by ibantools. */
import { isValidIBAN } from 'ibantools';
import { type Finding, maakFinding } from '../typen.ts';

const KANDIDAAT =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,8}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

export function isIban(kandidaat: string): boolean {
  return isValidIBAN(kandidaat.replace(/[\s\u00a0]/g, '').toUpperCase());
}

export function detecteerIban(text: string): Finding[] {
  const uit: Finding[] = [];
  for (const m of text.matchAll(KANDIDAAT)) {
    const start = m.index ?? 0;
    let stuk = m[0];
    // The greedy match may have taken a following group of digits; drop groups from the end until valid.
    for (;;) {
      if (isIban(stuk)) {
        uit.push(maakFinding('iban', text, start, start + stuk.length));
        break;
      }
      const spatie = Math.max(stuk.lastIndexOf(' '), stuk.lastIndexOf('\u00a0'));
      if (spatie < 15) break;
      stuk = stuk.slice(0, spatie);
    }
  }
  return uit;
}
