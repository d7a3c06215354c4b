// `/casus agenda [tafel]`: the agenda of the table's next meeting, as it stands now, for its members only
// (decided by the service). The table is the one named, else the one bound to this channel, else the
// workspace's only table. The answer is the same Block Kit as the scheduled agenda, but ephemeral.
import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import { agendaOpVerzoek } from '../../../../src/services/agenda.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { tafelsVoorIndiener, tafelVoorKanaal } from '../../../../src/services/overzicht.ts';
import { STANDAARDTAAL, type Taal } from '../../../../src/taal/taal.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import { berichtSchema } from '../../blockkit.ts';
import { slackBericht } from '../../weergave/berichten.ts';
import { agendaWelkeTafel } from '../../weergave/hulp.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { STANDAARD_ACK_BINNEN_MS } from '../views/verwerk.ts';

export type CommandoAntwoord = RespondArguments & { response_type: 'ephemeral' };

export const ephemeral = (text: string): CommandoAntwoord => ({ response_type: 'ephemeral', text });

export async function agendaAntwoord(
  ctx: SlackContext,
  id: Identiteit,
  taal: Taal,
  o: { kanaal?: string | undefined; tafel?: string | undefined },
): Promise<CommandoAntwoord> {
  let tafel = o.tafel?.toLowerCase();
  if (!tafel && o.kanaal) tafel = (await tafelVoorKanaal(ctx.d, 'slack', o.kanaal))?.id;
  if (!tafel) {
    const { tafels } = await tafelsVoorIndiener(ctx.d, id);
    if (tafels.length !== 1)
      return ephemeral(
        agendaWelkeTafel(
          tafels.map((t) => t.slug),
          taal,
        ),
      );
    tafel = tafels[0]!.id;
  }
  try {
    const agenda = await agendaOpVerzoek(ctx.d, id, tafel);
    const uit = berichtSchema.parse(
      slackBericht(
        agenda,
        { soort: 'persoon', platform: 'slack', extern: id.extern, persoonId: '', naam: '', taal },
        null,
      ),
    );
    ctx.log.info({ punten: agenda.punten.length }, 'agenda op verzoek via slack');
    return { response_type: 'ephemeral', text: uit.text, blocks: uit.blocks as never };
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(ctx.log, fout, 'agenda geweigerd');
    return ephemeral(fout.tekst(taal));
  }
}

/**
 * Answers a slash command in its ack when the work is done in time (Slack gives 3 seconds); otherwise
 * acks with a holding line and sends the answer through the command's response_url when it is ready.
 * The person's language is looked up inside that window too: a slow database must not make the ack late,
 * so the holding line is in Dutch when the language is not known yet.
 */
export async function binnenAck(
  ctx: SlackContext,
  ack: AckFn<string | RespondArguments>,
  respond: RespondFn,
  taalVraag: Promise<Taal>,
  werk: (taal: Taal) => Promise<CommandoAntwoord>,
): Promise<void> {
  let taal: Taal = STANDAARDTAAL;
  const bezig = taalVraag
    .then((t) => {
      taal = t;
      return werk(t);
    })
    .then(
      (antwoord) => ({ antwoord }),
      (fout: unknown) => ({ fout }),
    );
  let klok: NodeJS.Timeout | undefined;
  const teLaat = new Promise<null>((klaar) => {
    klok = setTimeout(() => klaar(null), ctx.ackBinnenMs ?? STANDAARD_ACK_BINNEN_MS);
  });
  const vroeg = await Promise.race([bezig, teLaat]);
  clearTimeout(klok);
  if (vroeg) {
    if ('fout' in vroeg) logFout(ctx.log, vroeg.fout, 'slash-opdracht mislukt');
    await ack('fout' in vroeg ? ephemeral(tekst(taal, 'beheer.agenda.mislukt')) : vroeg.antwoord);
    return;
  }
  await ack(ephemeral(tekst(taal, 'beheer.agenda.bezig')));
  const r = await bezig;
  if ('fout' in r) logFout(ctx.log, r.fout, 'slash-opdracht mislukt');
  await respond('fout' in r ? ephemeral(tekst(taal, 'beheer.agenda.mislukt')) : r.antwoord);
}
