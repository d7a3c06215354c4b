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
import type { Taal } from '../../../../src/taal/taal.ts';
import { tekst, vertaler } from '../../../../src/taal/tekst.ts';
import { amsterdamTijdstip, formatteerMoment } from '../../../../src/time/index.ts';
import { beheerMeta, leesMeta, VIEW, type VoorzitterUitkomst } from '../../ids.ts';
import { identiteit, lees } from '../../payloads.ts';
import { meldingModal } from '../../weergave/modals.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type ViewUitkomst, verwerkView, verzoekSleutel } from './verwerk.ts';

const klaar = (titel: string, bericht: string, taal: Taal): ViewUitkomst => ({
  antwoord: { response_action: 'update', view: meldingModal(titel, bericht, taal) },
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
  verwerkView(app, ctx, VIEW.verlengen, 'reden', async (p, _client, taal) => {
    const t = vertaler(taal);
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const datum = lees(v, 'nieuweDeadline');
    const tijd = lees(v, 'tijd');
    if (!datum || !tijd) {
      return {
        antwoord: {
          response_action: 'errors',
          errors: datum
            ? { tijd: t('formulier.beheer.kies_tijd') }
            : { nieuweDeadline: t('formulier.beheer.kies_datum') },
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
      t('formulier.beheer.verlengd.titel'),
      t('formulier.beheer.verlengd', {
        referentie: r.referentie,
        moment: formatteerMoment(new Date(r.deadline), taal),
      }),
      taal,
    );
  });

  verwerkView(app, ctx, VIEW.intrekken, 'reden', async (p, _client, taal) => {
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
      tekst(taal, 'formulier.beheer.ingetrokken.titel'),
      tekst(taal, 'formulier.beheer.ingetrokken', { referentie: r.referentie }),
      taal,
    );
  });

  verwerkView(app, ctx, VIEW.heropenen, 'reden', async (p, _client, taal) => {
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
      tekst(taal, 'formulier.beheer.heropend.titel'),
      tekst(taal, 'formulier.beheer.heropend', {
        referentie: r.referentie,
        moment: formatteerMoment(new Date(r.deadline), taal),
      }),
      taal,
    );
  });

  // No input to put an error under: a refusal replaces the modal with the core's message.
  verwerkView(app, ctx, VIEW.opAgenda, 'reden', async (p, _client, taal) => {
    const m = leesMeta(beheerMeta, p.view.private_metadata);
    try {
      const r = await zetOpAgenda(ctx.d, identiteit(p.user, p.team?.id), m.casusId, {
        verzoek: verzoekSleutel(p),
      });
      ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'op de agenda via slack');
      return klaar(
        tekst(taal, 'formulier.beheer.op_agenda.titel'),
        tekst(taal, 'formulier.beheer.op_agenda', { referentie: r.referentie }),
        taal,
      );
    } catch (fout) {
      logFout(ctx.log, fout, 'op de agenda geweigerd', { viewId: p.view.id });
      return klaar(
        tekst(taal, 'formulier.niet_mogelijk'),
        isDomeinFout(fout) ? fout.tekst(taal) : tekst(taal, 'formulier.niet_opgeslagen.tekst'),
        taal,
      );
    }
  });

  verwerkView(app, ctx, VIEW.vergaderbesluit, 'reden', async (p, _client, taal) => {
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
        toegekendBedrag: lees(v, 'toegekendBedrag'),
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'vergaderbesluit via slack');
    return klaar(
      tekst(taal, 'formulier.beheer.vergaderbesluit.titel'),
      tekst(taal, 'formulier.beheer.vergaderbesluit', { referentie: r.referentie }),
      taal,
    );
  });
}
