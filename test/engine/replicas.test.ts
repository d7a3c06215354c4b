// Several replicas on one PostgreSQL: three runner processes work through 1,000 rounds whose
// deadlines pass together while members answer; one runner is killed mid-way. Then three
// dispatcher processes deliver the outbox. Nothing is done twice and nothing is lost.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/services/antwoorden.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, postgresBeschikbaar, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

const RONDES = 1000;
const SCRIPT = fileURLToPath(new URL('../helpers/runner-proces.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function replica(url: string, nu: Date, taak: 'jobs' | 'outbox') {
  const kind = spawn(TSX, [SCRIPT, url, nu.toISOString(), taak], { stdio: ['ignore', 'pipe', 'pipe'] });
  let uit = '';
  let fout = '';
  kind.stdout.on('data', (b) => (uit += b));
  kind.stderr.on('data', (b) => (fout += b));
  const klaar = new Promise<{ code: number | null; signaal: string | null; uit: string; fout: string }>(
    (resolve) => kind.on('exit', (code, signaal) => resolve({ code, signaal, uit, fout })),
  );
  return { kind, klaar, voortgang: () => uit };
}

async function wachtOp(voorwaarde: () => boolean, ms = 60_000) {
  const eind = Date.now() + ms;
  while (!voorwaarde()) {
    if (Date.now() > eind) throw new Error('wachten duurde te lang');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(postgresBeschikbaar)('three replicas on one PostgreSQL', () => {
  let o: TestOmgeving;
  const kinderen: ChildProcess[] = [];
  beforeAll(async () => {
    o = await maakOmgeving('postgres', { start: '2026-11-23 09:00', poolGrootte: 12 });
    await o.db.ruw.script('CREATE TABLE test_bezorgd (sleutel text NOT NULL, pid int NOT NULL)');
    // 1,000 rounds opened at the same moment: their deadlines pass together.
    const indieners = Array.from({ length: 8 }, () => consulent);
    for (let i = 0; i < RONDES; i += indieners.length) {
      await Promise.all(indieners.map(() => raiseCasus(o.d, consulent, intake())));
    }
  }, 600_000);
  afterAll(async () => {
    for (const k of kinderen) k.kill('SIGKILL');
    await o?.opruimen();
  });

  it('closes every round exactly once, sends every reminder and escalation once, and survives a killed runner', async () => {
    const casussen = await o.db.prisma.casus.findMany({
      select: { id: true, referentie: true },
      orderBy: { referentie: 'asc' },
    });
    expect(casussen).toHaveLength(RONDES);
    const na = ams('2026-11-25 10:00'); // after every deadline (wed 09:00) and every reminder
    const runners = [replica(o.url!, na, 'jobs'), replica(o.url!, na, 'jobs'), replica(o.url!, na, 'jobs')];
    kinderen.push(...runners.map((r) => r.kind));
    // Members answer concurrently while the runners close rounds; late answers are refused, never half-stored.
    const antwoorden = Promise.allSettled(
      casussen
        .slice(0, 150)
        .flatMap((c) =>
          [LEDEN.wi, LEDEN.ggz].map((lid) =>
            respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Gelijktijdig.' }),
          ),
        ),
    );
    // Kill one runner once it has done real work.
    await wachtOp(() => runners[0]!.voortgang().includes('voortgang'));
    runners[0]!.kind.kill('SIGKILL');
    const [gedood, ...rest] = await Promise.all(runners.map((r) => r.klaar));
    expect(gedood!.signaal).toBe('SIGKILL');
    for (const r of rest) expect(r, r.fout).toMatchObject({ code: 0 });
    await antwoorden;

    // Every round closed exactly once.
    expect(await o.db.prisma.besluitronde.count({ where: { status: 'open' } })).toBe(0);
    const gesloten = await o.db.ruw.query<{ casusRef: string; n: number }>(
      `SELECT "casusRef", count(*)::int AS n FROM "AuditEvent" WHERE actie = 'ronde_gesloten' GROUP BY "casusRef"`,
    );
    expect(gesloten).toHaveLength(RONDES);
    expect(gesloten.every((g) => g.n === 1)).toBe(true);
    // Every due job done, none left behind by the killed runner.
    expect(await o.db.prisma.job.count({ where: { status: 'gepland', due: { lte: na } } })).toBe(0);
    expect(await o.db.prisma.job.count({ where: { status: 'mislukt' } })).toBe(0);
    // Exactly one chair escalation per casus without a besluit, each to the chair's two addresses.
    const escalaties = await o.db.ruw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxBericht" WHERE soort = 'escalatie' GROUP BY "casusId"`,
    );
    expect(escalaties.every((e) => e.n === 2)).toBe(true);
    expect(await o.db.prisma.escalatie.count()).toBe(RONDES);
    // Reminders: at most one per member per reminder moment.
    const dubbel = await o.db.ruw.query(
      `SELECT sleutel FROM "OutboxBericht" WHERE soort = 'herinnering' GROUP BY sleutel HAVING count(*) > 1`,
    );
    expect(dubbel).toEqual([]);
    // The audit chain stays gapless across processes once the sequencer chained what they wrote.
    await ketenAudit(o.d);
    const [{ max, n }] = (await o.db.ruw.query<{ max: number; n: number }>(
      `SELECT max(positie)::int AS max, count(*)::int AS n FROM "AuditEvent"`,
    )) as [{ max: number; n: number }];
    expect(max).toBe(n);
  }, 600_000);

  it('three dispatchers deliver every outbox message exactly once', async () => {
    const totaal = await o.db.prisma.outboxBericht.count({ where: { status: 'wachtend' } });
    const na = ams('2026-11-25 10:00');
    const dispatchers = [
      replica(o.url!, na, 'outbox'),
      replica(o.url!, na, 'outbox'),
      replica(o.url!, na, 'outbox'),
    ];
    kinderen.push(...dispatchers.map((r) => r.kind));
    const uitkomsten = await Promise.all(dispatchers.map((r) => r.klaar));
    for (const u of uitkomsten) expect(u, u.fout).toMatchObject({ code: 0 });
    const [{ n, uniek, processen }] = (await o.db.ruw.query(
      'SELECT count(*)::int AS n, count(DISTINCT sleutel)::int AS uniek, count(DISTINCT pid)::int AS processen FROM test_bezorgd',
    )) as [{ n: number; uniek: number; processen: number }];
    // A card update made redundant by a newer card delivered to the same place is 'vervangen', not sent.
    const vervangen = await o.db.prisma.outboxBericht.count({ where: { status: 'vervangen' } });
    expect(n).toBe(totaal - vervangen);
    expect(uniek).toBe(n);
    expect(processen).toBeGreaterThan(1);
    expect(
      await o.db.prisma.outboxBericht.count({ where: { status: { notIn: ['verzonden', 'vervangen'] } } }),
    ).toBe(0);
    const [{ zonderOpvolger }] = (await o.db.ruw.query(
      `SELECT count(*)::int AS "zonderOpvolger" FROM "OutboxBericht" v
        WHERE v.status = 'vervangen' AND NOT EXISTS (
          SELECT 1 FROM "OutboxBericht" b WHERE b.status = 'verzonden' AND b."casusId" = v."casusId"
             AND b.ontvanger = v.ontvanger AND b.soort IN ('casus_bijgewerkt', 'casus_geplaatst')
             AND b.verzonden >= v.aangemaakt)`,
    )) as [{ zonderOpvolger: number }];
    expect(zonderOpvolger).toBe(0);
  }, 600_000);
});
