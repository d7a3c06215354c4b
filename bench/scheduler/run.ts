// bench/scheduler: how fast due jobs are worked through, 1 and 3 runner processes on PostgreSQL, 1 runner
// on PGlite.   npx tsx bench/scheduler/run.ts [jobs=10000] [--alleen-postgres]  (batches per runner: MAATWERKBOT_RUNNER_PARALLEL, default 2)
//
// Every job is a real one, with its outbox messages. At the measured moment (Thu 26 Nov 10:00) these are due:
//  - closing rounds: casussen raised Tue 09:00 whose deadline passed without answers: no quorum, so the
//    chair gets an escalation (a DM) and the casus goes on the agenda; the card is updated;
//  - reminders: casussen raised Tue 11:00, deadline Thu 11:00, both reminders due: a DM to each member;
//  - escalation timeouts: casussen closed to the chair on Wed 09:30, whose working day has passed: the
//    meeting takes them, with messages to the chair and the table.
// Their earlier steps (reminders before the deadline, the first escalation) ran while preparing.
// The PostgreSQL set is prepared once and copied per run (CREATE DATABASE … TEMPLATE).
// Prints jobs/s, the CPU time of the runner processes and of the database server per job, and checks
// that every job ran exactly once and the audit chain is whole.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verifieerAudit } from '../../src/services/auditverificatie.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Diensten } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { bronVan, openDatabase } from '../../src/store/database.ts';
import {
  maakOmgeving,
  PG_BEHEER_URL,
  postgresBeschikbaar,
  type TestOmgeving,
} from '../../test/helpers/database.ts';
import { consulent, intake } from '../../test/helpers/intake.ts';
import { ams } from '../../test/helpers/klok.ts';

const DOEL_JOBS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const ALLEEN_POSTGRES = process.argv.includes('--alleen-postgres');
const PER_SOORT = Math.ceil(DOEL_JOBS / 4); // closes, escalation timeouts, and twice as many reminders
const SCRIPT = fileURLToPath(new URL('../../test/helpers/runner-proces.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const NA = ams('2026-11-26 10:00');
/** Batches each runner process works on at once (see voerDueJobsUit's `parallel`). */
const PARALLEL = Number(process.env.MAATWERKBOT_RUNNER_PARALLEL ?? 2);
const TIK = 100; // clock ticks per second on Linux

/**
 * CPU seconds used so far by all PostgreSQL server processes on this machine, including backends
 * that already exited (their time is added to the postmaster's cutime/cstime when reaped).
 */
function postgresCpu(): number {
  let totaal = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const naam = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!naam.startsWith('postgres')) continue;
      const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      totaal += (Number(velden[11]) + Number(velden[12]) + Number(velden[13]) + Number(velden[14])) / TIK;
    } catch {
      // the process ended while we looked
    }
  }
  return totaal;
}

async function dien(o: TestOmgeving, aantal: number, moment: string) {
  o.klok.zet(moment);
  for (let i = 0; i < aantal; i += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, aantal - i) }, () => raiseCasus(o.d, consulent, intake())),
    );
  }
}

async function draai(o: TestOmgeving, moment: string) {
  o.klok.zet(moment);
  while ((await voerDueJobsUit(o.d, jobHandlers, { max: 5_000 })).uitgevoerd > 0) {
    // until nothing is due at this moment
  }
}

async function bereidVoor(o: TestOmgeving) {
  await dien(o, PER_SOORT, '2026-11-23 09:00'); // escalation timeouts
  await dien(o, PER_SOORT, '2026-11-24 09:00'); // closes
  await draai(o, '2026-11-25 09:30'); // first group to the chair; second group's first reminder
  await draai(o, '2026-11-25 16:00'); // second group's second reminder
  await dien(o, PER_SOORT, '2026-11-24 11:00'); // reminders (raised after the runs above, so still due)
  const rijen = await o.db.ruw.query<{ soort: string; n: number }>(
    `SELECT soort, count(*)::int AS n FROM "Job" WHERE status = 'gepland' AND due <= $1 GROUP BY soort ORDER BY soort`,
    [NA],
  );
  return {
    soorten: rijen.map((r) => `${r.soort} ${r.n}`).join(', '),
    jobs: rijen.reduce((s, r) => s + r.n, 0),
  };
}

interface Uitslag {
  jobs: number;
  gedaan: number;
  seconden: number;
  runnerCpuMsPerJob: number;
  dbCpuMsPerJob: number;
  berichtenPerJob: number;
  fouten: string[];
}

/** Raw SQL on the database the services of `d` use (PostgreSQL or PGlite). */
const leesVan =
  (d: Diensten) =>
  <T>(sql: string, p: unknown[] = []) =>
    bronVan(d.db).lees.query<T>(sql, p);

/** Exactly once: every due job done once, every round closed once, no job left due, no message twice. */
async function controleer(d: Diensten, jobs: number): Promise<string[]> {
  const query = leesVan(d);
  const fouten: string[] = [];
  // Done, or superseded by a later one of the same kind (a first reminder when the second is due too):
  // both are a job worked through once at this moment.
  const rijen = await query<{ status: string; soort: string; n: number }>(
    `SELECT status, soort, count(*)::int AS n FROM "Job" WHERE afgerond = $1 GROUP BY status, soort ORDER BY status`,
    [NA],
  );
  const afgerond = rijen.filter((r) => r.status === 'klaar' || r.status === 'vervangen');
  const klaar = afgerond.reduce((s, r) => s + r.n, 0);
  if (klaar !== jobs)
    fouten.push(
      `${klaar} van ${jobs} jobs afgerond (${rijen.map((r) => `${r.soort} ${r.status} ${r.n}`).join(', ')})`,
    );
  const [{ over }] = (await query<{ over: number }>(
    `SELECT count(*)::int AS over FROM "Job" WHERE status IN ('gepland', 'mislukt') AND due <= $1`,
    [NA],
  )) as [{ over: number }];
  if (over > 0) fouten.push(`${over} jobs niet gedaan`);
  const dubbel = await query(
    `SELECT "casusRef" FROM "AuditEvent" WHERE actie IN ('ronde_gesloten', 'escalatie_verlopen')
      GROUP BY "casusRef", actie HAVING count(*) > 1`,
  );
  if (dubbel.length > 0) fouten.push(`${dubbel.length} casussen dubbel gesloten of verlopen`);
  fouten.push(...(await auditKlopt(d)));
  return fouten;
}

/**
 * The audit chain whole: the sequencer chains what the runners committed (in production every process's
 * tick does that; the runners here only work jobs), then every tenant's chain is verified link by link.
 */
async function auditKlopt(d: Diensten): Promise<string[]> {
  await ketenAudit(d);
  const fouten: string[] = [];
  for (const { tenant, oordeel, ongeketend } of await verifieerAudit(d, { ongeketendMaxMs: 0 })) {
    if (!oordeel.geldig)
      fouten.push(`auditketen van ${tenant} breekt op positie ${oordeel.positie}: ${oordeel.reden}`);
    if (ongeketend.aantal > 0)
      fouten.push(`${ongeketend.aantal} auditgebeurtenissen van ${tenant} niet geketend`);
  }
  return fouten;
}

async function berichten(d: Diensten): Promise<number> {
  const [{ n }] = (await leesVan(d)<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxBericht" WHERE aangemaakt = $1`,
    [NA],
  )) as [{ n: number }];
  return n;
}

async function beheer<T>(werk: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_BEHEER_URL });
  await c.connect();
  try {
    return await werk(c);
  } finally {
    await c.end();
  }
}

async function postgresMet(sjabloon: string, jobs: number, runners: number): Promise<Uitslag> {
  const naam = `mwb_bench_${randomBytes(5).toString('hex')}`;
  await beheer((c) => c.query(`CREATE DATABASE ${naam} TEMPLATE ${sjabloon}`));
  const url = new URL(PG_BEHEER_URL);
  url.pathname = `/${naam}`;
  const kopie = await openDatabase(
    { soort: 'postgres', url: url.toString(), poolGrootte: 2 },
    { migreer: false },
  );
  const d: Diensten = { db: kopie.prisma, klok: { nu: () => NA }, privacy: nederlandsePrivacyPoort };
  try {
    // Started and connected first; the clock runs from the moment all are told to go.
    const kinderen = Array.from({ length: runners }, () => {
      const kind = spawn(TSX, [SCRIPT, url.toString(), NA.toISOString(), 'jobs', 'wacht'], {
        stdio: ['pipe', 'pipe', 'inherit'],
        env: { ...process.env, MAATWERKBOT_RUNNER_PARALLEL: String(PARALLEL) },
      });
      let uit = '';
      const gereed = new Promise<void>((klaar) =>
        kind.stdout.on('data', (b) => {
          uit += b;
          if (uit.includes('"gereed"')) klaar();
        }),
      );
      const klaar = new Promise<{ klaar: number; cpuMs: number }>((resolve) =>
        kind.on('exit', () => resolve(JSON.parse(uit.trim().split('\n').at(-1)!))),
      );
      return { kind, gereed, klaar };
    });
    await Promise.all(kinderen.map((k) => k.gereed));
    const dbCpu0 = postgresCpu();
    const start = performance.now();
    for (const k of kinderen) k.kind.stdin.end('start\n');
    const uitkomsten = await Promise.all(kinderen.map((k) => k.klaar));
    const seconden = (performance.now() - start) / 1000;
    const dbCpu = postgresCpu() - dbCpu0;
    const gedaan = uitkomsten.reduce((s, u) => s + u.klaar, 0);
    const runnerCpu = uitkomsten.reduce((s, u) => s + u.cpuMs, 0);
    return {
      jobs,
      gedaan,
      seconden,
      runnerCpuMsPerJob: runnerCpu / gedaan,
      dbCpuMsPerJob: (dbCpu * 1000) / gedaan,
      berichtenPerJob: (await berichten(d)) / gedaan,
      fouten: await controleer(d, jobs),
    };
  } finally {
    await kopie.sluit();
    await beheer((c) => c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`));
  }
}

async function pgliteEen(): Promise<Uitslag> {
  const o = await maakOmgeving('pglite', { start: '2026-11-23 09:00' });
  try {
    const { jobs, soorten } = await bereidVoor(o);
    console.log(`PGlite: ${soorten}`);
    o.klok.zet(NA);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let gedaan = 0;
    for (;;) {
      const n = (await voerDueJobsUit(o.d, jobHandlers, { max: 500 })).uitgevoerd;
      if (n === 0) break;
      gedaan += n;
    }
    const seconden = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // PGlite runs inside this process: its CPU is part of the runner's.
    return {
      jobs,
      gedaan,
      seconden,
      runnerCpuMsPerJob: (cpu.user + cpu.system) / 1000 / gedaan,
      dbCpuMsPerJob: 0,
      berichtenPerJob: (await berichten(o.d)) / gedaan,
      fouten: await controleer(o.d, jobs),
    };
  } finally {
    await o.opruimen();
  }
}

function toon(naam: string, r: Uitslag) {
  console.log(
    `${naam.padEnd(24)} ${String(r.gedaan).padStart(6)} jobs in ${r.seconden.toFixed(1).padStart(6)} s = ${(
      r.gedaan / r.seconden
    )
      .toFixed(0)
      .padStart(
        5,
      )} jobs/s · runner-CPU ${r.runnerCpuMsPerJob.toFixed(2)} ms/job · database-CPU ${r.dbCpuMsPerJob.toFixed(
      2,
    )} ms/job · ${r.berichtenPerJob.toFixed(1)} berichten/job · ${r.fouten.length === 0 ? 'elke job precies één keer' : `FOUT: ${r.fouten.join('; ')}`}`,
  );
}

console.log(
  `bench/scheduler: ${DOEL_JOBS} due jobs (close, reminders, escalation timeouts), ${new Date().toISOString()}`,
);
if (postgresBeschikbaar) {
  const o = await maakOmgeving('postgres', { start: '2026-11-23 09:00', poolGrootte: 12 });
  const sjabloon = new URL(o.url!).pathname.slice(1);
  const { jobs, soorten } = await bereidVoor(o);
  await o.db.sluit(); // a template database must have no connections
  console.log(`PostgreSQL: ${soorten}`);
  try {
    const een = await postgresMet(sjabloon, jobs, 1);
    toon('PostgreSQL, 1 runner', een);
    const drie = await postgresMet(sjabloon, jobs, 3);
    toon('PostgreSQL, 3 runners', drie);
    const perJob = een.runnerCpuMsPerJob + een.dbCpuMsPerJob;
    console.log(
      `CPU per job (runner + database, 1 runner): ${perJob.toFixed(2)} ms → één core draagt ~${Math.floor(1000 / perJob)} jobs/s`,
    );
  } finally {
    await beheer((c) => c.query(`DROP DATABASE IF EXISTS ${sjabloon} WITH (FORCE)`));
  }
} else {
  console.log('PostgreSQL niet bereikbaar: alleen PGlite');
}
if (!ALLEEN_POSTGRES) toon('PGlite, 1 runner', await pgliteEen());
