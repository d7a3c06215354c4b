// Every card builder, for every neutral message kind, parsed and validated with `adaptivecards` at
// schema 1.5 and kept within Teams' message limit, also with the longest texts the intake allows.
import { describe, expect, it } from 'vitest';
import { bevestigingskaart } from '../../adapters/teams/kaarten/besluitkaarten.ts';
import {
  type AdaptiveKaart,
  KaartTeGroot,
  kaart,
  letterlijk,
  MAX_BERICHT_BYTES,
  omvang,
  passend,
} from '../../adapters/teams/kaarten/bouwstenen.ts';
import { casuskaart } from '../../adapters/teams/kaarten/casuskaart.ts';
import { berichtActiviteit, berichtKaart, samenvatting } from '../../adapters/teams/kaarten/index.ts';
import { intakeformulier } from '../../adapters/teams/kaarten/intakeformulier.ts';
import {
  hulpkaart,
  indienknopkaart,
  tekstkaart,
  welkomkaart,
} from '../../adapters/teams/kaarten/meldingen.ts';
import { BEHEER_ACTIES, voorzitterskaart } from '../../adapters/teams/kaarten/voorzitterskaart.ts';
import type {
  Bericht,
  BerichtSoort,
  CasusSamenvatting,
  KaartStand,
  LidStand,
} from '../../src/domain/berichten.ts';
import type { PrecedentWeergave, Rapport } from '../../src/domain/register.ts';
import type { Mogelijkheden } from '../../src/services/overzicht.ts';
import { acties, kaartProblemen, rijenBovenMaximum } from './kaartcontrole.ts';
import { kaartTekst } from './nepconnector.ts';

/** Every kind the core can emit; the compiler fails here when a kind is added without a sample below. */
const ALLE_SOORTEN: Record<BerichtSoort, true> = {
  casus_geplaatst: true,
  casus_bijgewerkt: true,
  casus_ontvangen: true,
  crisis_doorverwezen: true,
  herinnering: true,
  escalatie: true,
  escalatie_verlopen: true,
  informatie_gevraagd: true,
  informatie_gegeven: true,
  op_agenda: true,
  besluit_gedeeld: true,
  toezegging_herinnering: true,
  toezegging_achterstallig: true,
  toezegging_gedaan: true,
  agenda: true,
  weekoverzicht: true,
  termijn_verlengd: true,
  casus_ingetrokken: true,
  bezorging_mislukt: true,
  rapportgrafiek_mislukt: true,
  evaluatie_vraag: true,
  inhoud_verwijderd: true,
  toestemming_herinnering: true,
  aanvulling_gevraagd: true,
  afwijking_gevraagd: true,
  afwijking_toegelicht: true,
  knelpuntenrapport: true,
};

const lang = (n: number, woord = 'tekst ') => woord.repeat(Math.ceil(n / woord.length)).slice(0, n);

function casus(max = false): CasusSamenvatting {
  const n = (k: number, gewoon: string) => (max ? lang(k) : gewoon);
  return {
    casusId: 'c1',
    referentie: 'MW-2026-0042',
    tafelId: 't1',
    tafelNaam: 'City-deal tafel Utrecht',
    titel: n(120, 'Kostendelersnorm bij inwonende zoon'),
    situatie: n(3000, 'Moeder met zoon; uitkering daalt.'),
    knelpunt: { code: null, naam: n(300, 'Eigen knelpunt **vet** [link](https://x.nl)'), regel: null },
    leefgebieden: ['inkomen', 'wonen', 'schulden', 'zorg_gezondheid'],
    gevraagdeOplossing: n(2000, 'Een jaar buiten toepassing.'),
    kostenMaatwerkCent: 240_000,
    kostenNietsDoenCent: 1_800_000,
    kostenNietsDoenToelichting: n(1000, 'Uithuiszetting en opvang.'),
    urgentie: 'spoed',
    betrokkenheid: 'wisselend',
    betrokkenheidToelichting: max ? lang(1000) : null,
    toestemming: 'nee_afweging_vastgelegd',
    status: 'in_besluitronde',
    opAgenda: true,
  };
}

function stand(
  opties: { max?: boolean; zichtbaar?: boolean; open?: boolean; leden?: number } = {},
): KaartStand {
  const leden: LidStand[] = Array.from({ length: opties.leden ?? 5 }, (_, i) => ({
    lidId: `l${i}`,
    naam: `Lid ${i}`,
    organisatie: `Organisatie ${i}`,
    ...(opties.zichtbaar
      ? {
          keuze: 'akkoord_met_voorwaarden' as const,
          reden: opties.max ? lang(2000) : 'Akkoord.',
          voorwaarden: opties.max ? lang(1000) : 'Mits.',
        }
      : {}),
  }));
  return {
    casus: casus(opties.max),
    versie: 3,
    ronde: {
      rondeId: 'r1',
      status: opties.open === false ? 'gesloten' : 'open',
      deadline: '2026-11-25T09:00:00.000Z',
      geantwoord: leden.slice(0, Math.ceil(leden.length / 2)),
      wachtend: leden
        .slice(Math.ceil(leden.length / 2))
        .map(({ lidId, naam, organisatie }) => ({ lidId, naam, organisatie })),
      inhoudZichtbaar: !!opties.zichtbaar,
    },
  };
}

function precedent(i: number, max: boolean): PrecedentWeergave {
  const fragment = max
    ? lang(3000, '**vet** [x](y) ')
    : 'De kostendelersnorm is een jaar buiten toepassing gelaten.';
  return {
    besluitId: `b${i}`,
    referentie: `MW-2025-000${i}`,
    titel: max ? lang(120) : 'Kostendelersnorm',
    uitkomst: 'toegekend',
    knelpunt: max ? lang(300) : 'Kostendelersnorm',
    tafelNaam: 'City-deal tafel Utrecht',
    genomen: '2025-11-25T09:00:00.000Z',
    fragment,
    markeringen: [
      { van: 3, tot: 17 },
      { van: 20, tot: 24 },
      { van: 2900, tot: 3100 },
    ],
    gewerkt: null,
    afwijkingToelichting: null,
  };
}

const RAPPORT: Rapport = {
  tenant: { slug: 't', naam: 'Gemeente' },
  tafel: null,
  van: '2026-10-01',
  tot: '2026-10-31',
  gemaakt: '2026-11-01T08:00:00.000Z',
  doorlooptijdEenheid: 'werkuren',
  knelpunten: [],
  totaal: {
    knelpunt: { code: null, naam: 'Totaal' },
    casussen: 0,
    uitkomsten: { toegekend: 0, deels_toegekend: 0, afgewezen: 0, doorverwezen: 0 },
    open: 0,
    ingetrokken: 0,
    kostenMaatwerkCent: 0,
    kostenNietsDoenCent: 0,
    mediaanWerkuren: null,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 0 },
  },
};

function voorbeelden(max: boolean): Bericht[] {
  const c = casus(max);
  const t = (n: number, gewoon: string) => (max ? lang(n) : gewoon);
  const vergelijkbaar = Array.from({ length: max ? 5 : 2 }, (_, i) => precedent(i, max));
  return [
    { soort: 'casus_geplaatst', kaart: stand({ max }) },
    { soort: 'casus_geplaatst', kaart: { ...stand({ max }), vergelijkbaar } },
    {
      soort: 'casus_ontvangen',
      referentie: 'MW-2026-0042',
      tafelNaam: 'City-deal tafel Utrecht',
      deadline: '2026-11-25T09:00:00.000Z',
      casusId: 'c1',
      vergelijkbaar,
    },
    {
      soort: 'afwijking_gevraagd',
      besluitId: 'b9',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      tafelNaam: 'City-deal tafel Utrecht',
      knelpunt: c.knelpunt.naam,
      uitkomst: 'afgewezen',
      meerderheid: 'geholpen',
      eerder: 8,
      inMeerderheid: 6,
      voorbeelden: vergelijkbaar.slice(0, 3),
    },
    {
      soort: 'afwijking_toegelicht',
      besluitId: 'b9',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      tafelNaam: 'City-deal tafel Utrecht',
      uitkomst: 'afgewezen',
      toelichting: t(2000, 'Hier speelt een schuld die eerst geregeld moet worden.'),
      voorzitterNaam: 'Voorzitter V.',
    },
    {
      soort: 'knelpuntenrapport',
      tafelNaam: max ? null : 'City-deal tafel Utrecht',
      van: '2026-10-01',
      tot: '2026-10-31',
      samenvatting: t(20_000, 'Kostendelersnorm: 3 casussen, 2 toegekend.\nHuurachterstand: 1 casus.'),
      rapport: RAPPORT,
    },
    { soort: 'casus_bijgewerkt', kaart: stand({ max, zichtbaar: true, open: false, leden: 12 }) },
    {
      soort: 'casus_ontvangen',
      referentie: 'MW-2026-0042',
      tafelNaam: 'City-deal tafel Utrecht',
      deadline: '2026-11-25T09:00:00.000Z',
      casusId: 'c1',
    },
    { soort: 'crisis_doorverwezen', referentie: 'MW-2026-0043', tafelNaam: 'City-deal tafel Utrecht' },
    { soort: 'herinnering', kaart: stand({ max }), lidId: 'l4', laat: true },
    ...(['voorzitter', 'bestuurder'] as const).map(
      (niveau): Bericht => ({
        soort: 'escalatie',
        escalatieId: 'e1',
        niveau,
        trede: niveau === 'voorzitter' ? 0 : 1,
        titel: 'Directeur Sociaal Domein',
        redenen: ['niet_akkoord', 'boven_mandaat', 'iets_nieuws'],
        deadline: '2026-11-26T16:00:00.000Z',
        casus: c,
        antwoorden: Array.from({ length: 12 }, (_, i) => ({
          organisatie: `Organisatie ${i}`,
          naam: `Lid ${i}`,
          keuze: 'niet_akkoord' as const,
          reden: t(2000, 'Eerst de indicatie.'),
          voorwaarden: max ? lang(1000) : null,
        })),
        eerdereBesluiten: [
          {
            door: 'Voorzitter Marieke Jansen',
            uitkomst: 'toekennen',
            reden: t(3000, 'Kosten van niets doen zijn hoger.'),
          },
        ],
        laat: false,
      }),
    ),
    { soort: 'escalatie_verlopen', referentie: 'MW-2026-0042', titel: c.titel, naar: 'wethouder' },
    {
      soort: 'informatie_gevraagd',
      escalatieId: 'e1',
      verzoekId: 'v1',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      vraag: t(2000, 'Loopt er een aanvraag?'),
      vanNaam: 'Ingrid Smit',
    },
    {
      soort: 'informatie_gegeven',
      escalatieId: 'e1',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      antwoord: t(3000, 'Ja.'),
      deadline: '2026-11-30T16:00:00.000Z',
    },
    { soort: 'op_agenda', referentie: 'MW-2026-0042', titel: c.titel, reden: 'geen quorum' },
    {
      soort: 'besluit_gedeeld',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      tafelNaam: 'City-deal tafel Utrecht',
      besluit: {
        uitkomst: 'deels_toegekend',
        waarom: max
          ? Array.from({ length: 13 }, () => lang(2000)).join('\n')
          : 'De tafel ging akkoord.\nGemeente: akkoord.',
        hoe: t(2000, 'Een jaar buiten toepassing.'),
        voorwaarden: t(1000, 'Indicatie parallel.'),
        afgewekenRegel: 'Participatiewet art. 22a (kostendelersnorm)',
        verwijzing: t(1000, 'Wmo-loket'),
        kostenMaatwerkCent: 240_000,
        kostenNietsDoenCent: 1_800_000,
        genomenDoor: 'bestuurder',
        besluiterNaam: 'Ingrid Smit',
        genomen: '2026-11-25T09:00:00.000Z',
        toezeggingen: Array.from({ length: max ? 12 : 1 }, (_, i) => ({
          organisatie: `Organisatie ${i}`,
          taak: t(500, 'Woonvorm zoeken'),
          deadline: '2026-12-15T16:00:00.000Z',
        })),
      },
    },
    {
      soort: 'toezegging_herinnering',
      referentie: 'MW-2026-0042',
      organisatie: 'Woningcorporatie',
      taak: t(500, 'Woonvorm zoeken'),
      deadline: '2026-12-15T16:00:00.000Z',
      toezeggingId: 'z1',
    },
    ...(['eigenaar', 'voorzitter'] as const).map((trede) => ({
      soort: 'toezegging_achterstallig' as const,
      trede,
      referentie: 'MW-2026-0042',
      titel: t(120, 'Titel'),
      organisatie: 'Woningcorporatie',
      taak: t(500, 'Woonvorm zoeken'),
      deadline: '2026-12-15T16:00:00.000Z',
      toezeggingId: 'z1',
      laat: !!max,
    })),
    {
      soort: 'toezegging_gedaan',
      referentie: 'MW-2026-0042',
      titel: t(120, 'Titel'),
      organisatie: 'Woningcorporatie',
      taak: t(500, 'Woonvorm zoeken'),
      tekst: t(1000, 'Woonvorm gevonden'),
      doorNaam: 'Sanne de Vries',
    },
    {
      soort: 'agenda',
      tafelNaam: 'City-deal tafel Utrecht',
      vergadering: '2026-12-01T09:00:00.000Z',
      laat: false,
      punten: Array.from({ length: max ? 40 : 2 }, (_, i) => ({
        referentie: `MW-2026-${1000 + i}`,
        titel: t(120, 'Titel'),
        status: 'bij_voorzitter',
        opAgenda: true,
        deadline: null,
      })),
      besluitenSinds: Array.from({ length: max ? 40 : 1 }, (_, i) => ({
        referentie: `MW-2026-${2000 + i}`,
        titel: t(120, 'Titel'),
        uitkomst: 'toegekend' as const,
      })),
      achterstalligeToezeggingen: Array.from({ length: max ? 20 : 1 }, (_, i) => ({
        referentie: `MW-2026-${3000 + i}`,
        organisatie: 'GGZ',
        taak: t(500, 'Indicatie'),
        deadline: '2026-11-20T16:00:00.000Z',
      })),
    },
    {
      soort: 'weekoverzicht',
      tafelNaam: 'City-deal tafel Utrecht',
      van: '2026-11-16T00:00:00.000Z',
      tot: '2026-11-23T00:00:00.000Z',
      besluiten: Array.from({ length: max ? 80 : 0 }, (_, i) => ({
        referentie: `MW-2026-${4000 + i}`,
        titel: t(120, 'Titel'),
        uitkomst: 'afgewezen' as const,
      })),
    },
    {
      soort: 'termijn_verlengd',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      deadline: '2026-11-27T16:00:00.000Z',
      reden: t(1000, 'Extra overleg'),
    },
    {
      soort: 'casus_ingetrokken',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      reden: t(1000, 'Opgelost buiten de tafel'),
    },
    {
      soort: 'rapportgrafiek_mislukt',
      tafelNaam: 'City-deal tafel Utrecht',
      van: '2026-03-01',
      tot: '2026-03-31',
      ontvanger: 'kanaal 19:x (teams)',
      reden: 'geweigerd',
      fout: 'slack:invalid_arguments',
    },
    {
      soort: 'bezorging_mislukt',
      referentie: 'MW-2026-0042',
      soortBericht: 'casus_geplaatst',
      ontvanger: 'kanaal 19:x (teams)',
      fout: 'HTTP 403',
    },
    {
      soort: 'evaluatie_vraag',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      besluitId: 'b1',
      uitkomst: 'toegekend',
    },
    {
      soort: 'inhoud_verwijderd',
      referentie: 'MW-2026-0042',
      platformBericht: { platform: 'teams', kanaalId: '19:x', berichtId: '1001', soort: 'casuskaart' },
    },
    { soort: 'toestemming_herinnering', referentie: 'MW-2026-0042', titel: c.titel, casusId: 'c1' },
    {
      soort: 'aanvulling_gevraagd',
      referentie: 'MW-2026-0042',
      titel: c.titel,
      casusId: 'c1',
      ontbreekt: ['kosten', 'betrokkenheid', 'toestemming'],
    },
  ];
}

describe('Teams cards', () => {
  it.each([false, true])('render every message kind as a valid card (longest texts: %s)', (max) => {
    const soorten = new Set<string>();
    for (const b of voorbeelden(max)) {
      soorten.add(b.soort);
      const act = berichtActiviteit(b, { userIds: ['29:a', '29:b'] });
      const k = act.attachments[0]!.content;
      expect(kaartProblemen(k), b.soort).toEqual([]);
      expect(omvang(act), b.soort).toBeLessThanOrEqual(MAX_BERICHT_BYTES);
      expect(act.summary.length).toBeGreaterThan(0);
    }
    expect([...soorten].sort()).toEqual(Object.keys(ALLE_SOORTEN).sort());
  });

  it('shortens the longest texts to fit, and says so with an ellipsis', () => {
    const k = berichtKaart({
      soort: 'casus_bijgewerkt',
      kaart: stand({ max: true, zichtbaar: true, leden: 12 }),
    });
    expect(omvang(k)).toBeLessThan(MAX_BERICHT_BYTES);
    expect(kaartTekst(k)).toContain('…');
  });

  it('refuses a card that cannot fit rather than sending something Teams rejects', () => {
    const enorm = () =>
      kaart(
        Array.from({ length: 3000 }, () => ({
          type: 'TextBlock',
          text: 'regel van vaste lengte',
          wrap: true,
        })),
      );
    expect(() => passend(enorm)).toThrow(KaartTeGroot);
  });

  it('puts user text in TextRuns, so Markdown and mentions in a casus stay literal', () => {
    const k = berichtKaart({ soort: 'casus_geplaatst', kaart: stand() });
    const json = JSON.stringify(k);
    expect(json).toContain('{"type":"TextRun","text":"Eigen knelpunt **vet** [link](https://x.nl)"}');
    expect(json).not.toMatch(/"type":"TextBlock","text":"[^"]*\*\*vet/);
    expect(letterlijk('<at>iedereen</at>', 100)).toEqual({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: '<at>iedereen</at>' }],
    });
  });

  it('the casus card: the shared card shows the state; each view holds only what the rule gives that person', () => {
    const s = stand();
    const basis = casuskaart(s, { plek: 'kanaal', userIds: ['29:a'] });
    expect(basis.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        title: 'Vernieuwen',
        verb: 'casus.vernieuw',
        data: { casusId: 'c1', plek: 'kanaal' },
      },
      userIds: ['29:a'],
    });
    // The shared card: no input, no answer buttons, no chair actions; one refresh button that sends nothing.
    expect(JSON.stringify(basis)).not.toMatch(/Input\.|antwoord\.|beheer\./);
    expect(acties(basis)).toEqual([{ verb: 'casus.vernieuw', associatedInputs: 'none' }]);
    const geen: Mogelijkheden = {
      magAntwoorden: false,
      huidigeKeuze: null,
      magAlsVoorzitterBeslissen: false,
      magAlsBestuurderBeslissen: false,
      isIndiener: false,
      isVoorzitter: false,
      weergave: {
        antwoordformulier: false,
        eigenAntwoord: false,
        voorzittersacties: false,
        beheeracties: [],
      },
      eigenAntwoord: null,
    };
    const toeschouwer = casuskaart(s, { plek: 'kanaal', mogelijkheden: geen });
    expect(JSON.stringify(toeschouwer)).not.toMatch(/Input\.|antwoord\.|beheer\./);
    expect(acties(toeschouwer)).toEqual([]);
    const lid = casuskaart(s, {
      plek: 'kanaal',
      mogelijkheden: {
        ...geen,
        magAntwoorden: true,
        huidigeKeuze: 'niet_akkoord',
        weergave: { ...geen.weergave, antwoordformulier: true, eigenAntwoord: true },
        eigenAntwoord: { keuze: 'niet_akkoord', reden: 'Past niet in de regels.', voorwaarden: null },
      },
    });
    expect(kaartTekst(lid)).toContain('Uw antwoord: Niet akkoord');
    expect(kaartTekst(lid)).toContain('Past niet in de regels.');
    expect(JSON.stringify(lid)).toContain(
      '"verb":"antwoord.akkoord","data":{"casusId":"c1","versie":3,"plek":"kanaal"}',
    );
    // The chair: the way to the chair actions, sending no input, so no required field can block it.
    const alsVoorzitter = casuskaart(s, {
      plek: 'kanaal',
      mogelijkheden: {
        ...geen,
        isVoorzitter: true,
        weergave: {
          ...geen.weergave,
          voorzittersacties: true,
          beheeracties: ['verlengen', 'intrekken', 'heropenen', 'op_agenda', 'vergaderbesluit'],
        },
      },
    });
    expect(acties(alsVoorzitter)).toEqual([{ verb: 'beheer.kaart', associatedInputs: 'none' }]);
    expect(JSON.stringify(alsVoorzitter)).not.toContain('antwoord.');
    const beide = casuskaart(s, {
      plek: 'kanaal',
      mogelijkheden: {
        ...geen,
        magAntwoorden: true,
        isVoorzitter: true,
        weergave: {
          antwoordformulier: true,
          eigenAntwoord: false,
          voorzittersacties: true,
          beheeracties: ['verlengen', 'intrekken', 'heropenen', 'op_agenda', 'vergaderbesluit'],
        },
      },
    });
    expect(acties(beide).map((a) => a.verb)).toEqual([
      'antwoord.akkoord',
      'antwoord.akkoord_met_voorwaarden',
      'antwoord.niet_akkoord',
      'antwoord.buiten_mandaat',
      'antwoord.onthouding',
      'beheer.kaart',
    ]);
    expect(JSON.stringify(lid)).not.toContain('beheer.');
    // Without known Teams ids the card refreshes for everyone in small chats rather than for nobody.
    expect(casuskaart(s, { plek: 'kanaal', userIds: [] }).refresh).not.toHaveProperty('userIds');
    // A closed card: the outcome and the first line of the why; no refresh, no buttons.
    const besloten = {
      ...stand({ open: false, zichtbaar: true }),
      casus: { ...s.casus, status: 'besloten' },
      besluit: { uitkomst: 'toegekend' as const, waaromEersteRegel: 'Niets doen kost meer.' },
    };
    const dicht = casuskaart(besloten, { plek: 'kanaal' });
    expect(kaartTekst(dicht)).toContain('Besluit: Toegekend');
    expect(kaartTekst(dicht)).toContain('Niets doen kost meer.');
    expect(dicht.refresh).toBeUndefined();
    expect(acties(dicht)).toEqual([]);
    // The situation folds: the whole casus is hidden behind a toggle that is not a button.
    expect(JSON.stringify(basis)).toContain('"type":"Action.ToggleVisibility"');
    for (const k of [basis, toeschouwer, lid, alsVoorzitter, beide, dicht]) {
      expect(kaartProblemen(k)).toEqual([]);
      expect(rijenBovenMaximum(k)).toEqual([]);
    }
  });

  it('the intake form keeps values and shows each error, privacy findings included, at its field', () => {
    const k = intakeformulier({
      formulierId: 'f-123456789',
      tafels: [{ slug: 'citydeal-utrecht', naam: 'City-deal tafel Utrecht' }],
      knelpunten: [{ code: 'kostendelersnorm', naam: 'Kostendelersnorm' }],
      waarden: {
        tafel: 'citydeal-utrecht',
        titel: 'Een titel',
        situatie: 'Mevrouw Jansen, BSN 111222333',
        leefgebieden: 'inkomen,wonen',
      },
      fouten: [
        {
          veld: 'situatie',
          bericht: 'Haal de persoonsgegevens weg',
          vondsten: [
            { soort: 'bsn', start: 21, eind: 30, omschrijving: 'BSN' },
            { soort: 'naam', start: 0, eind: 15, omschrijving: 'naam van een persoon' },
          ],
          suggestie: '[NAAM], BSN [BSN]',
        },
        { veld: 'leefgebieden[2]', bericht: 'Onbekend leefgebied' },
        { veld: '(invoer)', bericht: 'Iets algemeens' },
      ],
    });
    expect(kaartProblemen(k)).toEqual([]);
    const tekst = kaartTekst(k);
    expect(tekst).toContain('Controleer de invoer: niets is bewaard.');
    expect(tekst).toContain('Gevonden: BSN, naam van een persoon');
    expect(tekst).toContain('[NAAM], BSN [BSN]');
    expect(tekst).toContain('Onbekend leefgebied');
    expect(tekst).toContain('Iets algemeens');
    // The fields behind "meer velden" sit in a container, open here because they hold values.
    const alle = (items: Record<string, unknown>[]): Record<string, unknown>[] =>
      items.flatMap((e) => [
        e,
        ...(Array.isArray(e.items) ? alle(e.items as Record<string, unknown>[]) : []),
      ]);
    const waarde = (id: string) =>
      (alle(k.body as Record<string, unknown>[]).find((e) => e.id === id) as { value?: string } | undefined)
        ?.value;
    expect(waarde('leefgebieden')).toBe('inkomen,wonen');
    expect(waarde('situatie')).toBe('Mevrouw Jansen, BSN 111222333');
    // One table: no choice on the form; the submit carries it.
    expect(waarde('tafel')).toBeUndefined();
    expect(JSON.stringify(k.actions)).toContain('"tafel":"citydeal-utrecht"');
  });

  it("the chair's card: one control per action, valid at its longest, with errors and values kept", () => {
    const open = voorzitterskaart(stand({ max: true }), { plek: 'persoonlijk' });
    const verbs = [...JSON.stringify(open).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);
    expect(verbs).toEqual([...BEHEER_ACTIES.map((a) => `beheer.${a}`), 'casus.vernieuw']);
    expect(kaartTekst(open)).toContain('Huidige deadline: wo 25 nov 10:00');
    const json = JSON.stringify(open);
    expect(json).toContain('"type":"Input.Date","id":"verlengDatum"');
    expect(json).toContain('"value":"2026-11-25"');
    expect(json).toContain('"value":"10:00"');
    const metFout = voorzitterskaart(stand({ open: false }), {
      plek: 'kanaal',
      melding: { soort: 'fout', tekst: 'Controleer het besluit.' },
      fout: {
        actie: 'vergaderbesluit',
        velden: [{ veld: 'verwijzing', bericht: 'Geef aan waar het huishouden naartoe wordt verwezen' }],
      },
      waarden: { besluitUitkomst: 'afwijzen', besluitReden: 'Past niet.' },
    });
    expect(kaartTekst(metFout)).toContain('Geef aan waar het huishouden naartoe wordt verwezen');
    expect(kaartTekst(metFout)).toContain('Past niet.');
    const afgerond = voorzitterskaart(
      { ...stand(), casus: { ...stand().casus, status: 'ingetrokken' } },
      { plek: 'persoonlijk', melding: { soort: 'goed', tekst: 'Ingetrokken.' } },
    );
    expect(JSON.stringify(afgerond)).not.toContain('"verb":"beheer.');
    expect(kaartTekst(afgerond)).toContain('geen voorzittersacties meer');
    for (const k of [
      open,
      metFout,
      afgerond,
      voorzitterskaart({ ...stand(), ronde: null }, { plek: 'kanaal' }),
    ])
      expect(kaartProblemen(k)).toEqual([]);
  });

  it('the small cards are valid too', () => {
    const kaarten: AdaptiveKaart[] = [
      hulpkaart(),
      indienknopkaart(),
      welkomkaart(true),
      welkomkaart(false),
      tekstkaart(['Fout', 'uitleg'], { fout: true }),
      bevestigingskaart('Klaar.', ['regel'], 'MW-2026-0001'),
    ];
    for (const k of kaarten) expect(kaartProblemen(k)).toEqual([]);
  });

  it('notification texts carry references, never casus text', () => {
    for (const b of voorbeelden(false)) {
      const s = samenvatting(b);
      expect(s).not.toContain('Kostendelersnorm bij inwonende zoon');
      expect(s).not.toContain('Moeder');
    }
  });
});
