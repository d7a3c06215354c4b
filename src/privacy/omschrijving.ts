import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import type { PiiType } from './typen.ts';

/** Phrase for the message to the user, in the reader's language: 'lijkt op een BSN'. */
export function omschrijving(type: PiiType, taal: Taal = 'nl'): string {
  return tekst(taal, `privacy.vondst.${type}`);
}

/**
 * A finding's phrase by the kind a field error carries (`vondsten[].soort`); a kind this detector does not
 * know is still personal data, so it gets the general phrase instead of its code.
 */
export function vondstTekst(soort: string, taal: Taal): string {
  return Object.hasOwn(LABELS, soort)
    ? omschrijving(soort as PiiType, taal)
    : tekst(taal, 'privacy.vondst.onbekend');
}

export const LABELS: Record<PiiType, string> = {
  bsn: '[BSN]',
  iban: '[IBAN]',
  telefoon: '[TELEFOON]',
  email: '[EMAIL]',
  postcode: '[POSTCODE]',
  adres: '[ADRES]',
  geboortedatum: '[GEBOORTEDATUM]',
  naam: '[NAAM]',
  kenteken: '[KENTEKEN]',
  clientnummer: '[CLIENTNUMMER]',
};
