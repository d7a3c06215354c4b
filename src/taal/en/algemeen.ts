import type nl from '../nl/algemeen.ts';
import type { Vertaling } from '../vertaling.ts';

export default {
  en_meer: 'and {aantal} more',
  en_nog: '… and {aantal} more',
  ingekort: '<i>… shortened; the rest is in Maatwerkbot.</i>',
  geen: 'None.',
  later_verstuurd: 'sent later than planned',
  uiterlijk: 'by {deadline}',
  alle_tafels: 'all tables',
  vul_in: 'Please fill in {veld}',
  kies: 'Please choose {veld}',
  'crisis.nummers':
    "In acute danger: call {alarm}. Thoughts of suicide: 113 Suicide Prevention, call {kort} or free of charge {gratis}.{dienst, select, ja { The municipality's crisis service: {naam}, {telefoon}.} other {}}",
} as const satisfies Vertaling<typeof nl>;
