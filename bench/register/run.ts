// bench/register: the precedent register over a large history.
//   npx tsx bench/register/run.ts [besluiten=100000] [zoekvragen=300]
// Per database (PostgreSQL when reachable, then PGlite): bulk-loads casussen with besluiten (search text
// made by the register's own zoekvelden(), as indexeerBesluiten does), then times searches as a member
// (one table) and as a tenant-wide bestuurder (all tables), similar-case lookups, and the knelpunten
// report over a whole year. Target: search p95 under 50 ms on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { ZOEKVERSIE } from '../../src/register/indexeren.ts';
import { maakRapport, naarCsv, naarPng } from '../../src/register/rapport.ts';
import { vergelijkbareBesluiten, type ZoekFilters, zoekBesluiten } from '../../src/register/zoeken.ts';
import { zoekvelden } from '../../src/register/zoektekst.ts';
import {
  maakOmgeving,
  postgresBeschikbaar,
  type TestOmgeving,
  type TestSoort,
} from '../../test/helpers/database.ts';
import { directeur, LEDEN } from '../../test/helpers/intake.ts';
import { yamlMetTweeTafels } from '../../test/register/fixture.ts';

const AANTAL = Number(process.argv[2] ?? 100_000);
const ZOEKVRAGEN = Number(process.argv[3] ?? 300);
const BLOK = 5_000;

/** Deterministic PRNG (mulberry32): the same data on every run and both databases. */
function prng(zaad: number) {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of the trade, most frequent first; picked with a skew so a few are common and most are rare.
const ONDERWERPEN = (
  'gezin gezinnen kind kinderen moeder vader ouder zoon dochter jongere huishouden alleenstaande ' +
  'woning huur huurachterstand uithuiszetting ontruiming corporatie urgentie woonruimte kamer ' +
  'uitkering bijstand toeslag kostendelersnorm inkomen loonbeslag schuld schulden betalingsregeling ' +
  'beslag incasso boete boetes leges identiteitskaart paspoort inschrijving adres briefadres ' +
  'leerlingenvervoer taxi bus school onderwijs leerplicht verzuim autisme beperking begeleiding ' +
  'dagbesteding werk re-integratie stage zorgverzekering premie eigen risico medicijnen ggz ' +
  'verslaving opname crisis mantelzorg mantelzorger pgb wmo indicatie jeugdhulp pleegzorg ' +
  'energierekening energie afsluiting water verhuizing scheiding detentie statushouder inburgering ' +
  'taalles vrijwilligerswerk netwerk buren overlast veiligheid politie reclassering budgetbeheer ' +
  'bewindvoering terugvordering herziening bezwaar gemeente fout berekening termijn ouderbijdrage'
).split(' ');
const WERKWOORDEN = 'verliest mist krijgt dreigt wacht betaalt zoekt vraagt heeft kan'.split(' ');
const ZINNEN = [
  'De tafel kiest voor maatwerk omdat de kosten van niets doen veel hoger zijn.',
  'Zonder oplossing volgt een crisis met opvang en hulpverlening.',
  'Het huishouden werkt goed mee en de afspraken zijn haalbaar.',
  'De regel past hier niet: de situatie was niet voorzien.',
  'Doorverwezen naar het wijkteam voor een passende voorziening.',
  'Afgewezen: er is een voorliggende voorziening die eerst moet worden benut.',
  'Een eenmalige tegemoetkoming voorkomt verdere schulden.',
  'De termijn wordt verlengd tot de indicatie er is.',
];
const UITKOMSTEN = ['toegekend', 'toegekend', 'deels_toegekend', 'afgewezen', 'doorverwezen'] as const;
const LEEFGEBIEDEN = ['wonen', 'inkomen', 'schulden', 'zorg_gezondheid', 'jeugd_opvoeding', 'onderwijs'];

async function laad(o: TestOmgeving): Promise<{ seconden: number; tenantId: string }> {
  const tenant = await o.db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'utrecht' } });
  const tafels = await o.db.prisma.tafel.findMany({
    where: { tenantId: tenant.id },
    orderBy: { slug: 'asc' },
  });
  const knelpunten = await o.db.prisma.knelpunt.findMany({ where: { tenantId: tenant.id } });
  const indiener = await o.db.prisma.persoon.findFirstOrThrow({
    where: { tenantId: tenant.id, sleutel: 'consulent' },
  });
  const organisatie = await o.db.prisma.organisatie.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const r = prng(42);
  const kies = <T>(lijst: readonly T[], scheef = 2) => lijst[Math.floor(lijst.length * r() ** scheef)]!;
  const start = performance.now();
  for (let begin = 0; begin < AANTAL; begin += BLOK) {
    const n = Math.min(BLOK, AANTAL - begin);
    const c = {
      id: [] as string[],
      tafel: [] as string[],
      ref: [] as string[],
      titel: [] as string[],
      knelpunt: [] as (string | null)[],
      vrij: [] as (string | null)[],
      leef: [] as string[],
      maatwerk: [] as number[],
      niets: [] as number[],
      ingediend: [] as string[],
    };
    const b = {
      id: [] as string[],
      uitkomst: [] as string[],
      waarom: [] as string[],
      hoe: [] as string[],
      genomen: [] as string[],
      gewerkt: [] as (boolean | null)[],
      kop: [] as string[],
      tekst: [] as string[],
    };
    const tz = { besluit: [] as string[], deadline: [] as string[] };
    for (let j = 0; j < n; j++) {
      const i = begin + j;
      // Most besluiten at the city-deal table; a fifth at the other table.
      const tafel = tafels[r() < 0.8 ? 0 : 1]!;
      const knelpunt = r() < 0.9 ? kies(knelpunten, 1) : null;
      const a = kies(ONDERWERPEN);
      const titel = `${a[0]!.toUpperCase()}${a.slice(1)} ${kies(WERKWOORDEN, 1)} ${kies(ONDERWERPEN)} door ${kies(ONDERWERPEN)}`;
      const waarom = `${kies(ZINNEN, 1)} ${kies(ONDERWERPEN)} en ${kies(ONDERWERPEN)} wegen zwaar; ${kies(ZINNEN, 1)}`;
      const hoe = `Afspraak over ${kies(ONDERWERPEN)} en ${kies(ONDERWERPEN)} met een termijn van ${1 + (i % 12)} maanden.`;
      const leef = [kies(LEEFGEBIEDEN, 1), kies(LEEFGEBIEDEN, 1)].filter((x, k, l) => l.indexOf(x) === k);
      const uitkomst = UITKOMSTEN[Math.floor(r() * UITKOMSTEN.length)]!;
      const ingediend = new Date(Date.UTC(2024, 0, 2, 9) + Math.floor(r() * 3 * 365) * 86_400_000);
      const genomen = new Date(ingediend.getTime() + (1 + Math.floor(r() * 10)) * 86_400_000);
      const casusId = randomUUID();
      const besluitId = randomUUID();
      const velden = zoekvelden({
        titel,
        knelpuntNaam: knelpunt?.naam ?? null,
        knelpuntVrij: knelpunt ? null : 'Eigen omschrijving van het knelpunt',
        waarom,
        hoe,
        voorwaarden: null,
        afgewekenRegel: uitkomst.endsWith('toegekend') ? (knelpunt?.regel ?? null) : null,
        verwijzing: null,
        afwijkingToelichting: null,
        leefgebieden: leef,
      });
      c.id.push(casusId);
      c.tafel.push(tafel.id);
      c.ref.push(`MW-B-${i}`);
      c.titel.push(titel);
      c.knelpunt.push(knelpunt?.id ?? null);
      c.vrij.push(knelpunt ? null : 'Eigen omschrijving van het knelpunt');
      c.leef.push(leef.join(','));
      c.maatwerk.push(10_000 + Math.floor(r() * 500_000));
      c.niets.push(100_000 + Math.floor(r() * 5_000_000));
      c.ingediend.push(ingediend.toISOString());
      b.id.push(besluitId);
      b.uitkomst.push(uitkomst);
      b.waarom.push(waarom);
      b.hoe.push(hoe);
      b.genomen.push(genomen.toISOString());
      b.gewerkt.push(uitkomst.endsWith('toegekend') && r() < 0.5 ? r() < 0.8 : null);
      b.kop.push(velden.zoekkop);
      b.tekst.push(velden.zoektekst);
      if (uitkomst.endsWith('toegekend') && r() < 0.4) {
        tz.besluit.push(besluitId);
        tz.deadline.push(new Date(genomen.getTime() + 30 * 86_400_000).toISOString());
      }
    }
    await o.db.ruw.query(
      `INSERT INTO "Casus" (id, "tenantId", "tafelId", referentie, "indienerId", titel, situatie, "knelpuntId",
         "knelpuntVrij", leefgebieden, "gevraagdeOplossing", "kostenMaatwerkCent", "kostenNietsDoenCent",
         "kostenNietsDoenToelichting", urgentie, betrokkenheid, toestemming, status, ingediend, afgerond)
       SELECT u.id, $1, u.tafel, u.ref, $2, u.titel, 'Situatie.', u.knelpunt, u.vrij, string_to_array(u.leef, ','),
              'Oplossing.', u.maatwerk, u.niets, 'Toelichting.', 'normaal', 'hoog', 'ja_vastgelegd', 'besloten',
              u.ingediend, u.ingediend
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::int[], $11::int[], $12::timestamptz[])
              AS u(id, tafel, ref, titel, knelpunt, vrij, leef, maatwerk, niets, ingediend)`,
      [
        tenant.id,
        indiener.id,
        c.id,
        c.tafel,
        c.ref,
        c.titel,
        c.knelpunt,
        c.vrij,
        c.leef,
        c.maatwerk,
        c.niets,
        c.ingediend,
      ],
    );
    await o.db.ruw.query(
      `INSERT INTO "Besluit" (id, "casusId", uitkomst, waarom, hoe, "kostenMaatwerkCent", "kostenNietsDoenCent",
         "genomenDoor", genomen, "evaluatieGewerkt", "tenantId", "tafelId", "knelpuntId", zoekkop, zoektekst, zoekversie)
       SELECT u.id, u.casus, u.uitkomst, u.waarom, u.hoe,
              CASE WHEN u.uitkomst LIKE '%toegekend' THEN u.maatwerk ELSE 0 END, u.niets, 'tafel', u.genomen,
              u.gewerkt, $1, u.tafel, u.knelpunt, u.kop, u.tekst, $2
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[],
                     $10::timestamptz[], $11::boolean[], $12::text[], $13::text[], $14::text[], $15::text[])
              AS u(id, casus, uitkomst, waarom, hoe, maatwerk, niets, genomen, gewerkt, tafel, knelpunt, kop, tekst)`,
      [
        tenant.id,
        ZOEKVERSIE,
        b.id,
        c.id,
        b.uitkomst,
        b.waarom,
        b.hoe,
        c.maatwerk,
        c.niets,
        b.genomen,
        b.gewerkt,
        c.tafel,
        c.knelpunt,
        b.kop,
        b.tekst,
      ],
    );
    await o.db.ruw.query(
      `INSERT INTO "Toezegging" (id, "besluitId", "organisatieId", taak, deadline)
       SELECT gen_random_uuid()::text, u.besluit, $1, 'Afspraak nakomen', u.deadline
         FROM unnest($2::text[], $3::timestamptz[]) AS u(besluit, deadline)`,
      [organisatie.id, tz.besluit, tz.deadline],
    );
    process.stderr.write(`\r  ${begin + n} besluiten geladen`);
  }
  process.stderr.write('\n');
  await o.db.ruw.script('ANALYZE "Casus"; ANALYZE "Besluit"; ANALYZE "Toezegging";');
  return { seconden: (performance.now() - start) / 1000, tenantId: tenant.id };
}

function percentiel(ms: number[], p: number): number {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const rond = (ms: number) => Math.round(ms * 10) / 10;

function zoekvragen(aantal: number): ZoekFilters[] {
  const r = prng(7);
  const uit: ZoekFilters[] = [];
  for (let i = 0; i < aantal; i++) {
    const w = () => ONDERWERPEN[Math.floor(ONDERWERPEN.length * r() ** 1.5)]!;
    const soort = i % 6;
    uit.push(
      soort === 0
        ? { woorden: w() }
        : soort === 1
          ? { woorden: `${w()} ${w()}` }
          : soort === 2
            ? { woorden: w(), knelpunt: 'kostendelersnorm' }
            : soort === 3
              ? { woorden: `${w()} ${w()}`, uitkomst: 'toegekend', van: '2025-01-01', tot: '2025-12-31' }
              : soort === 4
                ? { knelpunt: 'leerlingenvervoer', leefgebied: 'onderwijs' }
                : { woorden: `${w()} ${w()} ${w()}` },
    );
  }
  return uit;
}

async function meet<T>(werk: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const uitkomst = await werk();
  return [performance.now() - t, uitkomst];
}

async function bench(soort: TestSoort) {
  process.stderr.write(`${soort}: database en tafels…\n`);
  const o = await maakOmgeving(soort, { yaml: yamlMetTweeTafels(), start: '2026-11-23 10:00' });
  try {
    const { seconden, tenantId } = await laad(o);
    const vragen = zoekvragen(ZOEKVRAGEN);
    // Warm-up: plans and caches, as on a server that has been running.
    for (const v of vragen.slice(0, 20)) await zoekBesluiten(o.d, LEDEN.wi, v);
    const resultaten: Record<string, unknown> = { soort, besluiten: AANTAL, laadSeconden: rond(seconden) };
    for (const [wie, identiteit] of [
      ['lid (1 tafel)', LEDEN.wi],
      ['bestuurder (alle tafels)', directeur],
    ] as const) {
      const tijden: number[] = [];
      let treffers = 0;
      for (const v of vragen) {
        const [ms, r] = await meet(() => zoekBesluiten(o.d, identiteit, v));
        tijden.push(ms);
        treffers += r.length;
      }
      resultaten[`zoeken ${wie}`] = {
        p50: rond(percentiel(tijden, 50)),
        p95: rond(percentiel(tijden, 95)),
        max: rond(Math.max(...tijden)),
        gemiddeldTreffers: rond(treffers / vragen.length),
      };
    }
    const tafel = await o.db.prisma.tafel.findFirstOrThrow({ where: { slug: 'citydeal-utrecht' } });
    const knelpunt = await o.db.prisma.knelpunt.findFirstOrThrow({
      where: { tenantId, code: 'kostendelersnorm' },
    });
    const gelijk: number[] = [];
    for (let i = 0; i < 100; i++) {
      const [ms] = await meet(() =>
        vergelijkbareBesluiten(o.d.db, {
          tenantId,
          tafelIds: [tafel.id],
          knelpuntId: i % 2 === 0 ? knelpunt.id : null,
          tekst: `${ONDERWERPEN[i % ONDERWERPEN.length]} met ${ONDERWERPEN[(i * 7) % ONDERWERPEN.length]} dreigt ${ONDERWERPEN[(i * 13) % ONDERWERPEN.length]} te verliezen`,
        }),
      );
      gelijk.push(ms);
    }
    resultaten['vergelijkbare besluiten'] = {
      p50: rond(percentiel(gelijk, 50)),
      p95: rond(percentiel(gelijk, 95)),
    };
    const [jaarMs, jaar] = await meet(() =>
      maakRapport(o.d, { tenantId, van: '2025-01-01', tot: '2025-12-31' }),
    );
    const [tafelMs] = await meet(() =>
      maakRapport(o.d, { tenantId, van: '2025-01-01', tot: '2025-12-31', tafelId: tafel.id }),
    );
    const [uitvoerMs] = await meet(async () => {
      naarCsv(jaar);
      naarPng(jaar, { breedte: 1200, hoogte: 700 });
    });
    resultaten.rapport = {
      casussenInJaar: jaar.totaal.casussen,
      'alle tafels ms': Math.round(jaarMs),
      'één tafel ms': Math.round(tafelMs),
      'csv + png ms': Math.round(uitvoerMs),
    };
    return resultaten;
  } finally {
    await o.opruimen();
  }
}

const uitslagen = [];
if (postgresBeschikbaar) uitslagen.push(await bench('postgres'));
else process.stderr.write('PostgreSQL niet bereikbaar: alleen PGlite.\n');
uitslagen.push(await bench('pglite'));
for (const u of uitslagen) process.stdout.write(`${JSON.stringify(u, null, 2)}\n`);
const pg = uitslagen.find((u) => u.soort === 'postgres') as
  | Record<string, { p95: number } | unknown>
  | undefined;
if (pg) {
  const p95 = Math.max(
    (pg['zoeken lid (1 tafel)'] as { p95: number }).p95,
    (pg['zoeken bestuurder (alle tafels)'] as { p95: number }).p95,
  );
  process.stdout.write(
    `PostgreSQL zoeken p95 ${p95} ms: ${p95 < 50 ? 'binnen' : 'BOVEN'} het doel van 50 ms.\n`,
  );
}
