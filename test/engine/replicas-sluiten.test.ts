// Three replicas on one PostgreSQL answer at once, round robin, on casussen half of which get every answer (so
// rounds close, and besluiten follow as jobs right after); some answers reach two replicas (a redelivery).
// Every answer is stored once, every round closed once, every besluit made once, and the audit chain that
// the replicas' sequencers built verifies.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/services/antwoorden.ts';
import { verifieerAudit } from '../../src/services/auditverificatie.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { bronVan, koppelBron, openDatabase } from '../../src/store/database.ts';
import { maakOmgeving, postgresBeschikbaar, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

const SCRIPT = fileURLToPath(new URL('../helpers/antwoord-proces.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const CASUSSEN = 24;
const LEDEN_EXTERN = Object.values(LEDEN).map((l) => l.extern);

interface Verslag {
  klaar: boolean;
  gesloten: number;
  fouten: string[];
  jobs: number;
}

function replica(url: string, nu: Date) {
  const kind = spawn(TSX, [SCRIPT, url, nu.toISOString()], { stdio: ['pipe', 'pipe', 'pipe'] });
  let uit = '';
  let fout = '';
  kind.stdout.on('data', (b) => (uit += b));
  kind.stderr.on('data', (b) => (fout += b));
  const gereed = new Promise<void>((klaar) => {
    const kijk = () => (uit.includes('"gereed"') ? klaar() : setTimeout(kijk, 20));
    kijk();
  });
  const klaar = new Promise<{ code: number | null; verslag: Verslag | null; fout: string }>((resolve) =>
    kind.on('exit', (code) => {
      const regel = uit.split('\n').find((r) => r.includes('"klaar"'));
      resolve({ code, verslag: regel ? (JSON.parse(regel) as Verslag) : null, fout });
    }),
  );
  return { kind, gereed, klaar };
}

describe.runIf(postgresBeschikbaar)('three replicas answering on rounds that close', () => {
  let o: TestOmgeving;
  const casussen: { casusId: string }[] = [];
  beforeAll(async () => {
    o = await maakOmgeving('postgres', { start: '2026-11-23 09:00' });
    for (let i = 0; i < CASUSSEN; i++) casussen.push(await raiseCasus(o.d, consulent, intake()));
  }, 300_000);
  afterAll(async () => {
    await o?.opruimen();
  });

  it('stores every answer once, closes every round once, makes every besluit once; the chain verifies', async () => {
    // Even casussen get all five answers, odd ones three; answer n goes to replica n % 3, and every fifth
    // answer also to the next replica (a redelivery with the same request key).
    const antwoorden = casussen.flatMap((c, i) =>
      LEDEN_EXTERN.slice(0, i % 2 === 0 ? 5 : 3).map((extern) => ({
        casus: c.casusId,
        extern,
        verzoek: `test:${c.casusId}:${extern}`,
      })),
    );
    const perReplica: (typeof antwoorden)[] = [[], [], []];
    antwoorden.forEach((a, n) => {
      perReplica[n % 3]!.push(a);
      if (n % 5 === 0) perReplica[(n + 1) % 3]!.push(a);
    });
    const nu = ams('2026-11-23 11:00');
    const replicas = [replica(o.url!, nu), replica(o.url!, nu), replica(o.url!, nu)];
    await Promise.all(replicas.map((r) => r.gereed));
    for (const [i, r] of replicas.entries()) r.kind.stdin.end(`${JSON.stringify(perReplica[i])}\n`);
    const uit = await Promise.all(replicas.map((r) => r.klaar));
    for (const u of uit) {
      expect(u.code, u.fout).toBe(0);
      expect(u.verslag?.fouten).toEqual([]);
    }
    const volledig = casussen.filter((_, i) => i % 2 === 0).map((c) => c.casusId);
    // The answers that closed a round said so (a redelivered one returns the first result, so it may count twice).
    expect(uit.reduce((s, u) => s + u.verslag!.gesloten, 0)).toBeGreaterThanOrEqual(volledig.length);

    const rijen = await o.db.ruw.query<{ n: number; uniek: number; hoogste: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT ("rondeId", "lidId"))::int AS uniek, max(revisie)::int AS hoogste
         FROM "Antwoord"`,
    );
    expect(rijen[0]).toEqual({ n: antwoorden.length, uniek: antwoorden.length, hoogste: 1 });
    const gesloten = await o.db.ruw.query<{ casusRef: string; n: number }>(
      `SELECT "casusRef", count(*)::int AS n FROM "AuditEvent" WHERE actie = 'ronde_gesloten' GROUP BY "casusRef"`,
    );
    expect(gesloten).toHaveLength(volledig.length);
    expect(gesloten.every((g) => g.n === 1)).toBe(true);
    const besluiten = await o.db.prisma.besluit.findMany({ select: { casusId: true, uitkomst: true } });
    expect(besluiten.map((b) => b.casusId).sort()).toEqual([...volledig].sort());
    expect(besluiten.every((b) => b.uitkomst === 'toegekend')).toBe(true);
    const vastgelegd = await o.db.ruw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE actie = 'besluit_vastgelegd'`,
    );
    expect(vastgelegd[0]!.n).toBe(volledig.length);
    // The follow-up ran once per closed round, as a job of its own, and nothing failed.
    expect(await o.db.prisma.job.count({ where: { soort: 'ronde_afronden', status: 'klaar' } })).toBe(
      volledig.length,
    );
    expect(
      await o.db.prisma.job.count({ where: { status: { in: ['mislukt', 'gepland'] }, due: { lte: nu } } }),
    ).toBe(0);
    // The besluit reached the table once per channel address (one idempotency key each).
    const dubbel = await o.db.ruw.query(
      `SELECT sleutel FROM "OutboxBericht" GROUP BY sleutel HAVING count(*) > 1`,
    );
    expect(dubbel).toEqual([]);
    expect(
      await o.db.prisma.outboxBericht.count({
        where: { soort: 'besluit_gedeeld', casusId: { in: volledig } },
      }),
    ).toBeGreaterThanOrEqual(volledig.length);
    // The replicas' sequencers chained everything, gapless, and the chain verifies.
    o.klok.zet(nu);
    const [oordeel] = await verifieerAudit(o.d);
    expect(oordeel).toMatchObject({ oordeel: { geldig: true }, ongeketend: { aantal: 0 } });
    const [{ max, n }] = (await o.db.ruw.query<{ max: number; n: number }>(
      `SELECT max(positie)::int AS max, count(*)::int AS n FROM "AuditEvent"`,
    )) as [{ max: number; n: number }];
    expect(max).toBe(n);
  }, 600_000);

  it('an answer on a casus another process holds waits alone; the answers on other casussen go through', async () => {
    const [bezet, vrij, eerst] = await Promise.all([1, 2, 3].map(() => raiseCasus(o.d, consulent, intake())));
    // One batch at a time, so the two answers below meet in one batch behind the first.
    const db = new Proxy(o.d.db, {
      get: (doel, naam) => {
        const waarde = Reflect.get(doel, naam);
        return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
      },
    });
    koppelBron(db, { ...bronVan(o.d.db), gelijktijdig: 1 });
    const d = { ...o.d, db };
    // Another process holds the first casus (its batch, or a follow-up job) in a transaction of its own.
    const ander = await openDatabase({ soort: 'postgres', url: o.url!, poolGrootte: 2 }, { migreer: false });
    let laatLos = () => {};
    const los = new Promise<void>((r) => {
      laatLos = r;
    });
    let vast = () => {};
    const isVast = new Promise<void>((r) => {
      vast = r;
    });
    const houder = ander.bron.transactie(async (sql) => {
      await sql.query(`SELECT id FROM "Casus" WHERE id = $1 FOR UPDATE`, [bezet!.casusId]);
      vast();
      await los;
    });
    await isVast;
    const akkoord = { keuze: 'akkoord' as const, reden: 'Past binnen ons mandaat.' };
    const voorop = respond(d, LEDEN.corporatie, eerst!.casusId, akkoord);
    let wachtendKlaar = false;
    const wachtend = respond(d, LEDEN.ggz, bezet!.casusId, akkoord).then((r) => {
      wachtendKlaar = true;
      return r;
    });
    const doorgaand = respond(d, LEDEN.wi, vrij!.casusId, akkoord);
    await voorop;
    // Stored while the other casus is still held: its batch did not wait for that.
    expect((await doorgaand).revisie).toBe(1);
    expect(wachtendKlaar).toBe(false);
    laatLos();
    await houder;
    expect((await wachtend).revisie).toBe(1);
    await ander.sluit();
  });
});
