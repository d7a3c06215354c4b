import type nl from '../nl/reden.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  geen_quorum: 'too few members answered (no quorum)',
  niet_akkoord: 'one or more members did not agree',
  geen_akkoord: 'nobody at the table supported the request',
  buiten_mandaat: 'a member said this is beyond their mandate',
  boven_mandaat: 'the costs are above the mandate of the table',
  regel_niet_afwijkbaar: 'the table may not deviate from this rule',
  geen_bestuurder: 'no executive has been set up',
  bestuurder_verlopen: 'the executives did not decide in time',
  voorzitter_verlopen: 'the chair did not decide in time',
} as const satisfies Vertaling<typeof nl>;
