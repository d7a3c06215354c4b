// The states of the Teams casus card a person can meet, as the adapter builds them: the card everyone
// shares, and the views of a member, an outsider, the chair, a member who answered, and a closed card.
import type { AdaptiveKaart } from '../../adapters/teams/kaarten/bouwstenen.ts';
import { casuskaart } from '../../adapters/teams/kaarten/casuskaart.ts';
import { voorzitterskaart } from '../../adapters/teams/kaarten/voorzitterskaart.ts';
import type { KaartStand } from '../../src/domain/berichten.ts';
import type { Mogelijkheden } from '../../src/services/overzicht.ts';
import type { Taal } from '../../src/taal/taal.ts';

export const REDEN = 'Wij betalen de huur door zolang de uitkering niet is aangepast.';
export const WAAROM = 'Een jaar uitzondering kost minder dan een uithuiszetting.';

const SITUATIE = [
  'Moeder (52) woont met haar zoon (24), die sinds kort een eigen inkomen uit werk heeft. Door de',
  'kostendelersnorm daalt haar bijstandsuitkering met ruim 300 euro per maand, terwijl de zoon nog',
  'schulden afbetaalt en niet aan de huur kan bijdragen. De huurachterstand loopt op; de verhuurder',
  'heeft een brief over ontbinding gestuurd. Zonder oplossing moet de zoon het huis uit of volgt',
  'een uithuiszetting van beiden. Budgetcoaching loopt; de schuldhulp wacht op een stabiel inkomen.',
].join(' ');

export function voorbeeldStand(opties: { gesloten?: boolean } = {}): KaartStand {
  const leden = [
    { lidId: 'l1', naam: 'Anna de Vries', organisatie: 'Gemeente Utrecht' },
    { lidId: 'l2', naam: 'Bram Jansen', organisatie: 'Woningcorporatie Mitros' },
    { lidId: 'l3', naam: 'Cas Bakker', organisatie: 'Buurtteam Noordwest' },
    { lidId: 'l4', naam: 'Dewi Smit', organisatie: 'UWV' },
  ];
  const gesloten = !!opties.gesloten;
  return {
    casus: {
      casusId: 'c-voorbeeld',
      referentie: 'MW-2026-0042',
      tafelId: 't1',
      tafelNaam: 'City-deal tafel Utrecht',
      titel: 'Kostendelersnorm bij inwonende zoon met schulden',
      situatie: SITUATIE,
      knelpunt: { code: 'kostendelersnorm', naam: 'Kostendelersnorm', regel: 'Participatiewet art. 22a' },
      leefgebieden: ['inkomen', 'wonen', 'schulden'],
      gevraagdeOplossing: 'De kostendelersnorm een jaar buiten toepassing laten.',
      kostenMaatwerkCent: 380_000,
      kostenNietsDoenCent: 2_400_000,
      kostenNietsDoenToelichting: 'Uithuiszetting, opvang en schuldhulp opnieuw.',
      urgentie: 'spoed',
      betrokkenheid: 'wisselend',
      betrokkenheidToelichting: null,
      toestemming: 'ja_vastgelegd',
      status: gesloten ? 'besloten' : 'in_besluitronde',
      opAgenda: false,
    },
    versie: 4,
    ronde: {
      rondeId: 'r1',
      status: gesloten ? 'gesloten' : 'open',
      deadline: '2026-12-09T16:00:00.000Z',
      geantwoord: gesloten
        ? leden.map((l) => ({ ...l, keuze: 'akkoord' as const, reden: REDEN, voorwaarden: null }))
        : leden.slice(0, 2),
      wachtend: gesloten ? [] : leden.slice(2),
      inhoudZichtbaar: gesloten,
    },
    besluit: gesloten ? { uitkomst: 'toegekend', waaromEersteRegel: WAAROM } : null,
  };
}

const GEEN: Mogelijkheden = {
  magAntwoorden: false,
  huidigeKeuze: null,
  magAlsVoorzitterBeslissen: false,
  magAlsBestuurderBeslissen: false,
  isIndiener: false,
  isVoorzitter: false,
  weergave: { antwoordformulier: false, eigenAntwoord: false, voorzittersacties: false, beheeracties: [] },
  eigenAntwoord: null,
};

export const PERSONEN = {
  lid: {
    ...GEEN,
    magAntwoorden: true,
    weergave: { antwoordformulier: true, eigenAntwoord: false, voorzittersacties: false, beheeracties: [] },
  },
  buitenstaander: GEEN,
  voorzitter: {
    ...GEEN,
    isVoorzitter: true,
    weergave: {
      antwoordformulier: false,
      eigenAntwoord: false,
      voorzittersacties: true,
      beheeracties: ['verlengen', 'intrekken', 'heropenen', 'op_agenda', 'vergaderbesluit'],
    },
  },
  geantwoord: {
    ...GEEN,
    magAntwoorden: true,
    huidigeKeuze: 'akkoord',
    weergave: { antwoordformulier: true, eigenAntwoord: true, voorzittersacties: false, beheeracties: [] },
    eigenAntwoord: { keuze: 'akkoord', reden: REDEN, voorwaarden: null },
  },
} satisfies Record<string, Mogelijkheden>;

export type Kaartstaat =
  | 'gedeeld'
  | 'lid'
  | 'buitenstaander'
  | 'voorzitter'
  | 'geantwoord'
  | 'besloten'
  | 'voorzitterskaart';

/** Every state, built by the adapter's own builders in the reader's language. */
export function kaartstanden(taal: Taal): Record<Kaartstaat, AdaptiveKaart> {
  const open = voorbeeldStand();
  const kanaal = { plek: 'kanaal' as const, taal };
  return {
    gedeeld: casuskaart(open, { ...kanaal, userIds: ['29:lid-1', '29:lid-2'] }),
    lid: casuskaart(open, { ...kanaal, mogelijkheden: PERSONEN.lid }),
    buitenstaander: casuskaart(open, { ...kanaal, mogelijkheden: PERSONEN.buitenstaander }),
    voorzitter: casuskaart(open, { ...kanaal, mogelijkheden: PERSONEN.voorzitter }),
    geantwoord: casuskaart(open, { ...kanaal, mogelijkheden: PERSONEN.geantwoord }),
    besloten: casuskaart(voorbeeldStand({ gesloten: true }), kanaal),
    voorzitterskaart: voorzitterskaart(open, kanaal),
  };
}
