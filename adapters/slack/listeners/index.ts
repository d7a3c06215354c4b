// Every listener, registered per kind from one place (the bolt-ts-starter-template layout).
import type { App } from '@slack/bolt';
import * as beheerKnoppen from './actions/beheer.ts';
import * as beslisKnoppen from './actions/beslissen.ts';
import * as overigeKnoppen from './actions/overig.ts';
import * as casusCommando from './commands/casus.ts';
import { eenmaligeLevering } from './eenmalig.ts';
import * as home from './events/home.ts';
import type { SlackContext } from './gedeeld.ts';
import * as intakeShortcuts from './shortcuts/intake.ts';
import * as beheerViews from './views/beheer.ts';
import * as beslisViews from './views/beslissen.ts';
import * as indienen from './views/indienen.ts';

export function registreerListeners(app: App, ctx: SlackContext): void {
  // First: a redelivery does nothing twice, whichever replica it reaches.
  app.use(eenmaligeLevering(ctx));
  casusCommando.registreer(app, ctx);
  intakeShortcuts.registreer(app, ctx);
  beslisKnoppen.registreer(app, ctx);
  overigeKnoppen.registreer(app, ctx);
  beheerKnoppen.registreer(app, ctx);
  indienen.registreer(app, ctx);
  beslisViews.registreer(app, ctx);
  beheerViews.registreer(app, ctx);
  home.registreer(app, ctx);
}
