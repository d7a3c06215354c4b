// The decision buttons (card, reminder, escalation DMs) and the App Home selects: ack at once, then ask the
// core what this person may do and open the modal, or refuse privately. Nothing is stored here.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from '../../../../src/domain/validatie.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { ACTIE, ACTIE_PATROON, huidigeActie, knopWaarde } from '../../ids.ts';
import { type ActiePayload, actieSchema, identiteit } from '../../payloads.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { openBeslissing } from '../openen.ts';
import { taalVanActor } from '../taal.ts';

const homeKeuze = z
  .string()
  .regex(/^(antwoord|reactie|voorzitter|bestuurder):[a-z_]+\|[^|]+$/) // reactie: oude naam (an App Home before the rename)
  .transform((v) => {
    const [actie, casusId] = v.split('|') as [string, string];
    return { actie, casusId };
  });

async function behandel(ctx: SlackContext, client: WebClient, body: unknown, taal: Taal) {
  const p: ActiePayload = actieSchema.parse(body);
  const a = p.actions[0]!;
  const keuze =
    a.action_id === ACTIE.kies
      ? homeKeuze.parse(a.selected_option?.value)
      : { actie: a.action_id, casusId: knopWaarde.parse(a.value) };
  await openBeslissing(ctx, client, {
    identiteit: identiteit(p.user, p.team?.id),
    waar: {
      gebruiker: p.user.id,
      kanaal: p.channel?.id ?? p.container?.channel_id,
      triggerId: p.trigger_id,
    },
    actie: huidigeActie(keuze.actie),
    casusId: keuze.casusId,
    pad: a.action_id === ACTIE.kies ? 'home' : 'kaart',
    taal,
  });
}

export function registreer(app: App, ctx: SlackContext): void {
  for (const patroon of [
    ACTIE_PATROON.antwoord,
    ACTIE_PATROON.voorzitter,
    ACTIE_PATROON.bestuurder,
    ACTIE.kies,
  ]) {
    app.action(patroon, async ({ ack, body, client, context }) => {
      await ack();
      try {
        await behandel(ctx, client, body, await taalVanActor(context));
      } catch (fout) {
        logFout(ctx.log, fout, 'beslisknop-mislukt');
      }
    });
  }
}
