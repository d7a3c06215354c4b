/**
 * A large, read-only set of lower-case words kept as one string and an offset table, so that the garbage
 * collector has three objects to walk instead of one per word (the same reason as woordenlijst.ts). The
 * lists in ./lijsten/data are read on first use; `has` is a binary search without making substrings.
 */
import { readFileSync } from 'node:fs';
import { pakketPad } from '../pakket.ts';

export interface Woordset {
  has(woord: string): boolean;
  readonly aantal: number;
}

/** `regels`: entries one a line, sorted by UTF-16 code units, no duplicates (as scripts/maak-privacylijsten.ts writes them). */
export function maakWoordset(regels: string): Woordset {
  const tekst = regels.endsWith('\n') ? regels : `${regels}\n`;
  let aantal = 0;
  for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) aantal++;
  const begin = new Uint32Array(aantal + 1);
  let n = 0;
  begin[0] = 0;
  for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) begin[++n] = i + 1;

  function vergelijk(woord: string, i: number): number {
    const s = begin[i]!;
    const lengte = begin[i + 1]! - 1 - s;
    const m = Math.min(woord.length, lengte);
    for (let j = 0; j < m; j++) {
      const d = woord.charCodeAt(j) - tekst.charCodeAt(s + j);
      if (d !== 0) return d;
    }
    return woord.length - lengte;
  }

  function has(woord: string): boolean {
    let laag = 0;
    let hoog = aantal - 1;
    while (laag <= hoog) {
      const midden = (laag + hoog) >>> 1;
      const d = vergelijk(woord, midden);
      if (d === 0) return true;
      if (d < 0) hoog = midden - 1;
      else laag = midden + 1;
    }
    return false;
  }

  return { has, aantal };
}

/** A list from ./lijsten/data, read the first time it is asked. */
export function lijstUitBestand(naam: string): () => Woordset {
  let set: Woordset | undefined;
  return () => {
    set ??= maakWoordset(readFileSync(pakketPad('src', 'privacy', 'lijsten', 'data', naam), 'utf8'));
    return set;
  };
}
