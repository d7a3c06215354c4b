// The privacy gate as the services see it: free text goes in, field errors come out.
import type { TafelsBestand } from '../config/tafelsbestand.ts';
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

/** Where the gate's knowledge comes from: a tenant's names as its tables file or its database hold them. */
export interface KennisBron {
  /** The tenant's own name ('Gemeente Utrecht'): vocabulary too. */
  gemeente?: string;
  personen: readonly string[];
  organisaties: readonly string[];
  knelpunten: readonly string[];
  tafels: readonly string[];
}

/**
 * The one way to build what the gate knows of a tenant, for the bot (from its database) and for
 * `maatwerkbot anonimiseer` (from the tables file): the same names give the same findings. People are
 * names to find; the tenant, its organisations, knelpunten and tables are vocabulary, never a person's
 * name. Sorted and without doubles, so the order a source lists them in does not matter.
 */
export function poortKennis(bron: KennisBron): PoortKennis {
  const lijst = (namen: readonly string[]) =>
    [...new Set(namen.map((n) => n.trim().replace(/\s+/g, ' ')).filter(Boolean))].sort();
  return {
    namen: lijst(bron.personen),
    woordenschat: lijst([
      ...(bron.gemeente ? [bron.gemeente] : []),
      ...bron.organisaties,
      ...bron.knelpunten,
      ...bron.tafels,
    ]),
  };
}

/** What the gate knows of the tenant of a tables file: the same as the bot knows once it is imported. */
export function kennisUitTafelsBestand(
  bestand: TafelsBestand,
  extraNamen: readonly string[] = [],
): PoortKennis {
  return poortKennis({
    gemeente: bestand.tenant.naam,
    personen: [...bestand.personen.map((p) => p.naam), ...extraNamen],
    organisaties: bestand.organisaties.map((o) => o.naam),
    knelpunten: bestand.knelpunten.map((k) => k.naam),
    tafels: bestand.tafels.map((t) => t.naam),
  });
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
