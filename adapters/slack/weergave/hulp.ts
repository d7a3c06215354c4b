// Replies to `/casus <opdracht>` that need no service: help and usage.
import type { Taal } from '../../../src/taal/taal.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { COMMANDO } from '../ids.ts';
import { md, SLACK_OPMAAK } from '../tekst.ts';

const code = (s: string) => `\`${s}\``;

export function hulp(taal: Taal): string {
  const t = vertaler(taal, SLACK_OPMAAK);
  const tafel = t('beheer.woord.tafel');
  const regel = (sleutel: Parameters<typeof t>[0], opdracht: string) =>
    `• ${t(sleutel, { opdracht: code(opdracht) })}`;
  return [
    t('beheer.hulp.kop'),
    regel('beheer.hulp.nieuw', COMMANDO),
    regel('beheer.hulp.zoek', `${COMMANDO} zoek <${t('beheer.woord.woorden')}>`),
    regel('beheer.hulp.agenda', `${COMMANDO} agenda [${tafel}]`),
    regel('beheer.hulp.bekijk', `${COMMANDO} MW-2026-0042`),
    regel('beheer.hulp.koppel', `${COMMANDO} koppel <${tafel}> [leer]`),
    regel('beheer.hulp.hulp', `${COMMANDO} help`),
    t('beheer.hulp.voorzitter', { opdracht: code(`${COMMANDO} MW-2026-0042`) }),
    t('beheer.hulp.home'),
  ].join('\n');
}

/** `/casus agenda` without a table where no table is bound to the channel. */
export function agendaWelkeTafel(slugs: string[], taal: Taal): string {
  const t = vertaler(taal, SLACK_OPMAAK);
  return t('beheer.agenda.welke_tafel', {
    platform: 'slack',
    opdracht: code(`${COMMANDO} agenda <${t('beheer.woord.tafel')}>`),
    metVoorbeelden: slugs.length > 0 ? 'ja' : 'nee',
    voorbeelden: slugs
      .slice(0, 10)
      .map((s) => code(md(s, 60)))
      .join(', '),
    kort: code(`${COMMANDO} agenda`),
  });
}

export const onbekendeOpdracht = (opdracht: string, taal: Taal) =>
  `${vertaler(taal, SLACK_OPMAAK)('beheer.hulp.onbekend', { opdracht: code(md(opdracht, 40)) })}\n${hulp(taal)}`;
