// The chair's menu (overflow on the card and in the chair's DM) and the submitter's "withdraw" button:
// ack at once, then ask the core whether this person may use the control and open its modal, or refuse
// privately. The option's value only names the action and the casus; it grants nothing.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from '../../../../src/domain/validatie.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { ACTIE, knopWaarde } from '../../ids.ts';
import { actieSchema, identiteit } from '../../payloads.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { openBeheer } from '../openen.ts';
import { taalVanActor } from '../taal.ts';

const menuKeuze = z
  .string()
  .regex(/^[a-z_]+\|[^|]+$/)
  .transform((v) => {
    const [actie, casusId] = v.split('|') as [string, string];
    return { actie, casusId };
  });

async function behandel(ctx: SlackContext, client: WebClient, body: unknown, taal: Taal) {
  const p = actieSchema.parse(body);
  const a = p.actions[0]!;
  const keuze =
    a.action_id === ACTIE.intrekken
      ? { actie: 'intrekken', casusId: knopWaarde.parse(a.value) }
      : menuKeuze.parse(a.selected_option?.value);
  await openBeheer(ctx, client, {
    identiteit: identiteit(p.user, p.team?.id),
    waar: {
      gebruiker: p.user.id,
      kanaal: p.channel?.id ?? p.container?.channel_id,
      triggerId: p.trigger_id,
    },
    ...keuze,
    taal,
  });
}

export function registreer(app: App, ctx: SlackContext): void {
  for (const actie of [ACTIE.beheer, ACTIE.intrekken]) {
    app.action(actie, async ({ ack, body, client, context }) => {
      await ack();
      try {
        await behandel(ctx, client, body, await taalVanActor(context));
      } catch (fout) {
        logFout(ctx.log, fout, 'voorzittersactie-openen-mislukt');
      }
    });
  }
}
