// `/casus zoek <woorden>`: earlier besluiten the person may see, ranked by the register (the service
// decides access and validates the query); shown only to them.
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import { alsWeergave } from '../../../../src/register/berichten.ts';
import { zoekBesluiten } from '../../../../src/register/zoeken.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { berichtSchema } from '../../blockkit.ts';
import { COMMANDO } from '../../ids.ts';
import { md } from '../../tekst.ts';
import { zoekresultaatBlokken } from '../../weergave/register.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type CommandoAntwoord, ephemeral } from './agenda.ts';

export const ZOEK_GEBRUIK = `Gebruik: \`${COMMANDO} zoek <woorden>\`, bijvoorbeeld \`${COMMANDO} zoek kostendelersnorm huur\`.`;

export async function zoekAntwoord(
  ctx: SlackContext,
  id: Identiteit,
  woorden: string,
): Promise<CommandoAntwoord> {
  if (!woorden.trim()) return ephemeral(ZOEK_GEBRUIK);
  try {
    const resultaten = await zoekBesluiten(ctx.d, id, { woorden, limiet: 5 });
    const blocks = zoekresultaatBlokken(woorden, resultaten.map(alsWeergave), 'nl');
    const uit = berichtSchema.parse({
      text: md(`${resultaten.length} eerdere besluiten gevonden`, 300),
      blocks,
    });
    ctx.log.info({ resultaten: resultaten.length }, 'zoeken via slack');
    return { response_type: 'ephemeral', text: uit.text, blocks: uit.blocks as never };
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(ctx.log, fout, 'zoeken geweigerd');
    const velden = fout.velden.map((v) => v.bericht).filter((b) => b !== fout.message);
    return ephemeral(md([fout.message, ...velden].join(' '), 2000));
  }
}
