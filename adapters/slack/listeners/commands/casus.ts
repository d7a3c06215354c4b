// `/casus [nieuw|help|zoek|agenda|koppel|<referentie>|<tekst>]`. The form opens after the ack; the rest answers in
// the ack (or through response_url when it takes longer).
import type { App } from '@slack/bolt';
import { isReferentie } from '../../../../src/domain/referentie.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import { COMMANDO } from '../../ids.ts';
import { commandoSchema, identiteit } from '../../payloads.ts';
import { md } from '../../tekst.ts';
import { hulp, onbekendeOpdracht } from '../../weergave/hulp.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { openIntake } from '../openen.ts';
import { taalVanActor } from '../taal.ts';
import { agendaAntwoord, binnenAck, ephemeral } from './agenda.ts';
import { bekijkAntwoord } from './bekijk.ts';
import { koppelAntwoord, koppelGebruik } from './koppel.ts';
import { zoekAntwoord } from './zoek.ts';

export function registreer(app: App, ctx: SlackContext): void {
  app.command(COMMANDO, async ({ command, ack, client, respond, context }) => {
    const p = commandoSchema.safeParse(command);
    if (!p.success) {
      await ack(ephemeral(tekst(await taalVanActor(context), 'formulier.onleesbaar_verzoek')));
      return;
    }
    const c = p.data;
    const id = identiteit({ id: c.user_id, ...(c.user_name ? { name: c.user_name } : {}) }, c.team_id);
    const [opdracht = '', ...rest] = c.text.trim().split(/\s+/).filter(Boolean);
    const taal = () => taalVanActor(context);
    try {
      // A reference, alone or after `bekijk`: the casus as this person may see it.
      const gevraagd = (opdracht.toLowerCase() === 'bekijk' ? (rest[0] ?? '') : opdracht).toUpperCase();
      const referentie = isReferentie(gevraagd) ? gevraagd : null;
      if (referentie) {
        await binnenAck(ctx, ack, respond, taal(), (t) => bekijkAntwoord(ctx, id, t, referentie));
        return;
      }
      switch (opdracht.toLowerCase()) {
        case '':
        case 'nieuw':
        case 'new':
          await ack();
          await openIntake(ctx, client, {
            identiteit: id,
            triggerId: c.trigger_id,
            kanaal: c.channel_id,
            // `/casus nieuw <tekst>`: the text starts the situation.
            situatie: rest.length > 0 ? c.text.trim().slice(opdracht.length).trim() : undefined,
            taal: await taalVanActor(context),
          });
          return;
        case 'help':
        case 'hulp':
          await ack(ephemeral(hulp(await taal())));
          return;
        case 'zoek':
        case 'search':
          await binnenAck(ctx, ack, respond, taal(), (t) => zoekAntwoord(ctx, id, t, rest.join(' ')));
          return;
        case 'agenda':
          await binnenAck(ctx, ack, respond, taal(), (t) =>
            agendaAntwoord(ctx, id, t, { kanaal: c.channel_id, tafel: rest[0] }),
          );
          return;
        case 'koppel': {
          const [tafel, soort] = rest;
          const kanaalId = c.channel_id;
          if (!tafel || !kanaalId || (soort && soort !== 'leer')) {
            await ack(ephemeral(koppelGebruik(await taal())));
            return;
          }
          await binnenAck(ctx, ack, respond, taal(), (t) =>
            koppelAntwoord(ctx, client, id, t, {
              tafel,
              soort: soort === 'leer' ? 'leer' : 'tafel',
              kanaalId,
              teamId: c.team_id,
              botUserId: context.botUserId,
            }),
          );
          return;
        }
        default:
          // `/casus <tekst>` (more than one word): the text starts the situation of a new casus; the
          // privacy gate checks it on submit like anything typed.
          if (rest.length > 0) {
            await ack();
            await openIntake(ctx, client, {
              identiteit: id,
              triggerId: c.trigger_id,
              kanaal: c.channel_id,
              situatie: c.text.trim(),
              taal: await taalVanActor(context),
            });
            return;
          }
          await ack(ephemeral(onbekendeOpdracht(opdracht, await taal())));
      }
    } catch (fout) {
      logFout(ctx.log, fout, 'slash-opdracht mislukt', { opdracht: md(opdracht, 20) });
    }
  });
}
