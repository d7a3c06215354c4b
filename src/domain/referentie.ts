// Pseudonymous casus references: MW-<year>-<nnnn>, four digits at least, more when a year needs it.

export function formatteerReferentie(jaar: number, volgnummer: number): string {
  return `MW-${jaar}-${String(volgnummer).padStart(4, '0')}`;
}

export const REFERENTIE_PATROON = /^MW-(\d{4})-(\d{4,})$/;

export function isReferentie(s: string): boolean {
  return REFERENTIE_PATROON.test(s);
}
