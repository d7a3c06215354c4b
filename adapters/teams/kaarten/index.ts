// Each neutral message kind (src/domain/berichten.ts) as an Adaptive Card, with the short text Teams
// shows in notifications. Pure: the same message gives the same card.
import type { Bericht } from '../../../src/domain/berichten.ts';
import { label } from '../../../src/domain/woorden.ts';
import { besluitkaart, escalatiekaart } from './besluitkaarten.ts';
import { type AdaptiveKaart, kaartBericht, tekst } from './bouwstenen.ts';
import { casuskaart } from './casuskaart.ts';
import {
  agendakaart,
  crisiskaart,
  eenvoudig,
  evaluatiekaart,
  informatieantwoordkaart,
  informatievraagkaart,
  meldingkaart,
  ontvangenkaart,
  toestemmingkaart,
  verwijderdkaart,
  weekoverzichtkaart,
} from './meldingen.ts';
import {
  afwijkingtoegelichtkaart,
  afwijkingvraagkaart,
  type RapportGrafiek,
  rapportkaart,
} from './register.ts';
import { moment } from './woorden.ts';

export interface WeergaveOpties {
  /** Teams user ids of the table members whose view of the casus card refreshes automatically. */
  userIds?: string[];
  /** The knelpunten report's chart: where Teams can fetch it, or why it is not shown. */
  grafiek?: RapportGrafiek;
}

export function berichtKaart(b: Bericht, opties: WeergaveOpties = {}): AdaptiveKaart {
  switch (b.soort) {
    case 'casus_geplaatst':
    case 'casus_bijgewerkt':
      return casuskaart(b.kaart, { plek: 'kanaal', userIds: opties.userIds });
    case 'herinnering':
      return casuskaart(b.kaart, {
        plek: 'persoonlijk',
        userIds: opties.userIds,
        aanhef: `Herinnering${b.laat ? ' (verlaat verstuurd)' : ''}: uw antwoord op ${b.kaart.casus.referentie} is nodig vóór ${b.kaart.ronde ? moment(b.kaart.ronde.deadline) : 'de deadline'}.`,
      });
    case 'casus_ontvangen':
      return ontvangenkaart(b);
    case 'crisis_doorverwezen':
      return crisiskaart(b);
    case 'escalatie':
      return escalatiekaart(b);
    case 'informatie_gevraagd':
      return informatievraagkaart(b);
    case 'informatie_gegeven':
      return informatieantwoordkaart(b);
    case 'besluit_gedeeld':
      return besluitkaart(b);
    case 'evaluatie_vraag':
      return evaluatiekaart(b);
    case 'agenda':
      return agendakaart(b);
    case 'weekoverzicht':
      return weekoverzichtkaart(b);
    case 'toestemming_herinnering':
      return toestemmingkaart(b);
    case 'inhoud_verwijderd':
      return verwijderdkaart(b);
    case 'afwijking_gevraagd':
      return afwijkingvraagkaart(b);
    case 'afwijking_toegelicht':
      return afwijkingtoegelichtkaart(b);
    case 'knelpuntenrapport':
      return rapportkaart(b, opties.grafiek);
    default:
      // A kind added to the core later still reaches the person, plainly, instead of being lost.
      return (
        meldingkaart(b) ??
        eenvoudig([tekst(`Bericht van de maatwerkbot: ${(b as Bericht).soort.replace(/_/g, ' ')}`)])
      );
  }
}

/** The notification text: references and our own words only, never casus text. */
export function samenvatting(b: Bericht): string {
  switch (b.soort) {
    case 'casus_geplaatst':
      return `Nieuwe casus ${b.kaart.casus.referentie} voor ${b.kaart.casus.tafelNaam}`;
    case 'casus_bijgewerkt':
      return `Casus ${b.kaart.casus.referentie}: ${label(b.kaart.casus.status)}`;
    case 'herinnering':
      return `Herinnering: uw antwoord op ${b.kaart.casus.referentie} is nodig`;
    case 'casus_ontvangen':
      return `Uw casus is ingediend als ${b.referentie}`;
    case 'crisis_doorverwezen':
      return 'Crisis: bel nu de crisisdienst';
    case 'escalatie':
      return b.niveau === 'voorzitter'
        ? `Uw besluit als voorzitter is nodig over ${b.casus.referentie}`
        : `Uw goedkeuring is nodig: ${b.casus.referentie}`;
    case 'besluit_gedeeld':
      return `Besluit ${b.referentie}: ${label(b.besluit.uitkomst)}`;
    case 'agenda':
      return `Agenda ${b.tafelNaam}`;
    case 'weekoverzicht':
      return `Besluiten van ${b.tafelNaam} deze week`;
    case 'afwijking_gevraagd':
      return `Waarin verschilt ${b.referentie} van eerdere besluiten?`;
    case 'afwijking_toegelicht':
      return `Toelichting van de voorzitter bij ${b.referentie}`;
    case 'knelpuntenrapport':
      return `Knelpuntenrapport ${b.tafelNaam ?? 'alle tafels'}`;
    default:
      return 'referentie' in b && b.referentie
        ? `Maatwerkbot: ${b.referentie}`
        : 'Bericht van de maatwerkbot';
  }
}

export function berichtActiviteit(b: Bericht, opties: WeergaveOpties = {}) {
  return kaartBericht(berichtKaart(b, opties), samenvatting(b));
}
