// The closing rule of a decision round (docs/spelregels.md §6), as one pure function.
import type { Keuze } from './woorden.ts';

export interface QuorumRegel {
  /** Absolute number of answers, or a fraction (0..1] of the expected members. */
  minimaal: number;
  soort: 'aantal' | 'fractie';
}

export interface SluitInvoer {
  verwachteLidIds: readonly string[];
  /** The current answer per member (latest revision). Answers of others are ignored. */
  antwoorden: readonly { lidId: string; keuze: Keuze }[];
  deadlineVerstreken: boolean;
  quorum: QuorumRegel;
  /** Close as soon as everyone answered, before the deadline. */
  vroegSluiten: boolean;
  onthoudingTeltVoorQuorum: boolean;
  /** null: the quick intake left the costs open and they were not added yet (spelregels §4). */
  kostenMaatwerkCent: number | null;
  /** The table's mandate per casus; null = no amount limit. */
  mandaatMaxCent: number | null;
  /** May the table deviate from the knelpunt's rule on its own mandate? */
  regelAfwijkbaar: boolean;
}

export type BestuurderReden = 'buiten_mandaat' | 'boven_mandaat' | 'regel_niet_afwijkbaar';
export type VoorzitterReden = 'niet_akkoord' | 'geen_akkoord';

export type Sluituitkomst =
  | { soort: 'open' }
  | { soort: 'geen_quorum'; geteld: number; nodig: number }
  /** The chair decides (casting vote); what the bestuurder would have to approve afterwards travels along. */
  | { soort: 'voorzitter'; redenen: VoorzitterReden[]; bestuurderRedenen: BestuurderReden[] }
  | { soort: 'bestuurder'; redenen: BestuurderReden[] }
  | { soort: 'toegekend'; metVoorwaarden: boolean };

export function quorumNodig(regel: QuorumRegel, verwacht: number): number {
  if (regel.soort === 'aantal') return Math.min(regel.minimaal, verwacht);
  return Math.ceil(regel.minimaal * verwacht - 1e-9);
}

/** What would the bestuurder have to approve, whatever the table answered? */
export function bestuurderRedenen(invoer: SluitInvoer, keuzes: readonly Keuze[]): BestuurderReden[] {
  const redenen: BestuurderReden[] = [];
  if (keuzes.includes('buiten_mandaat')) redenen.push('buiten_mandaat');
  // Costs not known yet cannot be within the mandate: a table with a mandate cannot grant them alone.
  if (
    invoer.mandaatMaxCent !== null &&
    (invoer.kostenMaatwerkCent === null || invoer.kostenMaatwerkCent > invoer.mandaatMaxCent)
  )
    redenen.push('boven_mandaat');
  if (!invoer.regelAfwijkbaar) redenen.push('regel_niet_afwijkbaar');
  return redenen;
}

/**
 * Before the deadline a round closes only when every expected member answered and the table closes early.
 * Also asked on its own by the answer that may complete a round, which counts answers without reading them.
 */
export function sluitVroeg(beantwoord: number, verwacht: number, vroegSluiten: boolean): boolean {
  return vroegSluiten && beantwoord >= verwacht;
}

export function sluitRonde(invoer: SluitInvoer): Sluituitkomst {
  const verwacht = new Set(invoer.verwachteLidIds);
  const keuzes = invoer.antwoorden.filter((r) => verwacht.has(r.lidId)).map((r) => r.keuze);
  if (!invoer.deadlineVerstreken && !sluitVroeg(keuzes.length, verwacht.size, invoer.vroegSluiten))
    return { soort: 'open' };

  const geteld = invoer.onthoudingTeltVoorQuorum
    ? keuzes.length
    : keuzes.filter((k) => k !== 'onthouding').length;
  const nodig = quorumNodig(invoer.quorum, verwacht.size);
  if (geteld < nodig || keuzes.length === 0) return { soort: 'geen_quorum', geteld, nodig };

  const bestuurder = bestuurderRedenen(invoer, keuzes);
  const voorzitter: VoorzitterReden[] = [];
  if (keuzes.includes('niet_akkoord')) voorzitter.push('niet_akkoord');
  const steun = keuzes.filter((k) => k === 'akkoord' || k === 'akkoord_met_voorwaarden');
  // Only abstentions and mandate referrals: nobody at the table actually supports it.
  if (steun.length === 0 && !keuzes.includes('buiten_mandaat')) voorzitter.push('geen_akkoord');
  if (voorzitter.length > 0)
    return { soort: 'voorzitter', redenen: voorzitter, bestuurderRedenen: bestuurder };
  if (bestuurder.length > 0) return { soort: 'bestuurder', redenen: bestuurder };
  return { soort: 'toegekend', metVoorwaarden: keuzes.includes('akkoord_met_voorwaarden') };
}
