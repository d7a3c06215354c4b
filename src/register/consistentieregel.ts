// "Voorkom dat maatwerk willekeur wordt": a besluit that goes against what the same table mostly decided
// on the same knelpunt makes the chair say why this case differs. Pure rule, no I/O.
import type { BesluitUitkomst } from '../domain/woorden.ts';

/** Outcomes grouped by what they mean for the household: helped, or not (referred on). */
export type { Familie } from '../domain/register.ts';

import type { Familie } from '../domain/register.ts';

export function familie(uitkomst: BesluitUitkomst): Familie {
  return uitkomst === 'toegekend' || uitkomst === 'deels_toegekend' ? 'geholpen' : 'niet_geholpen';
}

export interface ConsistentieRegels {
  /** Fewer earlier besluiten than this are no practice yet: never ask. */
  minimaleGeschiedenis: number;
  /** Only the most recent ones count: practice may change on purpose. */
  venster: number;
}

export const CONSISTENTIE: ConsistentieRegels = Object.freeze({ minimaleGeschiedenis: 3, venster: 20 });

export interface ConsistentieOordeel {
  wijktAf: boolean;
  reden: 'te_weinig_geschiedenis' | 'geen_meerderheid' | 'volgt_meerderheid' | 'wijkt_af';
  /** The family of more than half of the earlier besluiten; null without history or majority. */
  meerderheid: Familie | null;
  /** Earlier besluiten considered (after the window). */
  eerder: number;
  /** How many of those are in the majority family. */
  inMeerderheid: number;
}

/**
 * `eerdere`: outcomes of earlier besluiten on the same knelpunt at the same table, most recent first.
 * Fires when there are at least `minimaleGeschiedenis` of them, strictly more than half fall in one
 * family, and this outcome is in the other. A tie is no practice, so it never fires.
 */
export function beoordeelConsistentie(
  uitkomst: BesluitUitkomst,
  eerdere: readonly BesluitUitkomst[],
  regels: ConsistentieRegels = CONSISTENTIE,
): ConsistentieOordeel {
  const venster = eerdere.slice(0, regels.venster);
  const eerder = venster.length;
  if (eerder < regels.minimaleGeschiedenis)
    return { wijktAf: false, reden: 'te_weinig_geschiedenis', meerderheid: null, eerder, inMeerderheid: 0 };
  const geholpen = venster.filter((u) => familie(u) === 'geholpen').length;
  const niet = eerder - geholpen;
  if (geholpen * 2 === eerder)
    return { wijktAf: false, reden: 'geen_meerderheid', meerderheid: null, eerder, inMeerderheid: geholpen };
  const meerderheid: Familie = geholpen > niet ? 'geholpen' : 'niet_geholpen';
  const inMeerderheid = Math.max(geholpen, niet);
  const wijktAf = familie(uitkomst) !== meerderheid;
  return { wijktAf, reden: wijktAf ? 'wijkt_af' : 'volgt_meerderheid', meerderheid, eerder, inMeerderheid };
}

export function wijktAf(
  uitkomst: BesluitUitkomst,
  eerdere: readonly BesluitUitkomst[],
  regels: ConsistentieRegels = CONSISTENTIE,
): boolean {
  return beoordeelConsistentie(uitkomst, eerdere, regels).wijktAf;
}
