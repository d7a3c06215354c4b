// bench/scheduler: how fast due jobs (closing rounds, reminders, escalations, each with its outbox
// messages) are worked through: 1 and 3 runner processes on PostgreSQL, 1 runner on PGlite.
//   npx tsx bench/scheduler/run.ts [jobs=10000]
// Prints jobs/s, the CPU time of the runner processes and of the database per job.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, postgresBeschikbaar, type TestSoort } from '../../test/helpers/database.ts';
import { consulent, intake } from '../../test/helpers/intake.ts';
import { ams } from '../../test/helpers/klok.ts';

const DOEL_JOBS = Number(process.argv[2] ?? 10_000);
const SCRIPT = fileURLToPath(new URL('../../test/helpers/runner-proces.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const NA = ams('2026-11-25 10:00');
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

async function bereidVoor(soort: TestSoort) {
  const o = await maakOmgeving(soort, { start: '2026-11-23 09:00', poolGrootte: 12 });
  // Each casus brings a close job and two reminders; closing without answers escalates to the chair.
  const casussen = Math.ceil(DOEL_JOBS / 3);
  for (let i = 0; i < casussen; i += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, casussen - i) }, () => raiseCasus(o.d, consulent, intake())),
    );
  }
  const jobs = await o.db.prisma.job.count({ where: { status: 'gepland', due: { lte: NA } } });
  return { o, jobs };
}

async function postgresMet(runners: number) {
  const { o, jobs } = await bereidVoor('postgres');
  await o.db.ruw.script('CREATE TABLE test_bezorgd (sleutel text NOT NULL, pid int NOT NULL)');
  const dbCpu0 = postgresCpu();
  const start = performance.now();
  const uitkomsten = await Promise.all(
    Array.from({ length: runners }, () => {
      const kind = spawn(TSX, [SCRIPT, o.url!, NA.toISOString(), 'jobs'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let uit = '';
      kind.stdout.on('data', (b) => (uit += b));
      return new Promise<{ klaar: number; cpuMs: number }>((resolve) =>
        kind.on('exit', () => resolve(JSON.parse(uit.trim().split('\n').at(-1)!))),
      );
    }),
  );
  const seconden = (performance.now() - start) / 1000;
  const dbCpu = postgresCpu() - dbCpu0;
  const gedaan = uitkomsten.reduce((s, u) => s + u.klaar, 0);
  const runnerCpu = uitkomsten.reduce((s, u) => s + u.cpuMs, 0);
  const dubbel = await o.db.ruw.query(
    `SELECT "casusRef" FROM "AuditEvent" WHERE actie = 'ronde_gesloten' GROUP BY "casusRef" HAVING count(*) > 1`,
  );
  await o.opruimen();
  return {
    jobs,
    gedaan,
    seconden,
    runnerCpuMsPerJob: runnerCpu / gedaan,
    dbCpuMsPerJob: (dbCpu * 1000) / gedaan,
    dubbel: dubbel.length,
  };
}

async function pgliteEen() {
  const { o, jobs } = await bereidVoor('pglite');
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
  await o.opruimen();
  // PGlite runs inside this process: its CPU is part of the runner's.
  return {
    jobs,
    gedaan,
    seconden,
    runnerCpuMsPerJob: (cpu.user + cpu.system) / 1000 / gedaan,
    dbCpuMsPerJob: 0,
    dubbel: 0,
  };
}

function toon(naam: string, r: Awaited<ReturnType<typeof postgresMet>>) {
  console.log(
    `${naam.padEnd(24)} ${String(r.gedaan).padStart(6)} jobs in ${r.seconden.toFixed(1).padStart(6)} s = ${(
      r.gedaan / r.seconden
    )
      .toFixed(0)
      .padStart(
        5,
      )} jobs/s · runner-CPU ${r.runnerCpuMsPerJob.toFixed(2)} ms/job · database-CPU ${r.dbCpuMsPerJob.toFixed(2)} ms/job` +
      (r.dubbel ? ` · ${r.dubbel} DUBBEL GESLOTEN` : ''),
  );
}

console.log(
  `bench/scheduler: ${DOEL_JOBS} due jobs (close, reminders, escalations), ${new Date().toISOString()}`,
);
if (postgresBeschikbaar) {
  toon('PostgreSQL, 1 runner', await postgresMet(1));
  toon('PostgreSQL, 3 runners', await postgresMet(3));
} else {
  console.log('PostgreSQL niet bereikbaar: alleen PGlite');
}
toon('PGlite, 1 runner', await pgliteEen());
