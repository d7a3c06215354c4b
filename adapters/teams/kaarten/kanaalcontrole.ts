// What the chair reads after `koppel`: the check of the channel. Counts, never names: the answer is a
// reply in the channel itself, and the chair sees its members under "Kanaal beheren" and knows the table;
// the bot need not single anyone out in front of the channel.
import type { Breedtereden, Onderdeel } from '../../../src/domain/kanaalbreedte.ts';
import type { Kanaalcontrole, Leesfout } from '../../../src/services/kanaalcontrole.ts';
import type { Sleutel } from '../../../src/taal/catalogus.ts';
import { LOCALE, type Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { type Element, tekst, waarschuwing } from './bouwstenen.ts';

// Plain text: a warning is already bold as a whole, and a reply card has no inline code.
const PLATFORM = { platform: 'teams' } as const;

const redenSleutel = (r: Breedtereden): Sleutel => `beheer.kanaal.reden.${r.soort}`;
const onderdeelSleutel = (o: Onderdeel): Sleutel => `beheer.kanaal.onderdeel.${o}`;
const leesfoutSleutel = (l: Leesfout): Sleutel => `beheer.kanaal.leesfout.${l}`;

const opsomming = (delen: string[], taal: Taal) =>
  new Intl.ListFormat(LOCALE[taal], { type: 'conjunction' }).format(delen);

const aanhalen = (s: string) => `"${s}"`;

function redenRegel(t: Vertaler, r: Breedtereden): string {
  return t(redenSleutel(r), { ...PLATFORM, ...('aantal' in r ? { aantal: r.aantal } : {}) });
}

export function kanaalcontroleRegels(c: Kanaalcontrole, taal: Taal): Element[] {
  const t = vertaler(taal);
  const tafel = c.soort === 'tafel';
  if (c.uitkomst === 'binnen_tafel') {
    return [tekst(t(tafel ? 'beheer.kanaal.binnen.tafel' : 'beheer.kanaal.binnen.leer', PLATFORM))];
  }
  const regels: Element[] = [];
  if (c.uitkomst === 'breder') {
    regels.push(
      waarschuwing(
        tafel ? t('beheer.kanaal.breder.tafel', { tafel: c.tafelNaam }) : t('beheer.kanaal.breder.leer'),
      ),
    );
    for (const r of c.redenen) regels.push(tekst(`• ${redenRegel(t, r)}`, { spacing: 'small' }));
    if (c.redenen.some((r) => r.soort === 'niet_leden')) regels.push(tekst(t('beheer.kanaal.wie', PLATFORM)));
    regels.push(
      tekst(
        t(tafel ? 'beheer.kanaal.beter.tafel' : 'beheer.kanaal.beter.leer', {
          ...PLATFORM,
          opdracht: aanhalen(`koppel ${c.tafelSlug}${tafel ? '' : ' leerkanaal'}`),
        }),
      ),
    );
  } else {
    regels.push(
      waarschuwing(t(tafel ? 'beheer.kanaal.onzeker.tafel' : 'beheer.kanaal.onzeker.leer', PLATFORM)),
    );
  }
  if (c.onbekend.length > 0)
    regels.push(
      tekst(
        t('beheer.kanaal.niet_gecontroleerd', {
          onderdelen: opsomming(
            c.onbekend.map((o) => t(onderdeelSleutel(o), PLATFORM)),
            taal,
          ),
        }),
      ),
    );
  if (c.leesfout)
    regels.push(tekst(t(leesfoutSleutel(c.leesfout), { ...PLATFORM, opdracht: aanhalen('koppel') })));
  return regels;
}

/** When even the check could not be recorded (an error in the core): never silence. */
export const kanaalcontroleMislukt = (taal: Taal) => vertaler(taal)('beheer.kanaal.mislukt', PLATFORM);
