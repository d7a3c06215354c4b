import type { PiiType } from './typen.ts';

const NL: Record<PiiType, string> = {
  bsn: 'lijkt op een BSN',
  iban: 'lijkt op een IBAN-rekeningnummer',
  telefoon: 'lijkt op een telefoonnummer',
  email: 'lijkt op een e-mailadres',
  postcode: 'lijkt op een postcode',
  adres: 'lijkt op een adres',
  geboortedatum: 'lijkt op een geboortedatum',
  naam: 'lijkt op een naam van een persoon',
  kenteken: 'lijkt op een kenteken',
  clientnummer: 'lijkt op een cliënt- of dossiernummer',
};

const EN: Record<PiiType, string> = {
  bsn: 'looks like a citizen service number (BSN)',
  iban: 'looks like an IBAN bank account number',
  telefoon: 'looks like a phone number',
  email: 'looks like an e-mail address',
  postcode: 'looks like a postcode',
  adres: 'looks like an address',
  geboortedatum: 'looks like a date of birth',
  naam: "looks like a person's name",
  kenteken: 'looks like a licence plate',
  clientnummer: 'looks like a client or case number',
};

/** Phrase for the message to the user: 'lijkt op een BSN'. */
export function omschrijving(type: PiiType, taal: 'nl' | 'en' = 'nl'): string {
  return (taal === 'en' ? EN : NL)[type];
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
