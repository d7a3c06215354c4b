// Typed errors of the core. Each carries a code for adapters and tests and a message from the
// catalogue, rendered in the reader's language by the adapter (`message` is its Dutch text, for logs
// and tests); none carries casus free text, so they are safe to log.
import { vondstTekst } from '../privacy/omschrijving.ts';
import type { Taal } from '../taal/taal.ts';
import { weergave, type Zin } from '../taal/tekst.ts';

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
  /** The Dutch text of the message; `zin` renders it in another language. */
  bericht: string;
  zin?: Zin;
  /** Privacy gate findings: spans of the field's text, never the text itself in logs. */
  vondsten?: { soort: string; start: number; eind: number; omschrijving: string }[];
  /** Suggested text with the findings replaced, for the user only. */
  suggestie?: string;
}

export class DomeinFout extends Error {
  /** The message as a catalogue sentence; null while a throw site still passes a Dutch sentence. */
  public readonly zin: Zin | null;

  constructor(
    public readonly code: FoutCode,
    bericht: string | Zin,
    public readonly velden: VeldFout[] = [],
  ) {
    super(typeof bericht === 'string' ? bericht : weergave('nl', bericht));
    this.zin = typeof bericht === 'string' ? null : bericht;
    this.name = 'DomeinFout';
  }

  /** The message in the reader's language. */
  tekst(taal: Taal): string {
    return this.zin ? weergave(taal, this.zin) : this.message;
  }

  /** What may go into a log line: the code and the field names, never messages with user text. */
  voorLog() {
    return { code: this.code, velden: this.velden.map((v) => v.veld) };
  }
}

export const isDomeinFout = (e: unknown): e is DomeinFout => e instanceof DomeinFout;

/**
 * A field's message in the reader's language. A privacy refusal names what was found (`{soorten}`): its
 * sentence holds the Dutch phrases the gate gave, and the findings' kinds give them in another language.
 */
export function veldTekst(v: VeldFout, taal: Taal): string {
  if (!v.zin) return v.bericht;
  if (taal === 'nl' || !v.vondsten?.length || v.zin.waarden?.soorten === undefined)
    return weergave(taal, v.zin);
  const soorten = [...new Set(v.vondsten.map((x) => vondstTekst(x.soort, taal)))].join(', ');
  return weergave(taal, { ...v.zin, waarden: { ...v.zin.waarden, soorten } });
}

/** A field error from the catalogue: its Dutch text for logs and tests, the sentence for the reader. */
export const veldFout = (
  veld: string,
  m: Zin,
  extra: Omit<VeldFout, 'veld' | 'bericht' | 'zin'> = {},
): VeldFout => ({
  veld,
  bericht: weergave('nl', m),
  zin: m,
  ...extra,
});
