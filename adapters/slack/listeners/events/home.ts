// App Home: published fresh each time the tab is opened, from the read models, and again after a
// commitment on it was marked done.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from '../../../../src/domain/validatie.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { mijnToezeggingen } from '../../../../src/services/opvolging.ts';
import {
  mijnCasussen,
  mijnOpenBeslissingen,
  recenteBesluiten,
  voorzittersCasussen,
} from '../../../../src/services/overzicht.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { homeSchema } from '../../blockkit.ts';
import { homeEventSchema } from '../../payloads.ts';
import { homeView } from '../../weergave/home.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { taalVanActor } from '../taal.ts';

const omhulsel = z.object({ team_id: z.string().min(1).max(64).optional() });

/** Reads what the person's App Home shows and publishes it. */
export async function publiceerHome(
  ctx: SlackContext,
  client: WebClient,
  id: Identiteit,
  taal: Taal,
): Promise<void> {
  const [open, voorzitter, casussen, besluiten, toezeggingen] = await Promise.all([
    mijnOpenBeslissingen(ctx.d, id),
    voorzittersCasussen(ctx.d, id),
    mijnCasussen(ctx.d, id),
    recenteBesluiten(ctx.d, id),
    mijnToezeggingen(ctx.d, id),
  ]);
  const view = homeSchema.parse(homeView({ open, voorzitter, casussen, besluiten, toezeggingen }, taal));
  await client.views.publish({ user_id: id.extern, view: view as never });
}

export function registreer(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, body, client, context }) => {
    try {
      const e = homeEventSchema.parse(event);
      if (e.tab && e.tab !== 'home') return;
      const teamId = omhulsel.safeParse(body).data?.team_id;
      const id = { platform: 'slack' as const, extern: e.user, ...(teamId ? { werkruimte: teamId } : {}) };
      await publiceerHome(ctx, client, id, await taalVanActor(context));
    } catch (fout) {
      logFout(ctx.log, fout, 'app home mislukt');
    }
  });
}
