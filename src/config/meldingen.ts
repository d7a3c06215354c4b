// A finding in a configuration file, where it is, and how it is shown: the line with a caret under
// the place, as a compiler shows it, so an administrator sees which line to change.
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { Taal } from '../taal/taal.ts';
import { tekst as zin } from '../taal/tekst.ts';

export interface Melding {
  /** Where in the file's structure, e.g. `tafels[0].beleid.quorum`; empty for a syntax error. */
  pad: string;
  bericht: string;
  /** 1-based line and column of the place, when it could be found. */
  regel?: number;
  kolom?: number;
  /** How many characters on that line the caret underlines. */
  breedte?: number;
}

export interface Bereik {
  begin: number;
  eind: number;
}

export function metPlek(
  melding: Omit<Melding, 'regel' | 'kolom' | 'breedte'>,
  bereik: Bereik | undefined,
  regels: LineCounter,
  tekst: string,
): Melding & { begin?: number } {
  if (!bereik) return melding;
  const { line, col } = regels.linePos(bereik.begin);
  const eindVanRegel = tekst.indexOf('\n', bereik.begin);
  const eind = Math.min(bereik.eind, eindVanRegel === -1 ? tekst.length : eindVanRegel);
  return {
    ...melding,
    regel: line,
    kolom: col,
    breedte: Math.max(1, eind - bereik.begin),
    begin: bereik.begin,
  };
}

function bereikVan(knoop: Node | Pair['key'] | null | undefined): Bereik | undefined {
  const r = (knoop as Node | null | undefined)?.range;
  return r ? { begin: r[0], eind: r[1] } : undefined;
}

/**
 * The place of a path in the document: the key itself when `sleutel` is set (an unknown key), else the
 * value; for a path that is not in the file (a missing key), the nearest part of it that is.
 */
export function zoekBereik(
  document: Document,
  pad: readonly (string | number)[],
  opSleutel = false,
): Bereik | undefined {
  let knoop: unknown = document.contents;
  let beste = bereikVan(document.contents as Node | null);
  for (const [i, deel] of pad.entries()) {
    if (isAlias(knoop)) knoop = knoop.resolve(document);
    let volgende: unknown;
    let sleutel: unknown;
    if (isMap(knoop)) {
      const paar = knoop.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(deel));
      if (!paar) return beste;
      volgende = paar.value;
      sleutel = paar.key;
    } else if (isSeq(knoop) && typeof deel === 'number') {
      volgende = knoop.items[deel];
      if (volgende === undefined) return beste;
    } else return beste;
    const laatste = i === pad.length - 1;
    // An unknown key, or a finding about a whole group or list (`leden`): the caret goes under its name.
    if (laatste && sleutel && (opSleutel || isMap(volgende) || isSeq(volgende)))
      return bereikVan(sleutel as Node);
    // `naam:` with nothing after it has an empty value: point at its key instead.
    const waarde = bereikVan(volgende as Node | null);
    beste = waarde && waarde.eind > waarde.begin ? waarde : (bereikVan(sleutel as Node) ?? waarde ?? beste);
    knoop = volgende;
  }
  return beste;
}

/** Sorted by place in the file; findings without a place last, in the order they were found. */
export function opVolgorde<M extends Melding & { begin?: number }>(meldingen: M[]): M[] {
  return meldingen
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) => (a.m.begin ?? Number.MAX_SAFE_INTEGER) - (b.m.begin ?? Number.MAX_SAFE_INTEGER) || a.i - b.i,
    )
    .map(({ m }) => m);
}

/** The line of the file with a caret under the place, indented for a list of findings. */
export function toonRegel(tekst: string, regel: number, kolom: number, breedte = 1): string {
  const regelTekst = (tekst.split(/\r?\n/)[regel - 1] ?? '').replace(/\t/g, ' ');
  const nummer = String(regel);
  const leeg = ' '.repeat(nummer.length);
  const streep = '^'.repeat(Math.max(1, Math.min(breedte, regelTekst.length - kolom + 1)));
  return `    ${nummer} | ${regelTekst}\n    ${leeg} | ${' '.repeat(Math.max(0, kolom - 1))}${streep}`;
}

/** "regel 12, kolom 5": numbers as the editor shows them, without thousands separators. */
export const plekTekst = (regel: number, kolom: number, taal: Taal): string =>
  zin(taal, 'instellingen.plek', { regel: String(regel), kolom: String(kolom) });

/** All findings as text for a terminal: place, sentence, and the line it is about. */
export function beschrijfMeldingen(
  meldingen: readonly Melding[],
  tekst: string,
  bestand?: string,
  taal: Taal = 'nl',
): string {
  return meldingen
    .map((m) => {
      if (m.regel === undefined || m.kolom === undefined) return `- ${m.bericht}`;
      const plek = `${bestand ? `${bestand}, ` : ''}${plekTekst(m.regel, m.kolom, taal)}`;
      return `- ${plek}: ${m.bericht}\n${toonRegel(tekst, m.regel, m.kolom, m.breedte)}`;
    })
    .join('\n');
}
