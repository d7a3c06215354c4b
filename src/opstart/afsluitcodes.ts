// The exit codes of `maatwerkbot`, in one place (the README's table copies this one). A supervisor or
// a script can tell from the code alone what to fix; the one line on stderr says how.
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { weergave, type Zin } from '../taal/tekst.ts';

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
 * Why the server cannot start: one line that says what to do, and the exit code. Thrown before
 * anything is done that would need undoing; the cause is kept for a debug log, never shown by default.
 * The line is a catalogue sentence (the message holds its Dutch for logs), or a Dutch sentence from a
 * throw site that has none yet.
 */
export class OpstartFout extends Error {
  public readonly zin: Zin | null;

  constructor(
    public readonly afsluitcode: Afsluitcode,
    melding: string | Zin,
    options?: { cause?: unknown },
  ) {
    super(typeof melding === 'string' ? melding : weergave(STANDAARDTAAL, melding), options);
    this.name = 'OpstartFout';
    this.zin = typeof melding === 'string' ? null : melding;
  }

  /** The line in the reader's language. */
  tekst(taal: Taal): string {
    return this.zin ? weergave(taal, this.zin) : this.message;
  }
}

export const isOpstartFout = (e: unknown): e is OpstartFout => e instanceof OpstartFout;
