// The chair's modals are submitted: extend the deadline, withdraw, reopen the round, put on the agenda,
// record the meeting's besluit. The services decide who may (the chair; for withdrawing also the
// submitter) and what is valid; their field errors go back under the inputs, and on success the modal
// says what happened. The view id is the idempotency key, so a repeated submission acts once.
import type { App } from '@slack/bolt';
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import {
  heropenRonde,
  legVergaderbesluitVast,
  trekIn,
  verlengTermijn,
  zetOpAgenda,
} from '../../../../src/services/voorzitter.ts';
import { amsterdamTijdstip, formatteerMoment } from '../../../../src/time/index.ts';
import { beheerMeta, leesMeta, VIEW, type VoorzitterUitkomst } from '../../ids.ts';
import { identiteit, lees } from '../../payloads.ts';
import { meldingModal } from '../../weergave/modals.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type ViewUitkomst, verwerkView, verzoekSleutel } from './verwerk.ts';

const klaar = (titel: string, tekst: string): ViewUitkomst => ({
  antwoord: { response_action: 'update', view: meldingModal(titel, tekst) },
});

/** The date and time pickers as one moment in Amsterdam time; an impossible one stays invalid for the core. */
function deadlineUit(datum: string, tijd: string): Date {
  try {
    return amsterdamTijdstip(datum, tijd);
  } catch {
    return new Date(Number.NaN);
  }
}

export function registreer(app: App, ctx: SlackContext): void {
  verwerkView(app, ctx, VIEW.verlengen, 'reden', async (p) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const datum = lees(v, 'nieuweDeadline');
    const tijd = lees(v, 'tijd');
    if (!datum || !tijd) {
      return {
        antwoord: {
          response_action: 'errors',
          errors: datum ? { tijd: 'Kies een tijd' } : { nieuweDeadline: 'Kies een datum' },
        },
      };
    }
    const r = await verlengTermijn(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      { nieuweDeadline: deadlineUit(datum, tijd), reden: lees(v, 'reden') ?? '' },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'termijn verlengd via slack');
    return klaar(
      'Termijn verlengd',
      `De termijn van ${r.referentie} is verlengd tot ${formatteerMoment(new Date(r.deadline))}. De tafel krijgt bericht, met uw reden; herinneringen gaan uit van de nieuwe deadline.`,
    );
  });

  verwerkView(app, ctx, VIEW.intrekken, 'reden', async (p) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    const r = await trekIn(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      { reden: lees(p.view.state.values, 'reden') ?? '' },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'casus ingetrokken via slack');
    return klaar(
      'Casus ingetrokken',
      `${r.referentie} is ingetrokken. De besluitronde is gesloten en de tafel krijgt bericht, met uw reden.`,
    );
  });

  verwerkView(app, ctx, VIEW.heropenen, 'reden', async (p) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    const r = await heropenRonde(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      { reden: lees(p.view.state.values, 'reden') ?? '' },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'ronde heropend via slack');
    return klaar(
      'Ronde heropend',
      `Er loopt een nieuwe besluitronde voor ${r.referentie}; de leden antwoorden uiterlijk ${formatteerMoment(new Date(r.deadline))}.`,
    );
  });

  // No input to put an error under: a refusal replaces the modal with the core's message.
  verwerkView(app, ctx, VIEW.opAgenda, 'reden', async (p) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    try {
      const r = await zetOpAgenda(ctx.d, identiteit(p.user, p.team?.id), m.casusId, {
        verzoek: verzoekSleutel(p),
      });
      ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'op de agenda via slack');
      return klaar(
        'Op de agenda',
        `${r.referentie} staat op de agenda van de volgende vergadering. Leg daarna het besluit van de vergadering vast via ⋯ op de casuskaart.`,
      );
    } catch (fout) {
      logFout(ctx.log, fout, 'op de agenda geweigerd', { viewId: p.view.id });
      return klaar(
        'Niet mogelijk',
        isDomeinFout(fout) ? fout.message : 'Er ging iets mis bij het opslaan. Probeer het zo opnieuw.',
      );
    }
  });

  verwerkView(app, ctx, VIEW.vergaderbesluit, 'reden', async (p) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const r = await legVergaderbesluitVast(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      {
        uitkomst: lees(v, 'uitkomst') as VoorzitterUitkomst,
        reden: lees(v, 'reden') ?? '',
        hoe: lees(v, 'hoe'),
        voorwaarden: lees(v, 'voorwaarden'),
        verwijzing: lees(v, 'verwijzing'),
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'vergaderbesluit via slack');
    return klaar(
      'Besluit vastgelegd',
      `Het besluit van de vergadering over ${r.referentie} is vastgelegd en wordt gedeeld met de tafel, het leerkanaal en de indiener.`,
    );
  });
}
