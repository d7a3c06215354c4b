// The chair's entry points on a message: the overflow menu on the card and the chair's DM, and the
// submitter's "withdraw" button. Showing them grants nothing: the services decide on submission.
import type { Taal } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import { ACTIE, BEHEER_ACTIES, type BeheerActie } from '../ids.ts';
import { knop, optie } from './bouwstenen.ts';

export const beheerLabel = (actie: BeheerActie, taal: Taal): string => tekst(taal, `beheer.menu.${actie}`);

/** The labels in Dutch, for views that do not take the reader's language yet. */
export const BEHEER_LABEL = Object.fromEntries(BEHEER_ACTIES.map((a) => [a, beheerLabel(a, 'nl')])) as Record<
  BeheerActie,
  string
>;

/** The chair's menu: one option per control, each naming the casus. At most five, as Slack allows. */
export function beheerMenu(casusId: string, taal: Taal = 'nl') {
  return {
    type: 'overflow' as const,
    action_id: ACTIE.beheer,
    options: BEHEER_ACTIES.map((a) => optie(beheerLabel(a, taal), `${a}|${casusId}`)),
  };
}

/** The submitter's own way out, in the DM that confirms their casus. */
export const intrekKnop = (casusId: string, taal: Taal = 'nl') =>
  knop({ actionId: ACTIE.intrekken, tekst: tekst(taal, 'beheer.menu.intrekken'), waarde: casusId });

export const beheerUitleg = (taal: Taal) => tekst(taal, 'beheer.menu.uitleg');
