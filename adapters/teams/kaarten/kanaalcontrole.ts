// What the chair reads after `koppel`: the check of the channel, in Dutch. Counts, never names: the answer
// is a reply in the channel itself, and the chair sees its members under "Kanaal beheren" and knows the
// table; the bot need not single anyone out in front of the channel.
import type { Breedtereden, Onderdeel } from '../../../src/domain/kanaalbreedte.ts';
import type { Kanaalcontrole, Leesfout } from '../../../src/services/kanaalcontrole.ts';
import { type Element, tekst, waarschuwing } from './bouwstenen.ts';

const telwoord = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

function redenTekst(r: Breedtereden): string {
  switch (r.soort) {
    case 'openbaar':
      return 'Het is een standaardkanaal: iedereen in het team leest mee, ook wie later aan het team wordt toegevoegd.';
    case 'gedeeld':
      return 'Het is een gedeeld kanaal: er kunnen mensen uit andere teams of organisaties in zitten.';
    case 'niet_leden':
      return `${telwoord(r.aantal, 'deelnemer zit', 'deelnemers zitten')} niet aan de tafel.`;
    case 'gasten':
      return `${r.aantal === 1 ? 'Er zit 1 gast' : `Er zitten ${r.aantal} gasten`} in.`;
    case 'andere_organisatie':
      return `${telwoord(r.aantal, 'deelnemer is', 'deelnemers zijn')} van een andere organisatie (tenant).`;
  }
}

const ONDERDEEL: Record<Onderdeel, string> = {
  openbaar: 'of het een standaard- of privékanaal is',
  gedeeld: 'of het een gedeeld kanaal is',
  aanwezigen: 'wie erin zit',
  gasten: 'of er gasten in zitten',
  organisatie: 'van welke organisatie de deelnemers zijn',
};

const LEESFOUT: Record<Leesfout, string> = {
  geen_rechten:
    'De bot mag de leden van dit kanaal niet opvragen. Vraag de beheerder de app opnieuw toe te voegen aan het team.',
  niet_in_kanaal:
    'De bot is (nog) niet aan dit team of kanaal toegevoegd. Voeg de app toe en stuur "koppel" opnieuw, dan controleer ik het.',
  storing: 'Teams gaf geen bruikbaar antwoord. Probeer het later opnieuw.',
};

const opsomming = (delen: string[]) =>
  delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;

export function kanaalcontroleRegels(c: Kanaalcontrole): Element[] {
  const tafel = c.soort === 'tafel';
  if (c.uitkomst === 'binnen_tafel') {
    return [
      tekst(
        tafel
          ? 'Gecontroleerd: dit is een privékanaal, niet gedeeld, en er zitten alleen leden van de tafel in.'
          : 'Gecontroleerd: dit leerkanaal is niet gedeeld en er zitten geen gasten of deelnemers van een andere organisatie in.',
      ),
    ];
  }
  const regels: Element[] = [];
  if (c.uitkomst === 'breder') {
    regels.push(
      waarschuwing(
        tafel
          ? `Let op: dit kanaal is breder dan ${c.tafelNaam}. Wie het kanaal kan lezen, leest elke casus die hier verschijnt.`
          : 'Let op: dit leerkanaal reikt buiten uw organisatie. De besluiten met hun hoe en waarom zijn dan ook daar te lezen.',
      ),
    );
    for (const r of c.redenen) regels.push(tekst(`• ${redenTekst(r)}`, { spacing: 'small' }));
    if (c.redenen.some((r) => r.soort === 'niet_leden'))
      regels.push(tekst('Wie dat zijn, ziet u bij de leden van het kanaal ("Kanaal beheren").'));
    regels.push(
      tekst(
        tafel
          ? `De koppeling geldt wel. Beter is een privékanaal met alleen de leden van de tafel: stuur daar "koppel ${c.tafelSlug}".`
          : `De koppeling geldt wel. Beter is een kanaal binnen uw eigen organisatie: stuur daar "koppel ${c.tafelSlug} leerkanaal".`,
      ),
    );
  } else {
    regels.push(
      waarschuwing(
        tafel
          ? 'Ik kon niet controleren of dit kanaal breder is dan de tafel. Ga er niet van uit dat het goed is: kijk zelf of het een privékanaal is met alleen de leden van de tafel.'
          : 'Ik kon niet controleren of dit leerkanaal buiten uw organisatie reikt. Ga er niet van uit dat het goed is: kijk zelf of het niet gedeeld is en of er geen gasten in zitten.',
      ),
    );
  }
  if (c.onbekend.length > 0)
    regels.push(tekst(`Niet gecontroleerd: ${opsomming(c.onbekend.map((o) => ONDERDEEL[o]))}.`));
  if (c.leesfout) regels.push(tekst(LEESFOUT[c.leesfout]));
  return regels;
}

export const KANAALCONTROLE_MISLUKT =
  'Ik kon niet controleren wie dit kanaal kan lezen. Ga er niet van uit dat het goed is: kijk zelf of het een privékanaal is en wie erin zit.';
