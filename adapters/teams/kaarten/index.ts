// Each neutral message kind (src/domain/berichten.ts) as an Adaptive Card, with the short text Teams
// shows in notifications. Pure: the same message in the same language gives the same card.
import type { Bericht } from '../../../src/domain/berichten.ts';
import { label } from '../../../src/domain/woorden.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { besluitkaart, escalatiekaart } from './besluitkaarten.ts';
import { type AdaptiveKaart, kaart, kaartBericht, kop, tekst } from './bouwstenen.ts';
import { casuskaart } from './casuskaart.ts';
import {
  aanvulkaart,
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

export interface WeergaveOpties {
  /** Teams user ids of the table members whose view of the casus card refreshes automatically. */
  userIds?: string[];
  /** The knelpunten report's chart: where Teams can fetch it, or why it is not shown. */
  grafiek?: RapportGrafiek;
  /** The reader's language (of the channel or the person the message is addressed to). */
  taal?: Taal;
}

export function berichtKaart(b: Bericht, opties: WeergaveOpties = {}): AdaptiveKaart {
  const taal = opties.taal ?? STANDAARDTAAL;
  const t = vertaler(taal);
  switch (b.soort) {
    case 'casus_geplaatst':
    case 'casus_bijgewerkt':
      return casuskaart(b.kaart, { plek: 'kanaal', userIds: opties.userIds, taal });
    case 'herinnering':
      return casuskaart(b.kaart, {
        plek: 'persoonlijk',
        userIds: opties.userIds,
        taal,
        aanhef: t('verbinding.teams.herinnering.aanhef', {
          laat: b.laat ? 'ja' : 'nee',
          referentie: b.kaart.casus.referentie,
          deadline: b.kaart.ronde
            ? formatteerMoment(new Date(b.kaart.ronde.deadline), taal)
            : t('verbinding.teams.herinnering.de_deadline'),
        }),
      });
    case 'casus_ontvangen':
      return ontvangenkaart(b, taal);
    case 'crisis_doorverwezen':
      return crisiskaart(b, taal);
    case 'escalatie':
      return escalatiekaart(b, taal);
    case 'informatie_gevraagd':
      return informatievraagkaart(b, taal);
    case 'informatie_gegeven':
      return informatieantwoordkaart(b, taal);
    case 'besluit_gedeeld':
      return besluitkaart(b, taal);
    case 'evaluatie_vraag':
      return evaluatiekaart(b, taal);
    case 'agenda':
      return agendakaart(b, taal);
    case 'weekoverzicht':
      return weekoverzichtkaart(b, taal);
    case 'toestemming_herinnering':
      return toestemmingkaart(b, taal);
    case 'aanvulling_gevraagd':
      return aanvulkaart(b, taal);
    case 'inhoud_verwijderd':
      return verwijderdkaart(b, taal);
    case 'afwijking_gevraagd':
      return afwijkingvraagkaart(b, taal);
    case 'afwijking_toegelicht':
      return afwijkingtoegelichtkaart(b, taal);
    case 'knelpuntenrapport':
      return rapportkaart(b, opties.grafiek, taal);
    default:
      // A kind added to the core later still reaches the person, plainly, instead of being lost.
      return (
        meldingkaart(b, taal) ??
        eenvoudig([
          tekst(t('verbinding.teams.onbekend_bericht', { soort: label((b as Bericht).soort, taal) })),
        ])
      );
  }
}

/** The notification text: references and our own words only, never casus text. */
export function samenvatting(b: Bericht, taal: Taal = STANDAARDTAAL): string {
  const t = vertaler(taal);
  switch (b.soort) {
    case 'casus_geplaatst':
      return t('verbinding.samenvatting.casus_geplaatst', {
        referentie: b.kaart.casus.referentie,
        tafel: b.kaart.casus.tafelNaam,
      });
    case 'casus_bijgewerkt':
      return t('verbinding.samenvatting.casus_bijgewerkt', {
        referentie: b.kaart.casus.referentie,
        status: label(b.kaart.casus.status, taal),
      });
    case 'herinnering':
      return t('verbinding.samenvatting.herinnering', { referentie: b.kaart.casus.referentie });
    case 'casus_ontvangen':
      return t('verbinding.samenvatting.casus_ontvangen', { referentie: b.referentie });
    case 'crisis_doorverwezen':
      return t('verbinding.samenvatting.crisis');
    case 'escalatie':
      return b.niveau === 'voorzitter'
        ? t('verbinding.samenvatting.escalatie_voorzitter', { referentie: b.casus.referentie })
        : t('verbinding.samenvatting.escalatie_bestuurder', { referentie: b.casus.referentie });
    case 'besluit_gedeeld':
      return t('verbinding.samenvatting.besluit', {
        referentie: b.referentie,
        uitkomst: label(b.besluit.uitkomst, taal),
      });
    case 'agenda':
      return t('verbinding.samenvatting.agenda', { tafel: b.tafelNaam });
    case 'weekoverzicht':
      return t('verbinding.samenvatting.weekoverzicht', { tafel: b.tafelNaam });
    case 'afwijking_gevraagd':
      return t('verbinding.samenvatting.afwijking_gevraagd', { referentie: b.referentie });
    case 'afwijking_toegelicht':
      return t('verbinding.samenvatting.afwijking_toegelicht', { referentie: b.referentie });
    case 'knelpuntenrapport':
      return b.tafelNaam
        ? t('verbinding.rapport.kop_tafel', { tafel: b.tafelNaam })
        : t('verbinding.rapport.kop_alle');
    default:
      return 'referentie' in b && b.referentie
        ? t('verbinding.samenvatting.overig_referentie', { referentie: b.referentie })
        : t('verbinding.samenvatting.overig');
  }
}

export function berichtActiviteit(b: Bericht, opties: WeergaveOpties = {}) {
  return kaartBericht(berichtKaart(b, opties), samenvatting(b, opties.taal));
}

/** The greeting when the bot is added: in a channel how to link it to a table, in a chat what to send. */
export function welkomkaart(inKanaal: boolean, taal: Taal): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart([
    kop(t('verbinding.teams.welkom.kop')),
    tekst(
      inKanaal
        ? t('verbinding.teams.welkom.kanaal', { tafel: `<${t('verbinding.teams.welkom.tafel')}>` })
        : t('verbinding.teams.welkom.persoonlijk'),
    ),
  ]);
}
