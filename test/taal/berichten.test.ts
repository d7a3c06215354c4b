// Every message kind of the core, rendered by Slack, Teams and the console for a Dutch and an English
// reader: no code reaches a person, and the English reader gets no Dutch in any part of it.
import { describe, expect, it } from 'vitest';
import { weergaveTekst } from '../../adapters/console/weergave.ts';
import { slackBericht } from '../../adapters/slack/weergave/berichten.ts';
import { besluitkaart } from '../../adapters/teams/kaarten/besluitkaarten.ts';
import type { AdaptiveKaart } from '../../adapters/teams/kaarten/bouwstenen.ts';
import { berichtKaart } from '../../adapters/teams/kaarten/index.ts';
import {
  type Adres,
  type Bericht,
  type BerichtSoort,
  type CasusSamenvatting,
  type KaartStand,
  taalVanAdres,
} from '../../src/domain/berichten.ts';
import type { Rapport } from '../../src/domain/register.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { zin } from '../../src/taal/tekst.ts';

/** A code as it is stored: lower-case words joined by underscores. */
const CODE = /\b[a-z]+_[a-z_]+\b/;

/** Dutch words of the notifications that an English reader must never see. */
const NEDERLANDS = [
  'Besluit',
  'Graag',
  'vóór',
  ' uw ',
  'Uw ',
  'Herinnering',
  ' de ',
  ' het ',
  ' van ',
  'Waarom',
  'casus',
  'termijn',
  'oezegging',
  'Geen',
  ' niet ',
  'tafel',
  'voorzitter',
  'bestuurder',
  'vergadering',
  'Vastleggen',
  'Beantwoorden',
  'Reden',
  'verwijderd',
] as const;

// User text and names in English-neutral words, so a Dutch marker can only come from our own wording.
const casus: CasusSamenvatting = {
  casusId: 'c1',
  referentie: 'MW-2026-0042',
  tafelId: 't1',
  tafelNaam: 'City Deal Utrecht',
  titel: 'Shared housing norm',
  situatie: 'Mother and son; income drops.',
  knelpunt: { code: null, naam: 'Shared housing norm', regel: 'Participation Act 22a' },
  leefgebieden: ['inkomen', 'wonen', 'zorg_gezondheid'],
  gevraagdeOplossing: 'Suspend for a year.',
  kostenMaatwerkCent: 240_000,
  kostenNietsDoenCent: 1_800_000,
  kostenNietsDoenToelichting: 'Eviction and shelter.',
  urgentie: 'spoed',
  betrokkenheid: 'wisselend',
  betrokkenheidToelichting: null,
  toestemming: 'nee_afweging_vastgelegd',
  status: 'in_besluitronde',
  opAgenda: true,
};

const kaart: KaartStand = {
  casus,
  versie: 2,
  ronde: {
    rondeId: 'r1',
    status: 'open',
    deadline: '2026-11-25T09:00:00.000Z',
    geantwoord: [
      {
        lidId: 'l1',
        naam: 'Ann',
        organisatie: 'Org A',
        keuze: 'akkoord_met_voorwaarden',
        reden: 'Fine.',
        voorwaarden: 'If so.',
      },
    ],
    wachtend: [{ lidId: 'l2', naam: 'Bob', organisatie: 'Org B' }],
    inhoudZichtbaar: true,
  },
};

const RAPPORT: Rapport = {
  tenant: { slug: 't', naam: 'Utrecht' },
  tafel: null,
  van: '2026-10-01',
  tot: '2026-10-31',
  gemaakt: '2026-11-01T08:00:00.000Z',
  doorlooptijdEenheid: 'werkuren',
  knelpunten: [],
  totaal: {
    knelpunt: { code: null, naam: 'Total' },
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

const escalatie = (niveau: 'voorzitter' | 'bestuurder'): Bericht => ({
  soort: 'escalatie',
  escalatieId: 'e1',
  niveau,
  trede: niveau === 'voorzitter' ? 0 : 1,
  titel: 'Director Social Affairs',
  redenen: ['niet_akkoord', 'boven_mandaat'],
  deadline: '2026-11-26T16:00:00.000Z',
  casus,
  antwoorden: [
    {
      organisatie: 'Org A',
      naam: 'Ann',
      keuze: 'niet_akkoord',
      reden: 'First the assessment.',
      voorwaarden: 'If so.',
    },
  ],
  eerdereBesluiten: [
    { door: 'Chair M. Jansen', uitkomst: 'toekennen', reden: 'Costs are higher otherwise.' },
  ],
  laat: true,
});

/** One sample of every kind the core emits (two for the escalation: chair and executive). */
const VOORBEELDEN: Record<BerichtSoort, Bericht[]> = {
  casus_geplaatst: [{ soort: 'casus_geplaatst', kaart }],
  casus_bijgewerkt: [{ soort: 'casus_bijgewerkt', kaart }],
  casus_ontvangen: [
    {
      soort: 'casus_ontvangen',
      referentie: 'MW-2026-0042',
      tafelNaam: 'City Deal Utrecht',
      deadline: '2026-11-25T09:00:00.000Z',
      casusId: 'c1',
    },
  ],
  crisis_doorverwezen: [
    { soort: 'crisis_doorverwezen', referentie: 'MW-2026-0043', tafelNaam: 'City Deal Utrecht' },
  ],
  herinnering: [{ soort: 'herinnering', kaart, lidId: 'l2', laat: true }],
  escalatie: [escalatie('voorzitter'), escalatie('bestuurder')],
  escalatie_verlopen: [
    {
      soort: 'escalatie_verlopen',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      naar: 'vergadering',
    },
  ],
  informatie_gevraagd: [
    {
      soort: 'informatie_gevraagd',
      escalatieId: 'e1',
      verzoekId: 'v1',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      vraag: 'Is an application pending?',
      vanNaam: 'Ingrid Smit',
    },
  ],
  informatie_gegeven: [
    {
      soort: 'informatie_gegeven',
      escalatieId: 'e1',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      antwoord: 'Yes.',
      deadline: '2026-11-30T16:00:00.000Z',
    },
  ],
  op_agenda: [
    {
      soort: 'op_agenda',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      reden: zin('berichten.op_agenda.reden.voorzitter'),
    },
    {
      soort: 'op_agenda',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      reden: zin('berichten.op_agenda.reden.bestuurder'),
    },
  ],
  besluit_gedeeld: [
    {
      soort: 'besluit_gedeeld',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      tafelNaam: 'City Deal Utrecht',
      besluit: {
        uitkomst: 'deels_toegekend',
        waarom: 'Agreed.',
        hoe: 'Suspended for a year.',
        voorwaarden: 'Assessment in parallel.',
        afgewekenRegel: 'Participation Act 22a',
        verwijzing: 'Social support desk',
        kostenMaatwerkCent: 240_000,
        kostenNietsDoenCent: 1_800_000,
        genomenDoor: 'bestuurder',
        besluiterNaam: 'Ingrid Smit',
        genomen: '2026-11-25T09:00:00.000Z',
        toezeggingen: [
          { organisatie: 'Housing Co', taak: 'Find housing', deadline: '2026-12-15T16:00:00.000Z' },
        ],
      },
    },
  ],
  toezegging_herinnering: [
    {
      soort: 'toezegging_herinnering',
      referentie: 'MW-2026-0042',
      organisatie: 'Housing Co',
      taak: 'Find housing',
      deadline: '2026-12-15T16:00:00.000Z',
      toezeggingId: 'z1',
    },
  ],
  toezegging_achterstallig: [
    {
      soort: 'toezegging_achterstallig',
      trede: 'eigenaar',
      referentie: 'MW-2026-0042',
      titel: 'Rent arrears',
      organisatie: 'Housing Co',
      taak: 'Find housing',
      deadline: '2026-12-15T16:00:00.000Z',
      toezeggingId: 'z1',
      laat: false,
    },
    {
      soort: 'toezegging_achterstallig',
      trede: 'voorzitter',
      referentie: 'MW-2026-0042',
      titel: 'Rent arrears',
      organisatie: 'Housing Co',
      taak: 'Find housing',
      deadline: '2026-12-15T16:00:00.000Z',
      toezeggingId: 'z1',
      laat: true,
    },
  ],
  toezegging_gedaan: [
    {
      soort: 'toezegging_gedaan',
      referentie: 'MW-2026-0042',
      titel: 'Rent arrears',
      organisatie: 'Housing Co',
      taak: 'Find housing',
      tekst: 'Housing found in the area',
      doorNaam: 'Sanne Jansen',
    },
  ],
  agenda: [
    {
      soort: 'agenda',
      tafelNaam: 'City Deal Utrecht',
      vergadering: '2026-12-01T09:00:00.000Z',
      laat: true,
      punten: [
        {
          referentie: 'MW-2026-1000',
          titel: 'Rent arrears',
          status: 'bij_voorzitter',
          opAgenda: true,
          deadline: '2026-11-27T16:00:00.000Z',
        },
      ],
      besluitenSinds: [{ referentie: 'MW-2026-2000', titel: 'Debts', uitkomst: 'deels_toegekend' }],
      achterstalligeToezeggingen: [
        {
          referentie: 'MW-2026-3000',
          organisatie: 'Mental health',
          taak: 'Assess',
          deadline: '2026-11-20T16:00:00.000Z',
        },
      ],
    },
  ],
  weekoverzicht: [
    {
      soort: 'weekoverzicht',
      tafelNaam: 'City Deal Utrecht',
      van: '2026-11-16T00:00:00.000Z',
      tot: '2026-11-23T00:00:00.000Z',
      besluiten: [{ referentie: 'MW-2026-4000', titel: 'Debts', uitkomst: 'afgewezen' }],
    },
    {
      soort: 'weekoverzicht',
      tafelNaam: 'City Deal Utrecht',
      van: '2026-11-16T00:00:00.000Z',
      tot: '2026-11-23T00:00:00.000Z',
      besluiten: [],
    },
  ],
  termijn_verlengd: [
    {
      soort: 'termijn_verlengd',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      deadline: '2026-11-27T16:00:00.000Z',
      reden: 'More talks',
    },
  ],
  casus_ingetrokken: [
    { soort: 'casus_ingetrokken', referentie: 'MW-2026-0042', titel: 'Shared housing norm', reden: 'Solved' },
  ],
  rapportgrafiek_mislukt: [
    {
      soort: 'rapportgrafiek_mislukt',
      tafelNaam: 'City table',
      van: '2026-03-01',
      tot: '2026-03-31',
      ontvanger: 'channel C1 (slack)',
      reden: 'geweigerd',
      fout: 'slack:invalid_arguments',
    },
    {
      soort: 'rapportgrafiek_mislukt',
      tafelNaam: null,
      van: '2026-03-01',
      tot: '2026-03-31',
      ontvanger: 'A. Director (slack)',
      reden: 'onbereikbaar',
      fout: 'slack:http_403',
    },
    {
      soort: 'rapportgrafiek_mislukt',
      tafelNaam: 'City table',
      van: '2026-03-01',
      tot: '2026-03-31',
      ontvanger: 'channel 19:x (teams)',
      reden: 'geen_publiek_adres',
      fout: 'teams:geen_publieke_url',
    },
  ],
  bezorging_mislukt: [
    {
      soort: 'bezorging_mislukt',
      referentie: 'MW-2026-0042',
      soortBericht: 'casus_geplaatst',
      ontvanger: 'channel C1 (slack)',
      fout: 'HTTP 403',
    },
    {
      soort: 'bezorging_mislukt',
      referentie: null,
      soortBericht: 'knelpuntenrapport',
      ontvanger: 'channel C1 (slack)',
      fout: 'HTTP 404',
    },
  ],
  inhoud_verwijderd: [
    {
      soort: 'inhoud_verwijderd',
      referentie: 'MW-2026-0042',
      platformBericht: { platform: 'slack', kanaalId: 'C1', berichtId: '1.2', soort: 'casuskaart' },
    },
  ],
  aanvulling_gevraagd: [
    {
      soort: 'aanvulling_gevraagd',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      casusId: 'c1',
      ontbreekt: ['kosten', 'toestemming'],
    },
    {
      soort: 'aanvulling_gevraagd',
      referentie: 'MW-2026-0043',
      titel: 'Shared housing norm',
      casusId: 'c2',
      ontbreekt: ['betrokkenheid'],
      herinnering: true,
    },
  ],
  toestemming_herinnering: [
    {
      soort: 'toestemming_herinnering',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      casusId: 'c1',
    },
  ],
  evaluatie_vraag: [
    {
      soort: 'evaluatie_vraag',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      besluitId: 'b1',
      uitkomst: 'toegekend',
    },
  ],
  afwijking_gevraagd: [
    {
      soort: 'afwijking_gevraagd',
      besluitId: 'b9',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      tafelNaam: 'City Deal Utrecht',
      knelpunt: 'Shared housing norm',
      uitkomst: 'afgewezen',
      meerderheid: 'geholpen',
      eerder: 8,
      inMeerderheid: 6,
      voorbeelden: [],
    },
  ],
  afwijking_toegelicht: [
    {
      soort: 'afwijking_toegelicht',
      besluitId: 'b9',
      referentie: 'MW-2026-0042',
      titel: 'Shared housing norm',
      tafelNaam: 'City Deal Utrecht',
      uitkomst: 'afgewezen',
      toelichting: 'A debt must be settled first.',
      voorzitterNaam: 'Chair V.',
    },
  ],
  knelpuntenrapport: [
    {
      soort: 'knelpuntenrapport',
      tafelNaam: 'City Deal Utrecht',
      van: '2026-10-01',
      tot: '2026-10-31',
      samenvatting: 'Shared housing norm: 3 cases.',
      rapport: RAPPORT,
    },
  ],
};

const adres = (taal: Taal): Adres => ({
  soort: 'persoon',
  platform: 'slack',
  extern: 'U1',
  persoonId: 'p1',
  naam: 'Ann',
  taal,
});

/** What a person reads in Slack: the notification and every text object, not ids or button values. */
function slackTeksten(blokken: unknown): string[] {
  const uit: string[] = [];
  const loop = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if ((o.type === 'plain_text' || o.type === 'mrkdwn') && typeof o.text === 'string') uit.push(o.text);
    for (const [sleutel, waarde] of Object.entries(o)) if (sleutel !== 'value') loop(waarde);
  };
  loop(blokken);
  return uit;
}

/** What a person reads on a card: texts, titles, labels and hints, not verbs, ids or choice values. */
function teamsTeksten(k: unknown): string[] {
  const uit: string[] = [];
  const loop = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    for (const veld of ['text', 'title', 'label', 'placeholder', 'errorMessage'])
      if (typeof o[veld] === 'string') uit.push(o[veld] as string);
    if (o.type === 'FactSet') for (const f of o.facts as { value: string }[]) uit.push(f.value);
    for (const [sleutel, waarde] of Object.entries(o)) if (sleutel !== 'data') loop(waarde);
  };
  loop(k);
  return uit;
}

/**
 * The Teams card in the reader's language. The card for each kind is built by the notification cards
 * with `taal`; the casus card, the reminder's heading and the register's cards come from builders
 * that do not take a language yet, and are rendered as the Teams adapter renders them today.
 */
function teamsKaart(b: Bericht, taal: Taal): AdaptiveKaart {
  return berichtKaart(b, { taal });
}

/** Everything a reader sees of the message: the casus card, the register's views and menus included. */
function eigenSlack(_b: Bericht, s: ReturnType<typeof slackBericht>): string[] {
  return [s.text, ...slackTeksten(s.blocks)];
}

function eigenTeams(_b: Bericht, k: AdaptiveKaart): string[] {
  return teamsTeksten(k);
}

const gevallen = Object.values(VOORBEELDEN)
  .flat()
  .flatMap((b) => (['nl', 'en'] as const).map((taal) => [b.soort, taal, b] as const));

describe('notifications in the reader language', () => {
  it('has a sample of every kind', () => {
    for (const [soort, lijst] of Object.entries(VOORBEELDEN)) expect(lijst.length, soort).toBeGreaterThan(0);
  });

  it('reads the language from the address', () => {
    expect(taalVanAdres(adres('en'))).toBe('en');
    expect(taalVanAdres(adres('nl'))).toBe('nl');
  });

  it.each(gevallen)('%s in %s: no code reaches the reader on any platform', (_, taal, b) => {
    const s = slackBericht(b, adres(taal), 'c1');
    const teksten = [
      s.text,
      ...slackTeksten(s.blocks),
      ...teamsTeksten(teamsKaart(b, taal)),
      weergaveTekst(b, adres(taal)),
    ];
    for (const t of teksten) expect(t, t).not.toMatch(CODE);
  });

  it.each(gevallen.filter(([, taal]) => taal === 'en'))(
    '%s in %s: an English reader gets no Dutch from any part of the message',
    (_, taal, b) => {
      const teksten = [
        ...eigenSlack(b, slackBericht(b, adres(taal), 'c1')),
        ...eigenTeams(b, teamsKaart(b, taal)),
        weergaveTekst(b, adres(taal)),
      ];
      for (const t of teksten)
        for (const woord of NEDERLANDS) expect(t, `"${woord}" in: ${t}`).not.toContain(woord);
    },
  );

  it('keeps the Dutch wording for a Dutch reader', () => {
    const [besluit] = VOORBEELDEN.besluit_gedeeld;
    expect(slackBericht(besluit!, adres('nl'), 'c1').text).toBe('Besluit MW-2026-0042: Deels toegekend');
    expect(slackBericht(besluit!, adres('en'), 'c1').text).toBe('Decision MW-2026-0042: Partly granted');
    expect(
      teamsTeksten(besluitkaart(besluit as Extract<Bericht, { soort: 'besluit_gedeeld' }>, 'nl')),
    ).toContain('Genomen door de bestuurder (Ingrid Smit), wo 25 nov 10:00');
  });
});

describe('a commitment reminder that comes late', () => {
  it('says so on every platform, in the reader’s language', () => {
    const b = { ...VOORBEELDEN.toezegging_herinnering[0]!, laat: true } as Bericht;
    const zin = { nl: 'later verstuurd dan gepland', en: 'sent later than planned' };
    for (const taal of ['nl', 'en'] as const) {
      expect(JSON.stringify(slackBericht(b, adres(taal), 'c1'))).toContain(zin[taal]);
      expect(JSON.stringify(teamsKaart(b, taal))).toContain(zin[taal]);
      expect(weergaveTekst(b, adres(taal))).toContain(zin[taal]);
    }
  });
});

describe('the chair’s messages about a monthly report', () => {
  const overal = (b: Bericht, taal: Taal) => [
    JSON.stringify(slackBericht(b, adres(taal), null)),
    JSON.stringify(teamsKaart(b, taal)),
    weergaveTekst(b, adres(taal)),
  ];

  it('a failed report has no casus: every platform names the report and leaves the reference out', () => {
    const b = VOORBEELDEN.bezorging_mislukt[1]!;
    const woorden = {
      nl: { soort: 'knelpuntenrapport', over: / over \S/ },
      en: { soort: 'bottleneck report', over: / about \S/ },
    };
    for (const taal of ['nl', 'en'] as const)
      for (const t of overal(b, taal)) {
        expect(t).toContain(woorden[taal].soort);
        expect(t).not.toMatch(woorden[taal].over);
      }
  });

  it('a chart Teams cannot show for want of a public address says so, not that the upload was refused', () => {
    const b = VOORBEELDEN.rapportgrafiek_mislukt[2]!;
    for (const taal of ['nl', 'en'] as const)
      for (const t of overal(b, taal)) {
        expect(t).toContain('MAATWERKBOT_PUBLIEKE_URL');
        expect(t).not.toMatch(/weigerde|refused/);
      }
  });
});
