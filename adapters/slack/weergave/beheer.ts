// The chair's entry points on a message: the overflow menu on the card and the chair's DM, and the
// submitter's "withdraw" button. Showing them grants nothing: the services decide on submission.
import type { Sleutel } from '../../../src/taal/catalogus.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import { ACTIE, BEHEER_ACTIES, type BeheerActie } from '../ids.ts';
import { knop, optie } from './bouwstenen.ts';

export const BEHEER_LABEL = {
  verlengen: 'kaart.beheer.titel.verlengen',
  intrekken: 'kaart.beheer.titel.intrekken',
  heropenen: 'kaart.beheer.titel.heropenen',
  op_agenda: 'kaart.beheer.knop.op_agenda',
  vergaderbesluit: 'kaart.beheer.menu.vergaderbesluit',
} as const satisfies Record<BeheerActie, Sleutel>;

/** The submitter's own way out, in the DM that confirms their casus. */
export const intrekKnop = (casusId: string, taal: Taal) =>
  knop({ actionId: ACTIE.intrekken, tekst: tekst(taal, 'kaart.beheer.titel.intrekken'), waarde: casusId });

/**
 * The chair's menu: one option per control, each naming the casus. At most five, as Slack allows. `acties`:
 * the controls the core's rule gives the casus in its state (`beheeracties`), all of them by default. An
 * overflow holds two options at least, so withdrawing alone (a casus whose round waits for the submitter)
 * is the withdraw button instead.
 */
export function beheerMenu(casusId: string, taal: Taal, acties: readonly BeheerActie[] = BEHEER_ACTIES) {
  if (acties.length === 1 && acties[0] === 'intrekken') return intrekKnop(casusId, taal);
  return {
    type: 'overflow' as const,
    action_id: ACTIE.beheer,
    options: acties.map((a) => optie(tekst(taal, BEHEER_LABEL[a]), `${a}|${casusId}`)),
  };
}

export const beheerUitleg = (taal: Taal): string => tekst(taal, 'kaart.beheer.menu.uitleg');
