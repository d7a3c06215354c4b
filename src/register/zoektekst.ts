// What a besluit means, as search text: the same function for the live hook, the re-index and the bench.
import { label } from '../domain/woorden.ts';
import { verrijk } from './normaliseer.ts';

export interface ZoekBron {
  titel: string;
  knelpuntNaam: string | null;
  knelpuntVrij: string | null;
  waarom: string;
  hoe: string;
  voorwaarden: string | null;
  afgewekenRegel: string | null;
  verwijzing: string | null;
  afwijkingToelichting: string | null;
  leefgebieden: readonly string[];
}

export interface Zoekvelden {
  /** Weight A: what the case is about. */
  zoekkop: string;
  /** Weight C: the reasoning and the rule. */
  zoektekst: string;
}

export function zoekvelden(b: ZoekBron): Zoekvelden {
  const kop = [b.titel, b.knelpuntNaam, b.knelpuntVrij];
  const tekst = [
    b.waarom,
    b.hoe,
    b.voorwaarden,
    b.afgewekenRegel,
    b.verwijzing,
    b.afwijkingToelichting,
    // Labels, not codes: "werk_dagbesteding" is not what anyone types.
    ...b.leefgebieden.map((l) => label(l, 'nl')),
  ];
  return {
    zoekkop: verrijk(kop.filter(Boolean).join(' ')),
    zoektekst: verrijk(tekst.filter(Boolean).join(' ')),
  };
}
