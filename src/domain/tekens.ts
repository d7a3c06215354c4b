// Which characters free text may hold. A NUL cannot be stored in PostgreSQL text at all (the write
// fails, and a retry can never succeed), and other control characters are invisible in Slack and
// Teams, so a reader could not see what was written. Newline, carriage return and tab are ordinary
// typing in a multi-line field and stay allowed.
import { weergave, zin } from '../taal/tekst.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this rule's job.
const ONGELDIG = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The Dutch text of the field error (`fouten.veld.ongeldig_teken`), as forms and tests compare it. */
export const ONGELDIG_TEKEN = weergave('nl', zin('fouten.veld.ongeldig_teken'));

export function heeftOngeldigTeken(tekst: string): boolean {
  return ONGELDIG.test(tekst);
}

/**
 * Every string in a plain input (objects and arrays, as a form or payload gives them) that holds an
 * invalid character, by its path. Other values (dates, numbers) are not text and are left alone.
 */
export function ongeldigeTekens(invoer: unknown, pad: PropertyKey[] = []): PropertyKey[][] {
  if (typeof invoer === 'string') return heeftOngeldigTeken(invoer) ? [pad] : [];
  if (Array.isArray(invoer)) return invoer.flatMap((waarde, i) => ongeldigeTekens(waarde, [...pad, i]));
  if (invoer && typeof invoer === 'object' && Object.getPrototypeOf(invoer) === Object.prototype)
    return Object.entries(invoer).flatMap(([sleutel, waarde]) => ongeldigeTekens(waarde, [...pad, sleutel]));
  return [];
}
