// The exit codes of `maatwerkbot`, in one place (the README's table copies this one). A supervisor or
// a script can tell from the code alone what to fix; the one Dutch line on stderr says how.

export const AFSLUITCODE = {
  /** Stopped on request, or the command did what it was asked. */
  klaar: 0,
  /** A check found a problem (audit chain broken), or an unexpected error. */
  fout: 1,
  /** A setting is invalid or incomplete (e.g. only one of two Slack variables set), or a wrong argument. */
  configuratie: 2,
  /** The embedded database's data directory is in use by another maatwerkbot process. */
  dataMapInGebruik: 3,
  /** The HTTP port cannot be bound: in use, no permission, or HOST is not an address of this machine. */
  poort: 4,
  /** DATABASE_URL names a database that does not exist on the server. */
  databaseOntbreekt: 5,
  /** The PostgreSQL server cannot be reached or refuses the login. */
  databaseOnbereikbaar: 6,
  /** A chat platform refuses the credentials or cannot be reached (Slack's auth.test). */
  platform: 7,
} as const;

export type Afsluitcode = (typeof AFSLUITCODE)[keyof typeof AFSLUITCODE];

/**
 * Why the server cannot start: one Dutch line that says what to do, and the exit code. Thrown before
 * anything is done that would need undoing; the cause is kept for a debug log, never shown by default.
 */
export class OpstartFout extends Error {
  constructor(
    public readonly afsluitcode: Afsluitcode,
    melding: string,
    options?: { cause?: unknown },
  ) {
    super(melding, options);
    this.name = 'OpstartFout';
  }
}

export const isOpstartFout = (e: unknown): e is OpstartFout => e instanceof OpstartFout;
