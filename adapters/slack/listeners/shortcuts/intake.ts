// The global shortcut and the message shortcut open the intake; the message's text pre-fills the situation
// (the privacy gate checks it like anything typed, when the form is submitted).
import type { App } from '@slack/bolt';
import { SHORTCUT } from '../../ids.ts';
import { berichtShortcutSchema, identiteit, shortcutSchema } from '../../payloads.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { openIntake } from '../openen.ts';
import { taalVanActor } from '../taal.ts';

export function registreer(app: App, ctx: SlackContext): void {
  app.shortcut(SHORTCUT.nieuw, async ({ shortcut, ack, client, context }) => {
    await ack();
    try {
      const s = shortcutSchema.parse(shortcut);
      await openIntake(ctx, client, {
        identiteit: identiteit(s.user, s.team?.id),
        triggerId: s.trigger_id,
        taal: await taalVanActor(context),
      });
    } catch (fout) {
      logFout(ctx.log, fout, 'shortcut mislukt', { shortcut: SHORTCUT.nieuw });
    }
  });

  app.shortcut(SHORTCUT.uitBericht, async ({ shortcut, ack, client, context }) => {
    await ack();
    try {
      const s = berichtShortcutSchema.parse(shortcut);
      await openIntake(ctx, client, {
        identiteit: identiteit(s.user, s.team?.id),
        triggerId: s.trigger_id,
        kanaal: s.channel?.id,
        situatie: s.message?.text,
        taal: await taalVanActor(context),
      });
    } catch (fout) {
      logFout(ctx.log, fout, 'shortcut mislukt', { shortcut: SHORTCUT.uitBericht });
    }
  });
}
