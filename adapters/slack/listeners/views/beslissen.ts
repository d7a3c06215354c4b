// The decision modals are submitted: a member's answer, the chair's casting vote, the bestuurder's
// approval or question. The service decides authority and rules; on success the modal closes, or (an
// answer) shows what was stored.
import type { App } from '@slack/bolt';
import { lichtAfwijkingToe } from '../../../../src/register/consistentie.ts';
import { vulCasusAan } from '../../../../src/services/aanvulling.ts';
import { respond } from '../../../../src/services/antwoorden.ts';
import { decideAsBestuurder } from '../../../../src/services/bestuurdersbesluit.ts';
import { beantwoordInformatie, vraagInformatie } from '../../../../src/services/informatieverzoek.ts';
import { legEvaluatieVast, markeerToezeggingGedaan } from '../../../../src/services/opvolging.ts';
import { legToestemmingVast } from '../../../../src/services/toestemming.ts';
import { beslisAlsVoorzitter } from '../../../../src/services/voorzittersbesluit.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import {
  aanvulMeta,
  afwijkingMeta,
  antwoordMeta,
  bestuurderMeta,
  evaluatieMeta,
  informatieAntwoordMeta,
  informatieVraagMeta,
  leesMeta,
  toestemmingMeta,
  toezeggingMeta,
  VIEW,
  voorzitterMeta,
} from '../../ids.ts';
import { identiteit, lees } from '../../payloads.ts';
import { antwoordBevestiging } from '../../weergave/modals.ts';
import { publiceerHome } from '../events/home.ts';
import { meld, type SlackContext } from '../gedeeld.ts';
import { verwerkView, verzoekSleutel } from './verwerk.ts';

const AANVUL_VELDEN = [
  'kostenMaatwerk',
  'kostenNietsDoen',
  'kostenNietsDoenToelichting',
  'betrokkenheid',
  'betrokkenheidToelichting',
  'toestemming',
  'toestemmingAfweging',
] as const;

export function registreer(app: App, ctx: SlackContext): void {
  verwerkView(app, ctx, VIEW.antwoord, 'reden', async (p, _client, taal) => {
    const m = leesMeta(antwoordMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const taak = lees(v, 'toezegging_taak');
    const datum = lees(v, 'toezegging_deadline');
    const r = await respond(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      {
        keuze: m.keuze,
        reden: lees(v, 'reden') ?? '',
        voorwaarden: lees(v, 'voorwaarden'),
        // A date without a time: the core decides what moment of that day it means.
        ...(taak || datum ? { toezegging: { taak: taak ?? '', deadline: datum as unknown as Date } } : {}),
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info(
      { casus: r.referentie, keuze: r.keuze, revisie: r.revisie, viewId: p.view.id },
      'antwoord via slack',
    );
    // The confirmation is the modal's own last view: no Web API call per answer (postEphemeral allows
    // ~100 a minute per workspace), and it also reaches whoever answered from a DM.
    return { antwoord: { response_action: 'update', view: antwoordBevestiging(r, taal) } };
  });

  verwerkView(app, ctx, VIEW.voorzitter, 'reden', async (p, client, taal) => {
    const m = leesMeta(voorzitterMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const r = await beslisAlsVoorzitter(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      {
        uitkomst: m.uitkomst,
        reden: lees(v, 'reden') ?? '',
        hoe: lees(v, 'hoe'),
        voorwaarden: lees(v, 'voorwaarden'),
        verwijzing: lees(v, 'verwijzing'),
        toegekendBedrag: lees(v, 'toegekendBedrag'),
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info(
      { casus: r.referentie, gevolg: r.gevolg, viewId: p.view.id },
      'voorzitter besliste via slack',
    );
    return {
      daarna: async () => {
        if (!m.kanaal) return;
        await meld(
          client,
          { gebruiker: p.user.id, kanaal: m.kanaal },
          tekst(
            taal,
            r.gevolg === 'naar_bestuurder'
              ? 'formulier.besluit.naar_bestuurder'
              : 'formulier.besluit.gedeeld_tafel',
            { referentie: r.referentie },
          ),
          taal,
        );
      },
    };
  });

  verwerkView(app, ctx, VIEW.bestuurder, 'reden', async (p, client, taal) => {
    const m = leesMeta(bestuurderMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const r = await decideAsBestuurder(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      { besluit: m.besluit, reden: lees(v, 'reden') ?? '', verwijzing: lees(v, 'verwijzing') },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info(
      { casus: r.referentie, besluit: m.besluit, viewId: p.view.id },
      'bestuurder besliste via slack',
    );
    return {
      daarna: async () => {
        if (!m.kanaal) return;
        await meld(
          client,
          { gebruiker: p.user.id, kanaal: m.kanaal },
          tekst(taal, 'formulier.besluit.gedeeld_indiener', { referentie: r.referentie }),
          taal,
        );
      },
    };
  });

  verwerkView(app, ctx, VIEW.informatieVraag, 'vraag', async (p, client, taal) => {
    const m = leesMeta(informatieVraagMeta, p.view.private_metadata);
    await vraagInformatie(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      lees(p.view.state.values, 'vraag') ?? '',
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casusId: m.casusId, viewId: p.view.id }, 'informatie gevraagd via slack');
    return {
      daarna: async () => {
        if (!m.kanaal) return;
        await meld(
          client,
          { gebruiker: p.user.id, kanaal: m.kanaal },
          tekst(taal, 'formulier.informatie.vraag.verstuurd'),
          taal,
        );
      },
    };
  });

  verwerkView(app, ctx, VIEW.informatieAntwoord, 'antwoord', async (p) => {
    const m = leesMeta(informatieAntwoordMeta, p.view.private_metadata);
    await beantwoordInformatie(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.verzoekId,
      lees(p.view.state.values, 'antwoord') ?? '',
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ verzoekId: m.verzoekId, viewId: p.view.id }, 'informatie gegeven via slack');
    return {};
  });

  verwerkView(app, ctx, VIEW.evaluatie, 'toelichting', async (p) => {
    const m = leesMeta(evaluatieMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const gewerkt = lees(v, 'gewerkt');
    await legEvaluatieVast(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.besluitId,
      {
        gewerkt: (gewerkt === 'ja' ? true : gewerkt === 'nee' ? false : undefined) as boolean,
        toelichting: lees(v, 'toelichting') ?? '',
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ besluitId: m.besluitId, viewId: p.view.id }, 'evaluatie via slack');
    return {};
  });

  verwerkView(app, ctx, VIEW.toezegging, 'tekst', async (p, client, taal) => {
    const m = leesMeta(toezeggingMeta, p.view.private_metadata);
    const id = identiteit(p.user, p.team?.id);
    const r = await markeerToezeggingGedaan(
      ctx.d,
      id,
      m.toezeggingId,
      { tekst: lees(p.view.state.values, 'tekst') ?? '' },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'toezegging gedaan via slack');
    // The commitment leaves the list on App Home; the table reads what was done in the casus thread.
    return { daarna: () => publiceerHome(ctx, client, id, taal) };
  });

  verwerkView(app, ctx, VIEW.aanvullen, 'kostenMaatwerk', async (p) => {
    const m = leesMeta(aanvulMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const r = await vulCasusAan(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      Object.fromEntries(AANVUL_VELDEN.map((veld) => [veld, lees(v, veld)])),
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, nogOpen: r.nogOpen, viewId: p.view.id }, 'aanvulling via slack');
    return {};
  });

  verwerkView(app, ctx, VIEW.toestemming, 'toestemming', async (p) => {
    const m = leesMeta(toestemmingMeta, p.view.private_metadata);
    const v = p.view.state.values;
    const r = await legToestemmingVast(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.casusId,
      {
        toestemming: lees(v, 'toestemming') as 'ja_vastgelegd' | 'nee_afweging_vastgelegd',
        afweging: lees(v, 'afweging'),
      },
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info(
      { casus: r.referentie, toestemming: r.toestemming, viewId: p.view.id },
      'toestemming via slack',
    );
    return {};
  });

  verwerkView(app, ctx, VIEW.afwijking, 'toelichting', async (p, client, taal) => {
    const m = leesMeta(afwijkingMeta, p.view.private_metadata);
    const r = await lichtAfwijkingToe(
      ctx.d,
      identiteit(p.user, p.team?.id),
      m.besluitId,
      lees(p.view.state.values, 'toelichting') ?? '',
      { verzoek: verzoekSleutel(p) },
    );
    ctx.log.info({ casus: r.referentie, viewId: p.view.id }, 'afwijking toegelicht via slack');
    return {
      daarna: async () => {
        if (!m.kanaal) return;
        await meld(
          client,
          { gebruiker: p.user.id, kanaal: m.kanaal },
          tekst(taal, 'formulier.afwijking.opgeslagen', { referentie: r.referentie }),
          taal,
        );
      },
    };
  });
}
