// A runner replica as its own process, for the multi-replica tests and the scheduler bench:
//   tsx test/helpers/runner-proces.ts <database-url> <now-iso> <jobs|outbox> [wacht]
// Works until the queue stays empty, prints a JSON line with its counts, and exits. With `wacht` it
// first prints {"gereed":true} and waits for a line on stdin, so a bench measures work, not start-up.
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { type Bezorger, verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { openDatabase } from '../../src/store/database.ts';

const [url, nuIso, taak, wacht] = process.argv.slice(2);
if (!url || !nuIso || (taak !== 'jobs' && taak !== 'outbox')) {
  process.stderr.write('gebruik: runner-proces.ts <database-url> <nu> <jobs|outbox>\n');
  process.exit(2);
}
const nu = new Date(nuIso);
// Batches at once within this runner (src/jobs/runner.ts); the tests and the bench pass their own.
const PARALLEL = Number(process.env.MAATWERKBOT_RUNNER_PARALLEL ?? 2);
const db = await openDatabase({ soort: 'postgres', url, poolGrootte: PARALLEL + 2 }, { migreer: false });
const d: Diensten = { db: db.prisma, klok: { nu: () => nu }, privacy: nederlandsePrivacyPoort };

// Records each delivery in the database, as a platform's own log of received messages would.
const bezorger = (platform: string): Bezorger => ({
  platform,
  async bezorg(b) {
    await db.ruw.query('INSERT INTO test_bezorgd (sleutel, pid) VALUES ($1, $2)', [b.sleutel, process.pid]);
    return { ok: true };
  },
});

if (wacht === 'wacht') {
  // Warm the connections up, so the measured part does not pay for opening them.
  await Promise.all(Array.from({ length: PARALLEL }, () => db.ruw.query('SELECT 1')));
  process.stdout.write(`${JSON.stringify({ gereed: true })}\n`);
  await new Promise<void>((klaar) => process.stdin.once('data', () => klaar()));
}
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
/**
 * Whether anything is still due, locked or not. Work another replica holds in an open transaction still
 * reads as due: when that replica is killed, its rows come free only once the server notices the dropped
 * connection, and a replica that stopped at the first empty claim would leave them behind.
 */
async function nogIetsTeDoen(): Promise<boolean> {
  const [rij] =
    taak === 'jobs'
      ? await db.ruw.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "Job" WHERE status = 'gepland' AND due <= $1`,
          [nu],
        )
      : await db.ruw.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "OutboxBericht"
            WHERE (status = 'wachtend' AND "volgendePoging" <= $1) OR (status = 'bezig' AND "geclaimdTot" < $1)`,
          [nu],
        );
  return (rij?.n ?? 0) > 0;
}

let leeg = 0;
let gedaan = 0;
while (leeg < 3) {
  const n =
    taak === 'jobs'
      ? (await voerDueJobsUit(d, jobHandlers, { max: 200, parallel: PARALLEL })).uitgevoerd
      : (await verstuurOutbox(d, [bezorger('console'), bezorger('slack'), bezorger('teams')], { max: 50 }))
          .verzonden;
  gedaan += n;
  leeg = n > 0 || (await nogIetsTeDoen()) ? 0 : leeg + 1;
  if (n > 0) process.stdout.write(`${JSON.stringify({ voortgang: gedaan })}\n`);
  else await new Promise((r) => setTimeout(r, 50));
}
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  `${JSON.stringify({ klaar: gedaan, ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
);
await db.sluit();
