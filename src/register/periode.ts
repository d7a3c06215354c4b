// Periods as users give them ("--van 2026-01-01 --tot 2026-12-31"): whole days in Amsterdam, both ends
// included, turned into a half-open interval of instants [begin, eind).
import { DateTime } from 'luxon';

const ZONE = 'Europe/Amsterdam';

export interface Periode {
  begin: Date;
  eind: Date;
}

export type Dag = string | Date;

function alsDag(dag: Dag): DateTime {
  return typeof dag === 'string'
    ? DateTime.fromISO(dag, { zone: ZONE })
    : DateTime.fromJSDate(dag, { zone: ZONE });
}

export function isDag(tekst: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(tekst) && DateTime.fromISO(tekst, { zone: ZONE }).isValid;
}

/** From the start of `van` to the end of `tot`; either may be open. */
export function periode(van?: Dag, tot?: Dag): { begin: Date | null; eind: Date | null } {
  return {
    begin: van === undefined ? null : alsDag(van).startOf('day').toJSDate(),
    eind: tot === undefined ? null : alsDag(tot).startOf('day').plus({ days: 1 }).toJSDate(),
  };
}

export function dagTekst(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone: ZONE }).toISODate()!;
}
