// Whether a casus's round may open (spelregels §4): a table may require costs, the household's engagement
// or consent before it decides; a casus that lacks one of those waits (status `wacht_op_aanvulling`,
// without a round) until the submitter adds it or the table no longer requires it.
import type { Aanvulling } from './intake.ts';

/**
 * Working days after raising at which the submitter of a waiting casus is reminded, once; after that the
 * chair sees it waiting on the agenda.
 */
export const AANVULLING_HERINNERING_NA_WERKDAGEN = 2;

export type RondeOpening = { open: true } | { open: false; wacht: Aanvulling[] };

/** `vereist`: what the table requires before its round; `ontbreekt`: what the casus still lacks. */
export function rondeKanOpenen(
  vereist: readonly Aanvulling[],
  ontbreekt: readonly Aanvulling[],
): RondeOpening {
  const wacht = ontbreekt.filter((a, i) => vereist.includes(a) && ontbreekt.indexOf(a) === i);
  return wacht.length === 0 ? { open: true } : { open: false, wacht };
}

/** What is still open on a stored casus; consent that is `nog_niet` is open too. */
export function nogOpen(c: {
  kostenOntbreken: boolean;
  betrokkenheidOntbreekt: boolean;
  toestemming: string;
}): Aanvulling[] {
  return [
    ...(c.kostenOntbreken ? (['kosten'] as const) : []),
    ...(c.betrokkenheidOntbreekt ? (['betrokkenheid'] as const) : []),
    ...(c.toestemming === 'nog_niet' ? (['toestemming'] as const) : []),
  ];
}
