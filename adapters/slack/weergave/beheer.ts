// The chair's entry points on a message: the overflow menu on the card and the chair's DM, and the
// submitter's "withdraw" button. Showing them grants nothing: the services decide on submission.
import { ACTIE, BEHEER_ACTIES, type BeheerActie } from '../ids.ts';
import { knop, optie } from './bouwstenen.ts';

export const BEHEER_LABEL: Record<BeheerActie, string> = {
  verlengen: 'Termijn verlengen',
  intrekken: 'Casus intrekken',
  heropenen: 'Ronde heropenen',
  op_agenda: 'Op de agenda zetten',
  vergaderbesluit: 'Besluit vergadering vastleggen',
};

/** The chair's menu: one option per control, each naming the casus. At most five, as Slack allows. */
export function beheerMenu(casusId: string) {
  return {
    type: 'overflow' as const,
    action_id: ACTIE.beheer,
    options: BEHEER_ACTIES.map((a) => optie(BEHEER_LABEL[a], `${a}|${casusId}`)),
  };
}

/** The submitter's own way out, in the DM that confirms their casus. */
export const intrekKnop = (casusId: string) =>
  knop({ actionId: ACTIE.intrekken, tekst: 'Casus intrekken', waarde: casusId });

export const BEHEER_UITLEG =
  'Voorzitter: termijn verlengen, intrekken, heropenen, agenda en vergaderbesluit via ⋯';
