/**
 * Dutch postcodes: 1234 AB, 1234AB, sloppy 1234ab; '1234 ab' (lower case with a space) only right after
 * the word postcode/pc, because '2024 en' is ordinary text. A house number directly after the postcode is
 * part of the finding ('2511 BT 3'), because postcode + house number pins down one address.
 * Not flagged: amounts ('1234 euro'), the letter pairs SA/SD/SS that PostNL does not issue, and the postcode
 * of an organisation's Postbus ('Postbus 16200, 3500 CE Utrecht').
 */
import { type Finding, maakFinding } from '../typen.ts';

const POSTCODE = /(?<![\p{L}\p{N}€.,-])([1-9]\d{3})([ \u00a0]?)([A-Za-z]{2})(?![\p{L}\p{N}])/gu;
const HUISNUMMER = /^[ \u00a0](\d{1,5}[a-zA-Z]?)(?=$|[\s,.;:)]|-\s)/;

export function detecteerPostcode(text: string): Finding[] {
  const uit: Finding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const start = m.index ?? 0;
    const spatie = m[2] ?? '';
    const letters = m[3] ?? '';
    const hoofd = letters === letters.toUpperCase();
    const kleine = letters === letters.toLowerCase();
    if (!hoofd && !kleine) continue;
    if (kleine && spatie && !/(?:postcode|pc)[\s:.]*$/i.test(text.slice(Math.max(0, start - 14), start)))
      continue;
    if (/^(?:SA|SD|SS)$/i.test(letters)) continue;
    if (/postbus[ \u00a0]*\d+[ \u00a0]*,?[ \u00a0]*$/i.test(text.slice(Math.max(0, start - 24), start)))
      continue;
    let end = start + m[0].length;
    const nummer = HUISNUMMER.exec(text.slice(end, end + 12));
    if (
      nummer &&
      !/^[ \u00a0]\d+[ \u00a0]+(?:jaar|euro|kinderen|personen|keer|uur)/i.test(text.slice(end, end + 24))
    ) {
      end += nummer[0].length;
    }
    uit.push(maakFinding('postcode', text, start, end));
  }
  return uit;
}
