// The knelpunten report: figures checked by hand, first on the pure aggregation, then end to end on the
// database (PGlite always, PostgreSQL when reachable), then CSV, PNG, summary and the CLI command.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport as rapportCli } from '../../src/cli/rapport.ts';
import type { GrafiekVerwijzing } from '../../src/domain/register.ts';
import type { BesluitUitkomst } from '../../src/domain/woorden.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { leesGrafiek } from '../../src/register/grafiekopslag.ts';
import { MAANDGRAFIEK, stuurMaandrapporten, vorigeMaand } from '../../src/register/maandrapport.ts';
import {
  maakRapport,
  naarCsv,
  naarPng,
  naarSvg,
  type Rapport,
  rapportVoor,
  samenvatting,
} from '../../src/register/rapport.ts';
import {
  aggregeer,
  EIGEN_OMSCHRIJVING,
  type KnelpuntCijfers,
  kostenUitkomsten,
  mediaan,
  type RapportRij,
} from '../../src/register/rapportage.ts';
import { csvVeld } from '../../src/register/rapportuitvoer.ts';
import { standaardKalender } from '../../src/time/index.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, directeur, LEDEN, voorzitter, wie } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';
import { type BesluitSpec, legBesluitenAan, yamlMetTweeTafels } from './fixture.ts';

const PNG_HANDTEKENING = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KDN = 'Kostendelersnorm bij inwonend volwassen kind met beperking';
const LLV = 'Leerlingenvervoer past niet';

// Seven casussen in March and April 2026. Time to besluit, by hand (09:00–17:00, Dutch holidays):
//  R1 mon 2 mar 10:00 → wed 4 mar 10:00                       = 16 werkuren
//  R2 fri 6 mar 16:00 → mon 9 mar 11:00   (1 + 2)             =  3
//  R3 thu 2 apr 15:00 → tue 7 apr 10:00   (2 + 8 + Easter Monday 0 + 1) = 11
//  R5 mon 2 mar 09:00 → mon 2 mar 13:30                       =  4.5
//  R7 tue 3 mar 09:00 → tue 10 mar 09:00  (5 werkdagen)       = 40
function rij(
  code: string | null,
  naam: string | null,
  ingediend: string,
  besluit: null | {
    uitkomst: BesluitUitkomst;
    genomen: string;
    maatwerk?: number;
    nietsDoen?: number;
    /** deels_toegekend: the amount granted; absent for older besluiten without one. */
    toegekend?: number | null;
    gewerkt?: boolean | null;
    open?: number;
    verlopen?: number;
  },
  status = besluit ? 'besloten' : 'in_besluitronde',
): RapportRij {
  return {
    knelpuntCode: code,
    knelpuntNaam: naam,
    status,
    ingediend: ams(ingediend),
    besluit: besluit && {
      uitkomst: besluit.uitkomst,
      genomen: ams(besluit.genomen),
      kostenMaatwerkCent: besluit.maatwerk ?? 0,
      kostenNietsDoenCent: besluit.nietsDoen ?? 0,
      toegekendBedragCent: besluit.toegekend ?? null,
      evaluatieGewerkt: besluit.gewerkt ?? null,
      openToezeggingen: besluit.open ?? 0,
      verlopenToezeggingen: besluit.verlopen ?? 0,
    },
  };
}

const RIJEN: RapportRij[] = [
  rij('kostendelersnorm', KDN, '2026-03-02 10:00', {
    uitkomst: 'toegekend',
    genomen: '2026-03-04 10:00',
    maatwerk: 240_000,
    nietsDoen: 1_800_000,
    gewerkt: true,
    open: 1,
  }),
  rij('kostendelersnorm', KDN, '2026-03-06 16:00', {
    uitkomst: 'afgewezen',
    genomen: '2026-03-09 11:00',
    nietsDoen: 500_000,
  }),
  rij('kostendelersnorm', KDN, '2026-04-02 15:00', {
    uitkomst: 'deels_toegekend',
    genomen: '2026-04-07 10:00',
    maatwerk: 100_000,
    nietsDoen: 750_000,
    gewerkt: false,
    open: 2,
    verlopen: 1,
  }),
  rij('kostendelersnorm', KDN, '2026-04-20 10:00', null),
  rij('leerlingenvervoer', LLV, '2026-03-02 09:00', {
    uitkomst: 'toegekend',
    genomen: '2026-03-02 13:30',
    maatwerk: 80_000,
    nietsDoen: 300_000,
  }),
  rij('leerlingenvervoer', LLV, '2026-03-16 10:00', null, 'ingetrokken'),
  rij(null, null, '2026-03-03 09:00', {
    uitkomst: 'doorverwezen',
    genomen: '2026-03-10 09:00',
    nietsDoen: 90_000,
  }),
];

const nul = { toegekend: 0, deels_toegekend: 0, afgewezen: 0, doorverwezen: 0 };

const VERWACHT: KnelpuntCijfers[] = [
  {
    knelpunt: { code: 'kostendelersnorm', naam: KDN },
    casussen: 4,
    uitkomsten: { toegekend: 1, deels_toegekend: 1, afgewezen: 1, doorverwezen: 0 },
    open: 1,
    ingetrokken: 0,
    kostenMaatwerkCent: 340_000,
    kostenNietsDoenCent: 2_550_000,
    mediaanWerkuren: 11,
    toezeggingen: { open: 3, verlopen: 1 },
    evaluaties: { gewerkt: 1, nietGewerkt: 1, nogNiet: 0 },
  },
  {
    knelpunt: { code: 'leerlingenvervoer', naam: LLV },
    casussen: 2,
    uitkomsten: { ...nul, toegekend: 1 },
    open: 0,
    ingetrokken: 1,
    kostenMaatwerkCent: 80_000,
    kostenNietsDoenCent: 300_000,
    mediaanWerkuren: 4.5,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 1 },
  },
  {
    knelpunt: { code: null, naam: EIGEN_OMSCHRIJVING },
    casussen: 1,
    uitkomsten: { ...nul, doorverwezen: 1 },
    open: 0,
    ingetrokken: 0,
    kostenMaatwerkCent: 0,
    kostenNietsDoenCent: 0,
    mediaanWerkuren: 40,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 0 },
  },
];

const TOTAAL: KnelpuntCijfers = {
  knelpunt: { code: null, naam: 'Totaal' },
  casussen: 7,
  uitkomsten: { toegekend: 2, deels_toegekend: 1, afgewezen: 1, doorverwezen: 1 },
  open: 1,
  ingetrokken: 1,
  kostenMaatwerkCent: 420_000,
  kostenNietsDoenCent: 2_850_000,
  // median of 16, 3, 11, 4.5, 40
  mediaanWerkuren: 11,
  toezeggingen: { open: 3, verlopen: 1 },
  evaluaties: { gewerkt: 1, nietGewerkt: 1, nogNiet: 1 },
};

describe('the costs a report counts (pure)', () => {
  const kal = standaardKalender;
  const deels = (toegekend: number | null) =>
    rij('kdn', KDN, '2026-03-02 10:00', {
      uitkomst: 'deels_toegekend',
      genomen: '2026-03-04 10:00',
      maatwerk: 200_000,
      nietsDoen: 900_000,
      toegekend,
    });
  it('a partly granted besluit counts the amount granted, not the amount requested', () => {
    const { totaal } = aggregeer([deels(125_000)], kal);
    expect(totaal.kostenMaatwerkCent).toBe(125_000);
    expect(totaal.kostenNietsDoenCent).toBe(900_000);
  });
  it('one taken before the forms asked for the amount counts the request', () => {
    expect(aggregeer([deels(null)], kal).totaal.kostenMaatwerkCent).toBe(200_000);
  });
  it('refused and referred casussen add no costs, also not of doing nothing; the labels say so', () => {
    const { totaal } = aggregeer(
      [
        rij('kdn', KDN, '2026-03-02 10:00', {
          uitkomst: 'afgewezen',
          genomen: '2026-03-04 10:00',
          maatwerk: 1,
          nietsDoen: 500_000,
        }),
        rij('kdn', KDN, '2026-03-02 10:00', {
          uitkomst: 'doorverwezen',
          genomen: '2026-03-04 10:00',
          nietsDoen: 300_000,
        }),
      ],
      kal,
    );
    expect([totaal.kostenMaatwerkCent, totaal.kostenNietsDoenCent]).toEqual([0, 0]);
    expect(kostenUitkomsten('nl')).toBe('toegekend of deels toegekend');
    expect(kostenUitkomsten('en')).toBe('granted or partly granted');
  });
});

describe('the chart as SVG', () => {
  const LANG =
    'Verordening leerlingenvervoer - aangepast vervoer voor kinderen met een beperking in het speciaal onderwijs';
  const cijfers = (naam: string, code: string, extra: Partial<KnelpuntCijfers>): KnelpuntCijfers => ({
    knelpunt: { code, naam },
    casussen: 5,
    uitkomsten: { toegekend: 3, deels_toegekend: 1, afgewezen: 1, doorverwezen: 0 },
    open: 0,
    ingetrokken: 0,
    kostenMaatwerkCent: 123_400,
    kostenNietsDoenCent: 2_400_000,
    mediaanWerkuren: 3,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 0 },
    ...extra,
  });
  const rapport = (taal: 'nl' | 'en', knelpunten: KnelpuntCijfers[]): Rapport => ({
    ...RAPPORT,
    tenant: { ...RAPPORT.tenant, taal },
    knelpunten,
    totaal: { ...TOTAAL, casussen: knelpunten.reduce((n, k) => n + k.casussen, 0) },
  });
  /** The SVG's text, with the non-breaking space Intl puts after the euro sign as a plain space. */
  const svg = (r: Rapport) => naarSvg(r, MAANDGRAFIEK).replace(/&nbsp;|&#160;|\u00a0/g, ' ');
  const twee = [
    cijfers(LANG, 'llv', {}),
    cijfers('Kostendelersnorm', 'kdn', { kostenMaatwerkCent: 500_000 }),
  ];

  it('amounts in the reader’s notation, on the axis and as labels on the bars; counts on the bars', () => {
    const nl = svg(rapport('nl', twee));
    expect(nl).toContain('>€ 1.234<');
    expect(nl).toContain('>€ 24.000<');
    expect(nl).toContain('>€ 5.000<');
    expect(nl).not.toMatch(/\d+k</);
    // The counts inside their segments: 3 granted, 1 partly, 1 refused.
    expect(nl).toContain('>3<');
    const en = svg(rapport('en', twee));
    expect(en).toContain('>€1,234<');
    expect(en).toContain('>€24,000<');
  });

  it('names every knelpunt whole, over several lines, and says which casussen the costs count', () => {
    const nl = svg(rapport('nl', twee));
    expect(nl).not.toContain('…');
    const regels = [...nl.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const woorden = LANG.split(' ');
    const gevonden = regels
      .filter((r) => r && LANG.includes(r) && r.length > 1)
      .join(' ')
      .split(' ');
    for (const w of woorden) expect(gevonden).toContain(w);
    expect(nl).toContain('toegekend of deels toegekend');
    expect(svg(rapport('en', twee))).toContain('granted or partly granted');
  });

  it('no legend entry for a series that is empty', () => {
    const nl = svg(rapport('nl', twee));
    expect(nl).not.toContain('>Open<');
    expect(nl).not.toContain('>Doorverwezen<');
    expect(nl).toContain('>Afgewezen<');
    const metOpen = svg(rapport('nl', [cijfers('Kostendelersnorm', 'kdn', { open: 2 })]));
    expect(metOpen).toContain('>Open<');
  });

  it('an empty period: no axes, a sentence instead', () => {
    const nl = svg(rapport('nl', []));
    expect(nl).toContain('Geen casussen in deze periode');
    expect(nl).not.toContain('>casussen<');
    expect(nl).not.toContain('€');
    expect(svg(rapport('en', []))).toContain('No cases in this period');
  });
});

describe('report aggregation (pure)', () => {
  it('gives the hand-checked figures per knelpunt and in total', () => {
    const { knelpunten, totaal } = aggregeer(RIJEN, standaardKalender);
    expect(knelpunten).toEqual(VERWACHT);
    expect(totaal).toEqual(TOTAAL);
  });

  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %j', (waarden, verwacht) => {
    expect(mediaan(waarden)).toBe(verwacht);
  });

  it('is empty without casussen', () => {
    const { knelpunten, totaal } = aggregeer([], standaardKalender);
    expect(knelpunten).toEqual([]);
    expect(totaal).toMatchObject({ casussen: 0, mediaanWerkuren: null });
  });
});

const RAPPORT: Rapport = {
  tenant: { slug: 'utrecht', naam: 'Gemeente Utrecht' },
  tafel: { slug: 'citydeal-utrecht', naam: 'City-deal tafel Utrecht' },
  van: '2026-03-01',
  tot: '2026-04-30',
  gemaakt: '2026-05-01T08:00:00.000Z',
  doorlooptijdEenheid: 'werkuren',
  knelpunten: VERWACHT,
  totaal: TOTAAL,
};

/** A small RFC 4180 reader for the round trip: quoted fields, doubled quotes, CRLF. */
function leesCsv(tekst: string, scheiding = ';'): string[][] {
  const rijen: string[][] = [];
  let veld = '';
  let rijNu: string[] = [];
  let quote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (quote) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') quote = false;
      else veld += c;
    } else if (c === '"') quote = true;
    else if (c === scheiding) {
      rijNu.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      rijNu.push(veld);
      rijen.push(rijNu);
      rijNu = [];
      veld = '';
      i++;
    } else veld += c;
  }
  return rijen;
}

describe('report outputs', () => {
  it('CSV: BOM, Dutch headers, semicolons, decimal comma, CRLF, a total row', () => {
    const csv = naarCsv(RAPPORT);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const regels = csv.slice(1).split('\r\n');
    expect(regels[0]).toBe(
      'Knelpunt;Code;Casussen;Toegekend;Deels toegekend;Afgewezen;Doorverwezen;Nog open;Ingetrokken;' +
        'Kosten maatwerk (EUR, toegekend of deels toegekend, bij deels toegekend het toegekende bedrag);' +
        'Kosten niets doen, geschat (EUR, toegekend of deels toegekend);Mediane doorlooptijd (werkuren);Open toezeggingen;' +
        'Waarvan verlopen;Gewerkt;Niet gewerkt;Nog niet geëvalueerd',
    );
    expect(regels[1]).toBe(`${KDN};kostendelersnorm;4;1;1;1;0;1;0;3400,00;25500,00;11;3;1;1;1;0`);
    expect(regels[2]).toBe(`${LLV};leerlingenvervoer;2;1;0;0;0;0;1;800,00;3000,00;4,5;0;0;0;0;1`);
    expect(regels[3]).toBe(`${EIGEN_OMSCHRIJVING};;1;0;0;0;1;0;0;0,00;0,00;40;0;0;0;0;0`);
    expect(regels[4]).toBe('Totaal;;7;2;1;1;1;1;1;4200,00;28500,00;11;3;1;1;1;1');
    expect(regels[5]).toBe('');
  });

  it.each([
    ['gewoon', 'gewoon'],
    ['a;b', '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['=SOM(A1)', "'=SOM(A1)"],
    ['-5', "'-5"],
    [12, '12'],
    [null, ''],
  ])('CSV field %j → %j', (waarde, verwacht) => {
    expect(csvVeld(waarde)).toBe(verwacht);
  });

  it('CSV survives a round trip with awkward knelpunt names', () => {
    const vreemd = { ...VERWACHT[0]!, knelpunt: { code: 'x', naam: 'Regel "A"; art. 3\nlid 2' } };
    const rijen = leesCsv(naarCsv({ ...RAPPORT, knelpunten: [vreemd] }).slice(1));
    expect(rijen[1]![0]).toBe('Regel "A"; art. 3\nlid 2');
    expect(rijen.every((r) => r.length === 17)).toBe(true);
  });

  it('PNG: signature and IHDR size as asked', () => {
    for (const [breedte, hoogte] of [
      [1200, 700],
      [800, 450],
    ] as const) {
      const png = naarPng(RAPPORT, { breedte, hoogte });
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([breedte, hoogte]);
      expect(png.length).toBeGreaterThan(5_000);
    }
    const leeg = naarPng(
      { ...RAPPORT, knelpunten: [], totaal: { ...TOTAAL, casussen: 0 } },
      { breedte: 600, hoogte: 300 },
    );
    expect(leeg.readUInt32BE(16)).toBe(600);
  });

  it('summary for a message', () => {
    expect(samenvatting(RAPPORT)).toBe(
      [
        'Knelpuntenrapport City-deal tafel Utrecht, 1-3-2026 t/m 30-4-2026: 7 casussen (2 toegekend, 1 deels toegekend, 1 afgewezen, 1 doorverwezen, 1 nog open, 1 ingetrokken).',
        'Kosten maatwerk €\u00a04.200 tegenover €\u00a028.500 geschatte kosten als er niets was gebeurd, over de 3 casussen met uitkomst toegekend of deels toegekend (bij deels toegekend telt het toegekende bedrag).',
        'Van indienen tot besluit: mediaan 11 werkuren (1,4 werkdagen).',
        'Open toezeggingen: 3, waarvan 1 over de datum.',
        'Evaluaties: 1 keer gewerkt, 1 keer niet.',
        'Meest voorkomende knelpunten:',
        `- ${KDN}: 4 (2 (deels) toegekend)`,
        `- ${LLV}: 2 (1 (deels) toegekend)`,
        `- ${EIGEN_OMSCHRIJVING}: 1 (0 (deels) toegekend)`,
      ].join('\n'),
    );
    expect(
      samenvatting({ ...RAPPORT, tafel: null, knelpunten: [], totaal: { ...TOTAAL, casussen: 0 } }),
    ).toBe(
      'Knelpuntenrapport alle tafels van Gemeente Utrecht, 1-3-2026 t/m 30-4-2026: geen casussen in deze periode.',
    );
  });
});

// The same seven casussen in the database, plus ones the report must leave out.
const SPECS: BesluitSpec[] = [
  {
    referentie: 'MW-2026-0001',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'R1',
    waarom: 'Reden.',
    uitkomst: 'toegekend',
    kostenMaatwerk: 240_000,
    kostenNietsDoen: 1_800_000,
    ingediend: '2026-03-02 10:00',
    genomen: '2026-03-04 10:00',
    gewerkt: true,
    toezeggingen: [{ deadline: '2026-06-01 12:00', gedaan: null }],
  },
  {
    referentie: 'MW-2026-0002',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'R2',
    waarom: 'Reden.',
    uitkomst: 'afgewezen',
    kostenMaatwerk: 90_000,
    kostenNietsDoen: 500_000,
    ingediend: '2026-03-06 16:00',
    genomen: '2026-03-09 11:00',
  },
  {
    referentie: 'MW-2026-0003',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'R3',
    waarom: 'Reden.',
    uitkomst: 'deels_toegekend',
    kostenMaatwerk: 100_000,
    kostenNietsDoen: 750_000,
    ingediend: '2026-04-02 15:00',
    genomen: '2026-04-07 10:00',
    gewerkt: false,
    toezeggingen: [
      { deadline: '2026-04-20 12:00', gedaan: null },
      { deadline: '2026-06-01 12:00', gedaan: null },
      { deadline: '2026-04-10 12:00', gedaan: '2026-04-09 12:00' },
    ],
  },
  {
    referentie: 'MW-2026-0004',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'R4',
    waarom: '',
    uitkomst: 'toegekend',
    ingediend: '2026-04-20 10:00',
    genomen: null,
  },
  {
    referentie: 'MW-2026-0005',
    tafel: 'citydeal-utrecht',
    knelpunt: 'leerlingenvervoer',
    titel: 'R5',
    waarom: 'Reden.',
    uitkomst: 'toegekend',
    kostenMaatwerk: 80_000,
    kostenNietsDoen: 300_000,
    ingediend: '2026-03-02 09:00',
    genomen: '2026-03-02 13:30',
  },
  {
    referentie: 'MW-2026-0006',
    tafel: 'citydeal-utrecht',
    knelpunt: 'leerlingenvervoer',
    titel: 'R6',
    waarom: '',
    uitkomst: 'toegekend',
    ingediend: '2026-03-16 10:00',
    genomen: null,
    status: 'ingetrokken',
  },
  {
    referentie: 'MW-2026-0007',
    tafel: 'citydeal-utrecht',
    knelpunt: null,
    knelpuntVrij: 'Energieschuld na verhuizing',
    titel: 'R7',
    waarom: 'Reden.',
    uitkomst: 'doorverwezen',
    kostenNietsDoen: 90_000,
    ingediend: '2026-03-03 09:00',
    genomen: '2026-03-10 09:00',
  },
  // Left out: a crisis, a casus raised before the period, and one at the other table (only with tafelId).
  {
    referentie: 'MW-2026-0008',
    tafel: 'citydeal-utrecht',
    knelpunt: null,
    titel: 'Crisis',
    waarom: '',
    uitkomst: 'toegekend',
    ingediend: '2026-03-05 10:00',
    genomen: null,
    status: 'crisis_doorverwezen',
  },
  {
    referentie: 'MW-2026-0009',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'Februari',
    waarom: 'Reden.',
    uitkomst: 'toegekend',
    kostenMaatwerk: 1,
    ingediend: '2026-02-28 23:30',
    genomen: '2026-03-02 10:00',
  },
  {
    referentie: 'MW-2026-0010',
    tafel: 'wijktafel-noord',
    knelpunt: 'leerlingenvervoer',
    titel: 'Noord',
    waarom: 'Reden.',
    uitkomst: 'afgewezen',
    ingediend: '2026-04-01 10:00',
    genomen: '2026-04-01 12:00',
  },
];

describe('monthly slot', () => {
  it.each([
    ['2026-01-15 10:00', '2025-12-01', '2025-12-31', '2025-12'],
    ['2026-03-01 00:30', '2026-02-01', '2026-02-28', '2026-02'],
    ['2026-04-01 08:00', '2026-03-01', '2026-03-31', '2026-03'],
  ])('at %s the report covers %s to %s', (moment, van, tot, slot) => {
    expect(vorigeMaand(ams(moment))).toEqual({ van, tot, slot });
  });
});

describe.each(SOORTEN)('report on %s', (soort) => {
  let o: TestOmgeving;
  let tenantId: string;
  let citydeal: string;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { yaml: yamlMetTweeTafels() });
    await legBesluitenAan(o.d, 'utrecht', SPECS);
    o.klok.zet('2026-05-01 10:00');
    tenantId = (await o.db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'utrecht' } })).id;
    citydeal = (await o.db.prisma.tafel.findFirstOrThrow({ where: { slug: 'citydeal-utrecht' } })).id;
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('one table: exactly the hand-checked figures', async () => {
    const r = await maakRapport(o.d, { tenantId, van: '2026-03-01', tot: '2026-04-30', tafelId: citydeal });
    expect(r.knelpunten).toEqual(VERWACHT);
    expect(r.totaal).toEqual(TOTAAL);
    expect(r).toMatchObject({
      tafel: { slug: 'citydeal-utrecht' },
      van: '2026-03-01',
      tot: '2026-04-30',
      doorlooptijdEenheid: 'werkuren',
    });
  });

  it('all tables: the other table is counted too', async () => {
    const r = await maakRapport(o.d, { tenantId, van: '2026-03-01', tot: '2026-04-30' });
    expect(r.tafel).toBeNull();
    expect(r.totaal.casussen).toBe(8);
    expect(r.knelpunten.find((k) => k.knelpunt.code === 'leerlingenvervoer')?.uitkomsten.afgewezen).toBe(1);
  });

  it('as a person: a tenant-wide bestuurder may see all, a member their table, a submitter nothing', async () => {
    expect(
      (await rapportVoor(o.d, directeur, { van: '2026-03-01', tot: '2026-04-30' })).totaal.casussen,
    ).toBe(8);
    expect((await rapportVoor(o.d, voorzitter, { van: '2026-03-01', tot: '2026-04-30' })).totaal).toEqual(
      TOTAAL,
    );
    expect(
      (await rapportVoor(o.d, wie('bram'), { van: '2026-03-01', tot: '2026-04-30' })).totaal.casussen,
    ).toBe(1);
    // Peter sits at both tables: he has to choose.
    await expect(rapportVoor(o.d, LEDEN.ggz, { van: '2026-03-01', tot: '2026-04-30' })).rejects.toMatchObject(
      {
        code: 'ongeldige_invoer',
      },
    );
    await expect(rapportVoor(o.d, consulent, { van: '2026-03-01', tot: '2026-04-30' })).rejects.toMatchObject(
      {
        code: 'niet_bevoegd',
      },
    );
    await expect(
      rapportVoor(o.d, LEDEN.wi, { van: '2026-03-01', tot: '2026-04-30', tafel: 'wijktafel-noord' }),
    ).rejects.toMatchObject({ code: 'niet_bevoegd' });
  });

  it('CLI: CSV to a file and to stdout, PNG, summary, and Dutch refusals', async () => {
    const map = mkdtempSync(path.join(tmpdir(), 'rapport-'));
    const draai = async (args: string[]) => {
      const uit = new PassThrough();
      const fout = new PassThrough();
      const delen: Buffer[] = [];
      const foutDelen: Buffer[] = [];
      uit.on('data', (b: Buffer) => delen.push(b));
      fout.on('data', (b: Buffer) => foutDelen.push(b));
      const code = await rapportCli(args, uit, o.d, fout);
      return {
        code,
        uit: Buffer.concat(delen).toString('utf8'),
        fout: Buffer.concat(foutDelen).toString('utf8'),
      };
    };
    const csv = path.join(map, 'r.csv');
    const png = path.join(map, 'r.png');
    const r = await draai([
      '--van',
      '2026-03-01',
      '--tot=2026-04-30',
      '--tafel',
      'citydeal-utrecht',
      '--csv',
      csv,
      '--png',
      png,
    ]);
    expect(r).toMatchObject({ code: 0, fout: '' });
    expect(readFileSync(csv, 'utf8')).toBe(
      naarCsv(await maakRapport(o.d, { tenantId, van: '2026-03-01', tot: '2026-04-30', tafelId: citydeal })),
    );
    expect(readFileSync(png).readUInt32BE(16)).toBe(1200);
    const stdout = await draai(['--van', '2026-03-01', '--tot', '2026-04-30', '--csv']);
    expect(stdout.uit.split('\r\n')[0]).toMatch(/^\uFEFFKnelpunt;Code;Casussen/);
    const tekst = await draai(['--van', '2026-03-01', '--tot', '2026-04-30']);
    expect(tekst.uit).toMatch(
      /^Knelpuntenrapport alle tafels van Gemeente Utrecht, 1-3-2026 t\/m 30-4-2026: 8 casussen/,
    );
    for (const [args, melding] of [
      [['--tot', '2026-04-30'], 'Geef --van op als JJJJ-MM-DD'],
      [['--van', '1-3-2026', '--tot', '2026-04-30'], '--van moet een datum zijn als JJJJ-MM-DD'],
      [['--van', '2026-05-01', '--tot', '2026-04-30'], '--tot ligt voor --van'],
      [['--van', '2026-03-01', '--tot', '2026-04-30', '--grafiek'], 'Onbekende optie --grafiek.'],
      [['--van', '2026-03-01', '--tot', '2026-04-30', '--png'], 'Geef een waarde bij --png.'],
      [
        ['--van', '2026-03-01', '--tot', '2026-04-30', '--tafel', 'nergens'],
        'Tafel "nergens" bestaat niet bij Gemeente Utrecht.',
      ],
    ] as const) {
      const f = await draai([...args]);
      expect(f.code).toBe(2);
      expect(f.fout).toContain(melding);
    }
    const hulp = await draai(['--help']);
    expect(hulp).toMatchObject({ code: 0 });
    expect(hulp.uit).toMatch(/^Gebruik: maatwerkbot rapport --van/);
    const gemeente = await draai([
      '--van',
      '2026-03-01',
      '--tot',
      '2026-04-30',
      '--gemeente',
      'nergenshuizen',
    ]);
    expect(gemeente).toMatchObject({
      code: 2,
      fout: 'Gemeente "nergenshuizen" bestaat niet in deze database.\n',
    });
    const schrijffout = await draai([
      '--van',
      '2026-03-01',
      '--tot',
      '2026-04-30',
      '--csv',
      path.join(map, 'bestaat/niet.csv'),
    ]);
    expect(schrijffout.code).toBe(1);
  });

  it('monthly: each table with casussen in its channel, all tables to the tenant-wide bestuurders, once', async () => {
    o.klok.zet('2026-04-01 08:00');
    expect(await stuurMaandrapporten(o.d)).toBe(true);
    const rijen = await o.db.prisma.outboxBericht.findMany({ where: { soort: 'knelpuntenrapport' } });
    const adres = (r: (typeof rijen)[number]) => {
      const a = r.ontvanger as { kanaalId?: string; extern?: string };
      return a.kanaalId ?? a.extern;
    };
    expect(rijen.map(adres).sort()).toEqual(
      ['#citydeal-tafel', 'U01DIRECTR', 'U01WETHOUD', 'ingrid', 'jeroen'].sort(),
    );
    const tafelRapport = rijen.find((r) => adres(r) === '#citydeal-tafel')!.data as unknown as {
      rapport: Rapport;
      samenvatting: string;
      van: string;
    };
    expect(tafelRapport.van).toBe('2026-03-01');
    expect(tafelRapport.rapport.totaal.casussen).toBe(5);
    expect(tafelRapport.samenvatting).toMatch(
      /^Knelpuntenrapport City-deal tafel Utrecht, 1-3-2026 t\/m 31-3-2026/,
    );
    // Each report's chart is rendered once and stored; its messages carry the reference.
    const grafieken = await o.db.prisma.rapportGrafiek.findMany();
    expect(grafieken).toHaveLength(2);
    const verwijzing = (r: (typeof rijen)[number]) =>
      (r.data as unknown as { grafiek: GrafiekVerwijzing }).grafiek;
    expect(new Set(rijen.map((r) => verwijzing(r).token)).size).toBe(2);
    const tafelGrafiek = verwijzing(rijen.find((r) => adres(r) === '#citydeal-tafel')!);
    expect(tafelGrafiek).toMatchObject({ ...MAANDGRAFIEK, verloopt: '2026-06-30T06:00:00.000Z' });
    expect(tafelGrafiek.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tafelGrafiek.beschrijving).toContain('City-deal tafel Utrecht, 1-3-2026 t/m 31-3-2026');
    const opgeslagen = await leesGrafiek(o.d, tafelGrafiek.token);
    expect(opgeslagen!.png.subarray(0, 8)).toEqual(PNG_HANDTEKENING);
    expect([opgeslagen!.png.readUInt32BE(16), opgeslagen!.png.readUInt32BE(20)]).toEqual([1024, 600]);
    // The token is not in the job that removes the image at its expiry.
    const jobs = await o.db.prisma.job.findMany({ where: { soort: 'rapportgrafiek_verwijderen' } });
    expect(jobs.map((j) => j.due.toISOString())).toEqual([tafelGrafiek.verloopt, tafelGrafiek.verloopt]);
    expect(JSON.stringify(jobs)).not.toContain(tafelGrafiek.token);

    expect(await stuurMaandrapporten(o.d)).toBe(false);
    expect(await o.db.prisma.outboxBericht.count({ where: { soort: 'knelpuntenrapport' } })).toBe(
      rijen.length,
    );
    expect(await o.db.prisma.rapportGrafiek.count()).toBe(2);
  });

  it('monthly charts are served until they expire, then removed by their job', async () => {
    const [eerste] = await o.db.prisma.rapportGrafiek.findMany({ orderBy: { aangemaakt: 'asc' } });
    expect(await leesGrafiek(o.d, eerste!.token)).not.toBeNull();
    expect(await leesGrafiek(o.d, 'A'.repeat(43))).toBeNull();
    expect(await leesGrafiek(o.d, `${eerste!.token}x`)).toBeNull();
    // Other jobs of the fixture (reminders, evaluations) may run too; only the charts are looked at.
    o.klok.zet('2026-06-30 07:59');
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await o.db.prisma.rapportGrafiek.count()).toBe(2);
    expect(await leesGrafiek(o.d, eerste!.token)).not.toBeNull();
    o.klok.zet('2026-06-30 08:00');
    // Expired: no longer served, even before the job has run.
    expect(await leesGrafiek(o.d, eerste!.token)).toBeNull();
    await voerDueJobsUit(o.d, jobHandlers);
    expect(await o.db.prisma.rapportGrafiek.count()).toBe(0);
    expect(
      await o.db.prisma.job.count({ where: { soort: 'rapportgrafiek_verwijderen', status: 'klaar' } }),
    ).toBe(2);
  });
});
