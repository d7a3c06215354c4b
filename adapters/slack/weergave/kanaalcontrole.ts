// The chair's private answer after `/casus koppel`: what the check of the channel found, in Dutch. Counts,
// never names: the chair sees the channel's members in Slack itself and knows the table; the bot need not
// single anyone out, and nothing it says here is kept.
import type { Breedtereden, Onderdeel } from '../../../src/domain/kanaalbreedte.ts';
import type { Kanaalcontrole, Leesfout } from '../../../src/services/kanaalcontrole.ts';
import { COMMANDO } from '../ids.ts';

const telwoord = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

function redenTekst(r: Breedtereden): string {
  switch (r.soort) {
    case 'openbaar':
      return 'het is een openbaar kanaal: iedereen in de werkruimte kan het vinden, lid worden en meelezen';
    case 'gedeeld':
      return 'het is gedeeld met een andere werkruimte of organisatie (Slack Connect of gedeeld binnen de organisatie)';
    case 'niet_leden':
      return `${telwoord(r.aantal, 'deelnemer zit', 'deelnemers zitten')} niet aan de tafel`;
    case 'gasten':
      return `${r.aantal === 1 ? 'er zit 1 gastaccount' : `er zitten ${r.aantal} gastaccounts`} in`;
    case 'andere_organisatie':
      return `${telwoord(r.aantal, 'account is', 'accounts zijn')} van een andere organisatie`;
  }
}

const ONDERDEEL: Record<Onderdeel, string> = {
  openbaar: 'of het kanaal openbaar is',
  gedeeld: 'of het gedeeld is met een andere organisatie',
  aanwezigen: 'wie erin zit',
  gasten: 'of er gasten in zitten',
  organisatie: 'van welke organisatie de deelnemers zijn',
};

const LEESFOUT: Record<Leesfout, string> = {
  geen_rechten:
    'De app mist een recht om dit kanaal te bekijken (channels:read, groups:read): vraag de beheerder de app opnieuw te installeren vanuit het manifest.',
  niet_in_kanaal: `De maatwerkbot zit nog niet in dit kanaal. Nodig hem uit (\`/invite @Maatwerkbot\`) en typ \`${COMMANDO} koppel\` opnieuw, dan controleer ik het.`,
  storing: 'Slack gaf geen bruikbaar antwoord. Probeer het later opnieuw.',
};

const opsomming = (delen: string[]) =>
  delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;

export function kanaalcontroleTekst(c: Kanaalcontrole): string {
  const tafel = c.soort === 'tafel';
  const regels: string[] = [];
  if (c.uitkomst === 'binnen_tafel') {
    regels.push(
      tafel
        ? 'Gecontroleerd: dit kanaal is besloten, niet gedeeld met een andere organisatie, en er zitten alleen leden van de tafel in.'
        : 'Gecontroleerd: dit leerkanaal is niet gedeeld met een andere organisatie en er zitten geen gasten of accounts van een andere organisatie in.',
    );
    return regels.join('\n');
  }
  if (c.uitkomst === 'breder') {
    regels.push(
      tafel
        ? `*Let op: dit kanaal is breder dan ${c.tafelNaam}.* Wie het kanaal kan lezen, leest elke casus die hier verschijnt:`
        : '*Let op: dit leerkanaal reikt buiten uw organisatie.* De besluiten met hun hoe en waarom zijn dan ook daar te lezen:',
    );
    for (const r of c.redenen) regels.push(`• ${redenTekst(r)}`);
    if (c.redenen.some((r) => r.soort === 'niet_leden'))
      regels.push('Wie dat zijn, ziet u bij de leden van het kanaal (klik op de kanaalnaam).');
    regels.push(
      tafel
        ? `De koppeling geldt wel. Beter is een besloten kanaal met alleen de leden van de tafel: typ daar \`${COMMANDO} koppel ${c.tafelSlug}\`.`
        : `De koppeling geldt wel. Beter is een kanaal binnen uw eigen organisatie: typ daar \`${COMMANDO} koppel ${c.tafelSlug} leer\`.`,
    );
  } else {
    regels.push(
      tafel
        ? '*Ik kon niet controleren of dit kanaal breder is dan de tafel.* Ga er niet van uit dat het goed is: kijk zelf of het kanaal besloten is en of er alleen leden van de tafel in zitten.'
        : '*Ik kon niet controleren of dit leerkanaal buiten uw organisatie reikt.* Ga er niet van uit dat het goed is: kijk zelf of het niet gedeeld is en of er geen gasten in zitten.',
    );
  }
  if (c.onbekend.length > 0)
    regels.push(`Niet gecontroleerd: ${opsomming(c.onbekend.map((o) => ONDERDEEL[o]))}.`);
  if (c.leesfout) regels.push(LEESFOUT[c.leesfout]);
  return regels.join('\n');
}

/** When even the check could not be recorded (an error in the core): never silence. */
export const KANAALCONTROLE_MISLUKT =
  'Ik kon niet controleren wie dit kanaal kan lezen. Ga er niet van uit dat het goed is: kijk zelf of het kanaal besloten is en wie erin zit.';
