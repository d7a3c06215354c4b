// Whether a casus's round may open (spelregels §4): a table may require costs, the household's engagement
// or consent before it decides; a casus that lacks one of those waits, with its round closed, until the
// submitter adds it.
import type { Aanvulling } from './intake.ts';

export type RondeOpening = { open: true } | { open: false; wacht: Aanvulling[] };

/** `vereist`: what the table requires before its round; `ontbreekt`: what the casus still lacks. */
export function rondeKanOpenen(
  vereist: readonly Aanvulling[],
  ontbreekt: readonly Aanvulling[],
): RondeOpening {
  const wacht = ontbreekt.filter((a, i) => vereist.includes(a) && ontbreekt.indexOf(a) === i);
  return wacht.length === 0 ? { open: true } : { open: false, wacht };
}
