// `/casus koppel <tafel> [leer]`: the chair binds this channel to the table (the service decides who may),
// then the adapter checks who can read the channel and the chair hears, in the same private answer,
// whether it is wider than the table. The binding stands either way: the chair may have reasons.
// The answer goes in the ack (or through response_url when slow), so it also reaches the chair in a
// channel the bot has not been invited to yet, where an ephemeral post would fail.
import type { WebClient } from '@slack/web-api';
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { controleerKanaal, koppelKanaal } from '../../../../src/services/kanaalcontrole.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import { COMMANDO } from '../../ids.ts';
import { leesKanaal } from '../../kanaalcontrole.ts';
import { kanaalcontroleMislukt, kanaalcontroleTekst } from '../../weergave/kanaalcontrole.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type CommandoAntwoord, ephemeral } from './agenda.ts';

export const koppelGebruik = (taal: Taal) =>
  tekst(taal, 'beheer.koppel.gebruik', {
    opdracht: `\`${COMMANDO} koppel <${tekst(taal, 'beheer.woord.tafel')}> [leer]\``,
  });

export async function koppelAntwoord(
  ctx: SlackContext,
  client: WebClient,
  id: Identiteit,
  taal: Taal,
  o: {
    tafel: string;
    soort: 'tafel' | 'leer';
    kanaalId: string;
    teamId: string;
    botUserId?: string | undefined;
  },
): Promise<CommandoAntwoord> {
  const kanaal = { platform: 'slack' as const, kanaalId: o.kanaalId, soort: o.soort };
  let r: Awaited<ReturnType<typeof koppelKanaal>>;
  try {
    r = await koppelKanaal(ctx.d, id, o.tafel, kanaal);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(ctx.log, fout, 'kanaal koppelen geweigerd');
    return ephemeral(fout.tekst(taal));
  }
  const gekoppeld = tekst(
    taal,
    o.soort === 'leer' ? 'beheer.koppel.gekoppeld.leer' : 'beheer.koppel.gekoppeld.tafel',
    {
      platform: 'slack',
      tafel: r.tafelNaam,
    },
  );
  let controle = kanaalcontroleMislukt(taal);
  try {
    const waarneming = await leesKanaal(client, {
      kanaalId: o.kanaalId,
      soort: o.soort,
      botUserId: o.botUserId,
      teamId: o.teamId,
    });
    const uitkomst = await controleerKanaal(ctx.d, id, { ...kanaal, tafelId: r.tafelId }, waarneming);
    ctx.log.info(
      {
        uitkomst: uitkomst.uitkomst,
        redenen: uitkomst.redenen.map((x) => x.soort),
        leesfout: uitkomst.leesfout ?? undefined,
      },
      'kanaal gecontroleerd',
    );
    controle = kanaalcontroleTekst(uitkomst, taal);
  } catch (fout) {
    logFout(ctx.log, fout, 'kanaal controleren mislukt');
  }
  return ephemeral(`${gekoppeld}\n\n${controle}`);
}
