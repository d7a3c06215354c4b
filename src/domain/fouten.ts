// Typed errors of the core. Each carries a code for adapters and tests and a Dutch message for
// the user; none carries casus free text, so they are safe to log.

export type FoutCode =
  | 'ongeldige_invoer'
  | 'persoonsgegevens'
  | 'onbekend'
  | 'geen_lid'
  | 'geen_voorzitter'
  | 'niet_bevoegd'
  | 'ronde_gesloten'
  | 'al_beslist'
  | 'ongeldige_overgang'
  | 'configuratie';

export interface VeldFout {
  /** Field name as in the intake (e.g. 'situatie'). */
  veld: string;
  bericht: string;
  /** Privacy gate findings: spans of the field's text, never the text itself in logs. */
  vondsten?: { soort: string; start: number; eind: number; omschrijving: string }[];
  /** Suggested text with the findings replaced, for the user only. */
  suggestie?: string;
}

export class DomeinFout extends Error {
  constructor(
    public readonly code: FoutCode,
    bericht: string,
    public readonly velden: VeldFout[] = [],
  ) {
    super(bericht);
    this.name = 'DomeinFout';
  }

  /** What may go into a log line: the code and the field names, never messages with user text. */
  voorLog() {
    return { code: this.code, velden: this.velden.map((v) => v.veld) };
  }
}

export const isDomeinFout = (e: unknown): e is DomeinFout => e instanceof DomeinFout;
