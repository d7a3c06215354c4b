// `/casus MW-2026-0042` (or `/casus bekijk MW-…`): the casus card, shown only to whoever asks, as that person
// may see it. The reference may come from anywhere (a link, a forwarded message, a search result): the core
// decides from stored state who may see the casus, refuses everyone else in Dutch and puts the attempt on
// record. The card's buttons are checked again when used.
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { kaartVoor } from '../../../../src/services/overzicht.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { berichtSchema } from '../../blockkit.ts';
import { md } from '../../tekst.ts';
import { kaartBlokken } from '../../weergave/kaart.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { type CommandoAntwoord, ephemeral } from './agenda.ts';

export async function bekijkAntwoord(
  ctx: SlackContext,
  id: Identiteit,
  taal: Taal,
  referentie: string,
): Promise<CommandoAntwoord> {
  try {
    const { kaart, mogelijkheden } = await kaartVoor(ctx.d, id, referentie, 'opdracht');
    // Shown to this person only: the chair finds the chair's menu here (the core's rule says who).
    const uit = berichtSchema.parse({
      text: md(`${kaart.casus.referentie} · ${kaart.casus.tafelNaam}`, 300),
      blocks: kaartBlokken(kaart, taal, { beheeracties: mogelijkheden.weergave.beheeracties }),
    });
    ctx.log.info({ referentie: kaart.casus.referentie }, 'casus bekeken via slack');
    return { response_type: 'ephemeral', text: uit.text, blocks: uit.blocks as never };
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(ctx.log, fout, 'casus bekijken geweigerd');
    return ephemeral(fout.tekst(taal));
  }
}
