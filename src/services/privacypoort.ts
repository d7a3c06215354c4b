// The privacy gate as the services see it: free text goes in, field errors come out.
import { DomeinFout, type VeldFout, veldFout } from '../domain/fouten.ts';
import { zin } from '../taal/tekst.ts';

export interface PrivacyVondst {
  /** The kind of finding: `vondstTekst(soort, taal)` (src/privacy) words it for the reader. */
  soort: string;
  start: number;
  eind: number;
  /** The Dutch phrase of the kind, for logs and tests. */
  omschrijving: string;
}

/** What the gate knows of the tenant: its people's names (to find) and its own vocabulary (to leave alone). */
export interface PoortKennis {
  /** The workspace's own people: their names must not describe the household either. */
  namen: readonly string[];
  /** Names of the tenant's organisations, knelpunten and tables: never a person's name. */
  woordenschat: readonly string[];
}

export interface PrivacyPoort {
  /** Findings of personal data in one text. */
  scan(tekst: string, kennis: PoortKennis): { vondsten: PrivacyVondst[]; suggestie: string };
}

/** Refuses the whole input when any field holds personal data; nothing may be stored then. */
export function poortVelden(
  poort: PrivacyPoort,
  velden: Record<string, string | null | undefined>,
  kennis: PoortKennis | readonly string[] = [],
): void {
  const bekend: PoortKennis = isKennis(kennis) ? kennis : { namen: kennis, woordenschat: [] };
  const fouten: VeldFout[] = [];
  for (const [veld, tekst] of Object.entries(velden)) {
    if (!tekst) continue;
    const { vondsten, suggestie } = poort.scan(tekst, bekend);
    if (vondsten.length === 0) continue;
    const soorten = [...new Set(vondsten.map((v) => v.omschrijving))].join(', ');
    fouten.push(veldFout(veld, zin('fouten.privacy.veld', { soorten }), { vondsten, suggestie }));
  }
  if (fouten.length > 0) {
    throw new DomeinFout('persoonsgegevens', zin('fouten.privacy.niets_opgeslagen'), fouten);
  }
}

function isKennis(k: PoortKennis | readonly string[]): k is PoortKennis {
  return !Array.isArray(k);
}
