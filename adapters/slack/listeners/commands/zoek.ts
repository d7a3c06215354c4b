// `/casus zoek <woorden>`: earlier besluiten the person may see, ranked by the register (the service
// decides access and validates the query); shown only to them.
import { isDomeinFout, veldTekst } from '../../../../src/domain/fouten.ts';
import { alsWeergave } from '../../../../src/register/berichten.ts';
import { zoekBesluiten } from '../../../../src/register/zoeken.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import { berichtSchema } from '../../blockkit.ts';
import { COMMANDO } from '../../ids.ts';
import { md } from '../../tekst.ts';
import { zoekresultaatBlokken } from '../../weergave/register.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type CommandoAntwoord, ephemeral } from './agenda.ts';

const zoekGebruik = (taal: Taal) =>
  tekst(taal, 'beheer.register.zoek.gebruik', {
    opdracht: `\`${COMMANDO} zoek <${tekst(taal, 'beheer.woord.woorden')}>\``,
    voorbeeld: `\`${COMMANDO} zoek ${tekst(taal, 'beheer.woord.zoekvoorbeeld')}\``,
  });

export async function zoekAntwoord(
  ctx: SlackContext,
  id: Identiteit,
  taal: Taal,
  woorden: string,
): Promise<CommandoAntwoord> {
  if (!woorden.trim()) return ephemeral(zoekGebruik(taal));
  try {
    const resultaten = await zoekBesluiten(ctx.d, id, { woorden, limiet: 5 });
    const blocks = zoekresultaatBlokken(woorden, resultaten.map(alsWeergave), taal);
    const uit = berichtSchema.parse({
      text: md(tekst(taal, 'beheer.register.zoek.gevonden', { aantal: resultaten.length }), 300),
      blocks,
    });
    ctx.log.info({ resultaten: resultaten.length }, 'zoeken via slack');
    return { response_type: 'ephemeral', text: uit.text, blocks: uit.blocks as never };
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(ctx.log, fout, 'zoeken geweigerd');
    const melding = fout.tekst(taal);
    const velden = fout.velden.map((v) => veldTekst(v, taal)).filter((b) => b !== melding);
    return ephemeral(md([melding, ...velden].join(' '), 2000));
  }
}
