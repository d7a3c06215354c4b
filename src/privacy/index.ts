/**
 * Personal-data gate of Maatwerkbot: finds what would identify a resident in a casus text before it goes
 * to the maatwerk table ("iedere casus komt anoniem ter tafel").
 *
 * `scan` runs small pure detectors (one module per type in ./detectoren) and resolves overlaps so the
 * result is sorted and non-overlapping. Nothing here logs or stores the scanned text.
 */
import { detecteerAdres } from './detectoren/adres.ts';
import { detecteerBsn } from './detectoren/bsn.ts';
import { detecteerClientnummer } from './detectoren/clientnummer.ts';
import { detecteerEmail } from './detectoren/email.ts';
import { detecteerGeboortedatum } from './detectoren/geboortedatum.ts';
import { detecteerIban } from './detectoren/iban.ts';
import { detecteerKenteken } from './detectoren/kenteken.ts';
import { detecteerNamen } from './detectoren/naam.ts';
import { detecteerPostcode } from './detectoren/postcode.ts';
import { detecteerTelefoon } from './detectoren/telefoon.ts';
import { LABELS } from './omschrijving.ts';
import { losOverlapOp, voegNamenSamen } from './samenvoegen.ts';
import type { Finding, ScanOpties } from './typen.ts';

export { omschrijving, vondstTekst } from './omschrijving.ts';
export type { Finding, PiiType, ScanOpties } from './typen.ts';
export { PII_TYPES } from './typen.ts';

export function scan(text: string, opties: ScanOpties = {}): Finding[] {
  if (text.length === 0) return [];
  const namen = detecteerNamen(text, opties.bekendeNamen ?? [], opties.woordenschat ?? []);
  const gekozen = losOverlapOp([
    ...detecteerEmail(text),
    ...detecteerIban(text),
    ...detecteerClientnummer(text),
    ...detecteerTelefoon(text),
    ...detecteerBsn(text),
    ...detecteerKenteken(text),
    ...detecteerPostcode(text),
    ...detecteerGeboortedatum(text, namen),
    ...detecteerAdres(text),
    ...namen,
  ]);
  return voegNamenSamen(text, gekozen);
}

/** The text with every finding replaced by its label: 'mw. [NAAM], BSN [BSN]'. */
export function redact(text: string, opties: ScanOpties = {}): string {
  return vervang(text, scan(text, opties));
}

/** The text with the given findings (sorted, non-overlapping, as `scan` gives them) replaced by their labels. */
export function vervang(text: string, findings: readonly Finding[]): string {
  let uit = '';
  let positie = 0;
  for (const f of findings) {
    uit += text.slice(positie, f.start) + LABELS[f.type];
    positie = f.end;
  }
  return uit + text.slice(positie);
}
