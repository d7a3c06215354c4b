// The privacy gate as the services see it: free text goes in, field errors come out.
import { DomeinFout, type VeldFout } from '../domain/fouten.ts';

export interface PrivacyVondst {
  soort: string;
  start: number;
  eind: number;
  omschrijving: string;
}

export interface PrivacyPoort {
  /** Findings of personal data in one text; `bekendeNamen` are the workspace's own people. */
  scan(tekst: string, bekendeNamen: readonly string[]): { vondsten: PrivacyVondst[]; suggestie: string };
}

/** Refuses the whole input when any field holds personal data; nothing may be stored then. */
export function poortVelden(
  poort: PrivacyPoort,
  velden: Record<string, string | null | undefined>,
  bekendeNamen: readonly string[] = [],
): void {
  const fouten: VeldFout[] = [];
  for (const [veld, tekst] of Object.entries(velden)) {
    if (!tekst) continue;
    const { vondsten, suggestie } = poort.scan(tekst, bekendeNamen);
    if (vondsten.length === 0) continue;
    const soorten = [...new Set(vondsten.map((v) => v.omschrijving))].join(', ');
    fouten.push({
      veld,
      bericht: `Deze tekst ${soorten}. Maak de casus anoniem: haal persoonsgegevens weg voordat u verstuurt.`,
      vondsten,
      suggestie,
    });
  }
  if (fouten.length > 0) {
    throw new DomeinFout(
      'persoonsgegevens',
      'De tekst bevat persoonsgegevens; er is niets opgeslagen.',
      fouten,
    );
  }
}
