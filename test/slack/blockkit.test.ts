// Every builder's output against Slack's limits (the zod schemas in blockkit.ts), with the longest and
// nastiest content the core can hand over; and the escaping and truncation rules on their own.
import { describe, expect, it } from 'vitest';
import {
  berichtSchema,
  homeSchema,
  LIMIET,
  modalSchema,
  viewAntwoordSchema,
} from '../../adapters/slack/blockkit.ts';
import { BEHEER_ACTIES } from '../../adapters/slack/ids.ts';
import { foutenVoorView } from '../../adapters/slack/listeners/gedeeld.ts';
import { kort, md, mdStukken, ontsnap } from '../../adapters/slack/tekst.ts';
import { slackBericht } from '../../adapters/slack/weergave/berichten.ts';
import { homeView } from '../../adapters/slack/weergave/home.ts';
import { kaartBlokken } from '../../adapters/slack/weergave/kaart.ts';
import {
  antwoordBevestiging,
  antwoordModal,
  bestuurderModal,
  crisisModal,
  evaluatieModal,
  informatieAntwoordModal,
  informatieVraagModal,
  ingediendModal,
  intakeModal,
  meldingModal,
  toestemmingModal,
  voorzitterModal,
} from '../../adapters/slack/weergave/modals.ts';
import { beheerModal } from '../../adapters/slack/weergave/voorzitter.ts';
import type {
  Adres,
  Bericht,
  BerichtSoort,
  CasusSamenvatting,
  KaartStand,
  LidStand,
} from '../../src/domain/berichten.ts';
import { beheeracties } from '../../src/domain/bevoegdheid.ts';
import { DomeinFout } from '../../src/domain/fouten.ts';
import type { PrecedentWeergave, Rapport } from '../../src/domain/register.ts';
import { KEUZES, LEEFGEBIEDEN } from '../../src/domain/woorden.ts';

/** Text that grows fivefold when escaped, with a mention attempt in it. */
const lang = (n: number) => '<!channel> & '.repeat(Math.ceil(n / 13)).slice(0, n);
const ID = '7f1c2d3e-aaaa-bbbb-cccc-1234567890ab';
const iso = '2026-11-25T09:00:00.000Z';

const casus: CasusSamenvatting = {
  casusId: ID,
  referentie: 'MW-2026-12345',
  tafelId: ID,
  tafelNaam: lang(200),
  titel: lang(120),
  situatie: lang(3000),
  knelpunt: { code: 'k', naam: lang(300), regel: lang(300) },
  leefgebieden: [...LEEFGEBIEDEN],
  gevraagdeOplossing: lang(2000),
  kostenMaatwerkCent: 123_456_789_00,
  kostenNietsDoenCent: 999_999_999_99,
  kostenNietsDoenToelichting: lang(1000),
  urgentie: 'spoed',
  betrokkenheid: 'wisselend',
  betrokkenheidToelichting: lang(1000),
  toestemming: 'nee_afweging_vastgelegd',
  status: 'in_besluitronde',
  opAgenda: true,
};

const lid = (i: number, metInhoud: boolean): LidStand => ({
  lidId: `${ID}-${i}`,
  naam: lang(200),
  organisatie: lang(200),
  ...(metInhoud ? { keuze: KEUZES[i % 5]!, reden: lang(2000), voorwaarden: lang(1000) } : {}),
});

const kaart = (status: 'open' | 'gesloten', zichtbaar: boolean): KaartStand => ({
  casus,
  versie: 9,
  ronde: {
    rondeId: ID,
    status,
    deadline: iso,
    geantwoord: Array.from({ length: 8 }, (_, i) => lid(i, zichtbaar)),
    wachtend: Array.from({ length: 4 }, (_, i) => lid(i + 8, false)),
    inhoudZichtbaar: zichtbaar,
  },
});

const besluit = {
  uitkomst: 'deels_toegekend' as const,
  waarom: lang(12_000),
  hoe: lang(2000),
  voorwaarden: lang(1000),
  afgewekenRegel: lang(300),
  verwijzing: lang(1000),
  kostenMaatwerkCent: 1,
  kostenNietsDoenCent: 2,
  genomenDoor: 'bestuurder' as const,
  besluiterNaam: lang(200),
  genomen: iso,
  toezeggingen: Array.from({ length: 30 }, () => ({
    organisatie: lang(200),
    taak: lang(500),
    deadline: iso,
  })),
};

const lijst40 = Array.from({ length: 40 }, () => ({
  referentie: 'MW-2026-0001',
  titel: lang(120),
  uitkomst: 'afgewezen' as const,
}));

const precedent = (i: number): PrecedentWeergave => ({
  besluitId: `${ID}-p${i}`,
  referentie: `MW-2025-000${i}`,
  titel: lang(120),
  uitkomst: 'toegekend',
  knelpunt: lang(300),
  tafelNaam: lang(200),
  genomen: iso,
  fragment: `${lang(40)} *vet_ ${lang(1000)}`,
  markeringen: [
    { van: 0, tot: 9 },
    { van: 14, tot: 30 },
    { van: 40, tot: 60 },
    { van: 900, tot: 1200 },
  ],
  gewerkt: true,
  afwijkingToelichting: lang(2000),
});
const vergelijkbaar = Array.from({ length: 5 }, (_, i) => precedent(i));

const rapport: Rapport = {
  tenant: { slug: 't', naam: lang(200) },
  tafel: null,
  van: '2026-10-01',
  tot: '2026-10-31',
  gemaakt: iso,
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

const BERICHTEN: Bericht[] = [
  { soort: 'casus_geplaatst', kaart: { ...kaart('open', true), vergelijkbaar } },
  {
    soort: 'casus_ontvangen',
    referentie: 'MW-2026-0001',
    tafelNaam: lang(200),
    deadline: iso,
    casusId: ID,
    vergelijkbaar,
  },
  {
    soort: 'afwijking_gevraagd',
    besluitId: ID,
    referentie: 'MW-2026-0001',
    titel: lang(120),
    tafelNaam: lang(200),
    knelpunt: lang(300),
    uitkomst: 'afgewezen',
    meerderheid: 'geholpen',
    eerder: 12,
    inMeerderheid: 9,
    voorbeelden: vergelijkbaar.slice(0, 3),
  },
  {
    soort: 'afwijking_toegelicht',
    besluitId: ID,
    referentie: 'MW-2026-0001',
    titel: lang(120),
    tafelNaam: lang(200),
    uitkomst: 'afgewezen',
    toelichting: lang(2000),
    voorzitterNaam: lang(200),
  },
  {
    soort: 'knelpuntenrapport',
    tafelNaam: lang(200),
    van: '2026-10-01',
    tot: '2026-10-31',
    samenvatting: lang(8000),
    rapport,
  },
  {
    soort: 'knelpuntenrapport',
    tafelNaam: null,
    van: '2026-10-01',
    tot: '2026-10-31',
    samenvatting: 'Geen casussen.',
    rapport,
  },
  { soort: 'casus_geplaatst', kaart: kaart('open', false) },
  { soort: 'casus_geplaatst', kaart: { casus, versie: 1, ronde: null } },
  { soort: 'casus_bijgewerkt', kaart: kaart('open', true) },
  { soort: 'casus_bijgewerkt', kaart: kaart('gesloten', true) },
  { soort: 'casus_ontvangen', referentie: 'MW-2026-0001', tafelNaam: lang(200), deadline: iso, casusId: ID },
  { soort: 'crisis_doorverwezen', referentie: 'MW-2026-0001', tafelNaam: lang(200) },
  { soort: 'herinnering', kaart: kaart('open', true), lidId: ID, laat: true },
  ...(['voorzitter', 'bestuurder'] as const).map(
    (niveau): Bericht => ({
      soort: 'escalatie',
      escalatieId: ID,
      niveau,
      trede: 2,
      titel: lang(200),
      redenen: ['geen_quorum', 'buiten_mandaat', 'boven_mandaat', lang(500)],
      deadline: iso,
      casus,
      antwoorden: Array.from({ length: 12 }, (_, i) => ({
        organisatie: lang(200),
        naam: lang(200),
        keuze: KEUZES[i % 5]!,
        reden: lang(2000),
        voorwaarden: lang(1000),
      })),
      eerdereBesluiten: Array.from({ length: 6 }, () => ({
        door: lang(200),
        uitkomst: 'toekennen',
        reden: lang(3000),
      })),
      laat: true,
    }),
  ),
  { soort: 'escalatie_verlopen', referentie: 'MW-2026-0001', titel: lang(120), naar: 'vergadering' },
  {
    soort: 'informatie_gevraagd',
    escalatieId: ID,
    verzoekId: ID,
    referentie: 'MW-2026-0001',
    titel: lang(120),
    vraag: lang(2000),
    vanNaam: lang(200),
  },
  {
    soort: 'informatie_gegeven',
    escalatieId: ID,
    referentie: 'MW-2026-0001',
    titel: lang(120),
    antwoord: lang(3000),
    deadline: iso,
  },
  { soort: 'op_agenda', referentie: 'MW-2026-0001', titel: lang(120), reden: lang(1000) },
  { soort: 'besluit_gedeeld', referentie: 'MW-2026-0001', titel: lang(120), tafelNaam: lang(200), besluit },
  {
    soort: 'toezegging_herinnering',
    referentie: 'MW-2026-0001',
    organisatie: lang(200),
    taak: lang(500),
    deadline: iso,
    toezeggingId: ID,
  },
  ...(['eigenaar', 'voorzitter'] as const).map((trede) => ({
    soort: 'toezegging_achterstallig' as const,
    trede,
    referentie: 'MW-2026-0001',
    titel: lang(120),
    organisatie: lang(200),
    taak: lang(500),
    deadline: iso,
    toezeggingId: ID,
    laat: true,
  })),
  {
    soort: 'toezegging_gedaan',
    referentie: 'MW-2026-0001',
    titel: lang(120),
    organisatie: lang(200),
    taak: lang(500),
    tekst: lang(1000),
    doorNaam: lang(200),
  },
  {
    soort: 'agenda',
    tafelNaam: lang(200),
    vergadering: iso,
    laat: true,
    punten: Array.from({ length: 40 }, () => ({
      referentie: 'MW-2026-0001',
      titel: lang(120),
      status: 'bij_bestuurder',
      opAgenda: true,
      deadline: iso,
    })),
    besluitenSinds: lijst40,
    achterstalligeToezeggingen: Array.from({ length: 40 }, () => ({
      referentie: 'MW-2026-0001',
      organisatie: lang(200),
      taak: lang(500),
      deadline: iso,
    })),
  },
  { soort: 'weekoverzicht', tafelNaam: lang(200), van: iso, tot: iso, besluiten: lijst40 },
  {
    soort: 'termijn_verlengd',
    referentie: 'MW-2026-0001',
    titel: lang(120),
    deadline: iso,
    reden: lang(2000),
  },
  { soort: 'casus_ingetrokken', referentie: 'MW-2026-0001', titel: lang(120), reden: lang(2000) },
  {
    soort: 'rapportgrafiek_mislukt',
    tafelNaam: lang(200),
    van: '2026-03-01',
    tot: '2026-03-31',
    ontvanger: lang(200),
    reden: 'geen_bestandsrecht',
    fout: lang(200),
  },
  {
    soort: 'bezorging_mislukt',
    referentie: 'MW-2026-0001',
    soortBericht: 'besluit_gedeeld',
    ontvanger: lang(200),
    fout: lang(200),
  },
  { soort: 'toestemming_herinnering', referentie: 'MW-2026-0001', titel: lang(120), casusId: ID },
  {
    soort: 'aanvulling_gevraagd',
    referentie: 'MW-2026-0001',
    titel: lang(120),
    casusId: ID,
    ontbreekt: ['kosten', 'betrokkenheid', 'toestemming'],
  },
  {
    soort: 'inhoud_verwijderd',
    referentie: 'MW-2026-0001',
    platformBericht: {
      platform: 'slack',
      kanaalId: 'C0TAFEL',
      berichtId: '1700000000.000101',
      soort: 'casuskaart',
    },
  },
  {
    soort: 'evaluatie_vraag',
    referentie: 'MW-2026-0001',
    titel: lang(120),
    besluitId: ID,
    uitkomst: 'toegekend',
  },
];

const kanaal: Adres = {
  soort: 'kanaal',
  platform: 'slack',
  kanaalId: 'C0TAFEL',
  tafelId: ID,
  kanaalSoort: 'tafel',
};
const persoon: Adres = {
  soort: 'persoon',
  platform: 'slack',
  extern: 'U01',
  persoonId: ID,
  naam: lang(200),
  taal: 'en',
};

/** Every mrkdwn text of a payload. */
function mrkdwn(waarde: unknown, uit: string[] = []): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) mrkdwn(w, uit);
  else if (waarde && typeof waarde === 'object') {
    const o = waarde as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') uit.push(o.text);
    for (const w of Object.values(o)) mrkdwn(w, uit);
  }
  return uit;
}

describe('Block Kit limits: every message kind, at its longest', () => {
  it.each(BERICHTEN.map((b, i) => [`${i}:${b.soort}`, b] as const))(
    '%s fits in a message',
    (_naam, bericht) => {
      for (const adres of [kanaal, persoon]) {
        const uit = slackBericht(bericht, adres, ID);
        const r = berichtSchema.safeParse(uit);
        expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
        expect(uit.text).not.toMatch(/[<>]/);
        for (const t of mrkdwn(uit.blocks)) expect(t).not.toMatch(/[<>]/);
      }
    },
  );

  it('covers every kind the core can send', () => {
    // A new kind in the core fails to compile here until it is added to BERICHTEN above.
    const alle: Record<BerichtSoort, true> = {
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
      toestemming_herinnering: true,
      aanvulling_gevraagd: true,
      inhoud_verwijderd: true,
      evaluatie_vraag: true,
      afwijking_gevraagd: true,
      afwijking_toegelicht: true,
      knelpuntenrapport: true,
    };
    expect(new Set(BERICHTEN.map((b) => b.soort))).toEqual(new Set(Object.keys(alle)));
  });

  it('keeps the answer buttons when a card is cut to 50 blocks', () => {
    const vol: KaartStand = {
      ...kaart('open', true),
      ronde: {
        ...kaart('open', true).ronde!,
        geantwoord: Array.from({ length: 60 }, (_, i) => lid(i, true)),
      },
    };
    const uit = slackBericht({ soort: 'casus_bijgewerkt', kaart: vol }, kanaal, ID);
    expect(uit.blocks).toHaveLength(LIMIET.blokkenBericht);
    expect(uit.blocks.at(-1)!.type).toBe('actions');
    expect(berichtSchema.safeParse(uit).success).toBe(true);
  });

  it('every modal fits in a view', () => {
    const k = kaart('open', false);
    const modals = [
      intakeModal({
        tafels: Array.from({ length: 150 }, (_, i) => ({ id: `${ID}-${i}`, naam: lang(300) })),
        knelpunten: Array.from({ length: 150 }, (_, i) => ({
          code: `k${i}`.padEnd(i % 2 ? 200 : 150, 'x'),
          naam: lang(300),
        })),
        situatie: lang(40_000),
        kanaal: 'C0TAFEL',
      }),
      intakeModal({ tafels: [{ id: ID, naam: 'Tafel' }], knelpunten: [], crisis: true }),
      ingediendModal({ referentie: 'MW-2026-0001', tafelNaam: lang(300), deadline: new Date(iso) }, 'nl'),
      crisisModal('MW-2026-0001'),
      meldingModal('Niet mogelijk', lang(5000)),
      ...KEUZES.map((keuze) => antwoordModal(k, keuze, 'niet_akkoord', 'C0TAFEL')),
      ...KEUZES.flatMap((keuze) => [
        antwoordBevestiging({ referentie: 'MW-2026-0001', keuze, revisie: 1, gesloten: null, deadline: iso }),
        antwoordBevestiging({
          referentie: 'MW-2026-0001',
          keuze,
          revisie: 3,
          gesloten: 'voorzitter',
          deadline: null,
        }),
      ]),
      ...(['toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen'] as const).map((u) =>
        voorzitterModal(k, u, 'D01'),
      ),
      bestuurderModal(k, 'goedkeuren'),
      bestuurderModal(k, 'afwijzen', 'D01'),
      informatieVraagModal(k, 'D01'),
      informatieAntwoordModal(ID, 'D01'),
      evaluatieModal(ID),
      toestemmingModal(ID, 'D01'),
      // The chair's controls, with the round open and closed (no deadline to start the pickers from).
      ...BEHEER_ACTIES.flatMap((a) => [
        beheerModal(a, k, 'C0TAFEL'),
        beheerModal(a, kaart('gesloten', true), 'D01'),
        beheerModal(a, { casus, versie: 1, ronde: null }),
      ]),
    ];
    for (const m of modals) {
      const r = modalSchema.safeParse(m);
      expect(
        r.success ? [] : r.error.issues.map((i) => `${m.callback_id}: ${i.path.join('.')}: ${i.message}`),
      ).toEqual([]);
      for (const t of mrkdwn(m.blocks)) expect(t).not.toMatch(/[<>]/);
    }
  });

  it("the card everyone in the channel sees carries no chair's menu; the chair's own view does", () => {
    const k = kaart('open', false);
    const gedeeld = JSON.stringify(slackBericht({ soort: 'casus_bijgewerkt', kaart: k }, kanaal, ID).blocks);
    expect(gedeeld).not.toContain('"type":"overflow"');
    expect(gedeeld).toContain('antwoord:akkoord');
    const voor = (status: string) => ({
      beheeracties: beheeracties({ voorzitter: true, casusStatus: status }),
    });
    const eigen = JSON.stringify(kaartBlokken(k, 'nl', voor(k.casus.status)));
    expect(eigen).toContain('"action_id":"beheer:menu"');
    expect(eigen).toContain('verlengen|');
    // A final casus has no controls left, also for the chair.
    const besloten = { ...kaart('gesloten', true), casus: { ...k.casus, status: 'besloten' } };
    expect(JSON.stringify(kaartBlokken(besloten, 'nl', voor('besloten')))).not.toContain('overflow');
    // A casus whose round waits for the submitter: withdrawing is all that applies, as its own button (an
    // overflow holds two options at least).
    const wacht = { ...k, ronde: null, casus: { ...k.casus, status: 'wacht_op_aanvulling' } };
    const blokken = kaartBlokken(wacht, 'nl', voor('wacht_op_aanvulling'));
    expect(berichtSchema.safeParse({ text: 'kaart', blocks: blokken }).success).toBe(true);
    const menu = JSON.stringify(blokken);
    expect(menu).toContain('"action_id":"beheer:intrekken"');
    expect(menu).not.toContain('overflow');
    expect(menu).toContain('Wacht op aanvulling');
  });

  it('App Home fits in 100 blocks with long lists', () => {
    const view = homeView({
      open: Array.from({ length: 80 }, (_, i) => ({
        casusId: ID,
        referentie: `MW-2026-${i}`,
        titel: lang(120),
        soort: (['antwoord', 'voorzitter', 'bestuurder'] as const)[i % 3]!,
        deadline: new Date(iso),
        tafelNaam: lang(200),
      })),
      casussen: Array.from({ length: 30 }, () => ({
        casusId: ID,
        referentie: 'MW-2026-0001',
        titel: lang(120),
        status: 'besloten',
        tafelNaam: lang(200),
        uitkomst: 'toegekend',
      })),
      voorzitter: Array.from({ length: 30 }, () => ({
        casusId: ID,
        referentie: 'MW-2026-0002',
        titel: lang(120),
        status: 'in_besluitronde',
        opAgenda: true,
        tafelNaam: lang(200),
      })),
      besluiten: Array.from({ length: 30 }, () => ({
        casusId: ID,
        referentie: 'MW-2026-0001',
        titel: lang(120),
        uitkomst: 'afgewezen',
        genomen: new Date(iso),
        tafelNaam: lang(200),
      })),
    });
    const r = homeSchema.safeParse(view);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(homeSchema.safeParse(homeView({ open: [], casussen: [], besluiten: [] })).success).toBe(true);
  });

  it('inline errors map field names to block ids and fit, with the privacy suggestion', () => {
    const fout = new DomeinFout(
      'persoonsgegevens',
      'De tekst bevat persoonsgegevens; er is niets opgeslagen.',
      [
        { veld: 'situatie', bericht: 'Deze tekst bevat een BSN.', suggestie: lang(3000) },
        { veld: 'toezegging.deadline', bericht: 'Geef een datum' },
        { veld: 'leefgebieden[0]', bericht: 'Onbekend leefgebied' },
        { veld: '(invoer)', bericht: 'Onleesbaar' },
      ],
    );
    const antwoord = foutenVoorView(
      fout,
      ['situatie', 'toezegging_taak', 'toezegging_deadline', 'leefgebieden', 'titel'],
      'titel',
    );
    expect(viewAntwoordSchema.safeParse(antwoord).success).toBe(true);
    expect(antwoord).toMatchObject({
      response_action: 'errors',
      errors: {
        situatie: expect.stringContaining('Voorstel'),
        toezegging_deadline: 'Geef een datum',
        leefgebieden: 'Onbekend leefgebied',
        titel: 'Onleesbaar',
      },
    });
    const zonderVelden = foutenVoorView(
      new DomeinFout('ronde_gesloten', 'De ronde is gesloten.'),
      ['reden'],
      'reden',
    );
    expect(zonderVelden).toEqual({ response_action: 'errors', errors: { reden: 'De ronde is gesloten.' } });
  });

  it('refuses what Slack refuses: the schemas are not a formality', () => {
    const blok = { type: 'section', text: { type: 'mrkdwn', text: 'x' } };
    expect(berichtSchema.safeParse({ text: 'x', blocks: Array(51).fill(blok) }).success).toBe(false);
    expect(
      berichtSchema.safeParse({
        text: 'x',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }],
      }).success,
    ).toBe(false);
    expect(
      berichtSchema.safeParse({
        text: 'x',
        blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }],
      }).success,
    ).toBe(false);
    expect(
      berichtSchema.safeParse({ text: 'x', blocks: [{ ...blok, block_id: 'b'.repeat(256) }] }).success,
    ).toBe(false);
    expect(berichtSchema.safeParse({ text: 'x', blocks: [{ type: 'bestaat_niet' }] }).success).toBe(false);
    const modal = { type: 'modal', title: { type: 'plain_text', text: 'Titel' }, blocks: [blok] };
    expect(modalSchema.safeParse(modal).success).toBe(true);
    expect(
      modalSchema.safeParse({ ...modal, title: { type: 'plain_text', text: 'x'.repeat(25) } }).success,
    ).toBe(false);
    expect(
      modalSchema.safeParse({ ...modal, submit: { type: 'plain_text', text: 'x'.repeat(25) } }).success,
    ).toBe(false);
    expect(
      modalSchema.safeParse({ ...modal, close: { type: 'plain_text', text: 'x'.repeat(25) } }).success,
    ).toBe(false);
    expect(modalSchema.safeParse({ ...modal, private_metadata: 'x'.repeat(3001) }).success).toBe(false);
    expect(modalSchema.safeParse({ ...modal, blocks: Array(101).fill(blok) }).success).toBe(false);
    expect(homeSchema.safeParse({ type: 'home', blocks: Array(100).fill(blok) }).success).toBe(true);
    expect(homeSchema.safeParse({ type: 'home', blocks: Array(101).fill(blok) }).success).toBe(false);
  });
});

describe('mrkdwn escaping and truncation', () => {
  it('escapes &, < and > so mentions and links in user text stay literal', () => {
    expect(ontsnap('<!channel> <@U123> <!here|hier> <https://x|y> a & b > c')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;!here|hier&gt; &lt;https://x|y&gt; a &amp; b &gt; c',
    );
  });

  it('cuts with an ellipsis, never in the middle of an entity or a surrogate pair', () => {
    expect(kort('abcdef', 4)).toBe('abc…');
    expect(kort('abc', 4)).toBe('abc');
    expect(kort('😀😀😀', 4)).toBe('😀…');
    for (let max = 5; max < 40; max++) {
      const uit = md('a & b < c > d & e', max);
      expect(uit.length).toBeLessThanOrEqual(max);
      expect(uit).not.toMatch(/&[a-z]*…$/);
      expect(uit).not.toMatch(/&[a-z]*$/);
    }
  });

  it('splits long text over sections without losing the limit', () => {
    const delen = mdStukken(lang(12_000), 2900, 4);
    expect(delen.length).toBe(4);
    for (const d of delen) expect(d.length).toBeLessThanOrEqual(2900);
    expect(delen.at(-1)!.endsWith('…')).toBe(true);
    expect(mdStukken('kort', 2900, 4)).toEqual(['kort']);
  });
});
