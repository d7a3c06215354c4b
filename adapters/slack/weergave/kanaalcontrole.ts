// The chair's private answer after `/casus koppel`: what the check of the channel found. Counts, never
// names: the chair sees the channel's members in Slack itself and knows the table; the bot need not
// single anyone out, and nothing it says here is kept.
import type { Breedtereden, Onderdeel } from '../../../src/domain/kanaalbreedte.ts';
import type { Kanaalcontrole, Leesfout } from '../../../src/services/kanaalcontrole.ts';
import type { Sleutel } from '../../../src/taal/catalogus.ts';
import { LOCALE, type Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { COMMANDO } from '../ids.ts';
import { SLACK_OPMAAK } from '../tekst.ts';

const PLATFORM = { platform: 'slack' } as const;

const redenSleutel = (r: Breedtereden): Sleutel => `beheer.kanaal.reden.${r.soort}`;
const onderdeelSleutel = (o: Onderdeel): Sleutel => `beheer.kanaal.onderdeel.${o}`;
const leesfoutSleutel = (l: Leesfout): Sleutel => `beheer.kanaal.leesfout.${l}`;

/** "a, b and c" in the reader's language. */
const opsomming = (delen: string[], taal: Taal) =>
  new Intl.ListFormat(LOCALE[taal], { type: 'conjunction' }).format(delen);

const code = (s: string) => `\`${s}\``;

function redenRegel(t: Vertaler, r: Breedtereden): string {
  return t(redenSleutel(r), { ...PLATFORM, ...('aantal' in r ? { aantal: r.aantal } : {}) });
}

export function kanaalcontroleTekst(c: Kanaalcontrole, taal: Taal): string {
  const t = vertaler(taal, SLACK_OPMAAK);
  const tafel = c.soort === 'tafel';
  const regels: string[] = [];
  if (c.uitkomst === 'binnen_tafel') {
    regels.push(t(tafel ? 'beheer.kanaal.binnen.tafel' : 'beheer.kanaal.binnen.leer', PLATFORM));
    return regels.join('\n');
  }
  if (c.uitkomst === 'breder') {
    regels.push(
      tafel ? t('beheer.kanaal.breder.tafel', { tafel: c.tafelNaam }) : t('beheer.kanaal.breder.leer'),
    );
    for (const r of c.redenen) regels.push(`• ${redenRegel(t, r)}`);
    if (c.redenen.some((r) => r.soort === 'niet_leden')) regels.push(t('beheer.kanaal.wie', PLATFORM));
    regels.push(
      t(tafel ? 'beheer.kanaal.beter.tafel' : 'beheer.kanaal.beter.leer', {
        ...PLATFORM,
        opdracht: code(`${COMMANDO} koppel ${c.tafelSlug}${tafel ? '' : ' leer'}`),
      }),
    );
  } else {
    regels.push(t(tafel ? 'beheer.kanaal.onzeker.tafel' : 'beheer.kanaal.onzeker.leer', PLATFORM));
  }
  if (c.onbekend.length > 0)
    regels.push(
      t('beheer.kanaal.niet_gecontroleerd', {
        onderdelen: opsomming(
          c.onbekend.map((o) => t(onderdeelSleutel(o), PLATFORM)),
          taal,
        ),
      }),
    );
  if (c.leesfout)
    regels.push(t(leesfoutSleutel(c.leesfout), { ...PLATFORM, opdracht: code(`${COMMANDO} koppel`) }));
  return regels.join('\n');
}

/** When even the check could not be recorded (an error in the core): never silence. */
export const kanaalcontroleMislukt = (taal: Taal) => vertaler(taal)('beheer.kanaal.mislukt', PLATFORM);
