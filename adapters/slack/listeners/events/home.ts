// App Home: published fresh each time the tab is opened, from the read models.
import type { App } from '@slack/bolt';
import { z } from '../../../../src/domain/validatie.ts';
import {
  mijnCasussen,
  mijnOpenBeslissingen,
  recenteBesluiten,
  voorzittersCasussen,
} from '../../../../src/services/overzicht.ts';
import { homeSchema } from '../../blockkit.ts';
import { homeEventSchema } from '../../payloads.ts';
import { homeView } from '../../weergave/home.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { taalVanActor } from '../taal.ts';

const omhulsel = z.object({ team_id: z.string().min(1).max(64).optional() });

export function registreer(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, body, client, context }) => {
    try {
      const e = homeEventSchema.parse(event);
      if (e.tab && e.tab !== 'home') return;
      const teamId = omhulsel.safeParse(body).data?.team_id;
      const id = { platform: 'slack' as const, extern: e.user, ...(teamId ? { werkruimte: teamId } : {}) };
      const [open, voorzitter, casussen, besluiten, taal] = await Promise.all([
        mijnOpenBeslissingen(ctx.d, id),
        voorzittersCasussen(ctx.d, id),
        mijnCasussen(ctx.d, id),
        recenteBesluiten(ctx.d, id),
        taalVanActor(context),
      ]);
      const view = homeSchema.parse(homeView({ open, voorzitter, casussen, besluiten }, taal));
      await client.views.publish({ user_id: e.user, view: view as never });
    } catch (fout) {
      logFout(ctx.log, fout, 'app home mislukt');
    }
  });
}
