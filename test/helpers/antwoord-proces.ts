// An answering replica as its own process, for the multi-process tests:
//   tsx test/helpers/antwoord-proces.ts <database-url> <now-iso>
// Reads one JSON line from stdin: the answers to give ([{ casus, extern, verzoek }]), gives them all at once
// (as a busy replica receives them), then runs due jobs and the audit sequencer until nothing is left, as its
// scheduler tick would, and prints a JSON line with what happened.
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import type { Diensten } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { openDatabase } from '../../src/store/database.ts';

const [url, nuIso] = process.argv.slice(2);
if (!url || !nuIso) {
  process.stderr.write('gebruik: antwoord-proces.ts <database-url> <nu>\n');
  process.exit(2);
}
const nu = new Date(nuIso);
const db = await openDatabase({ soort: 'postgres', url, poolGrootte: 6 }, { migreer: false });
const d: Diensten = { db: db.prisma, klok: { nu: () => nu }, privacy: nederlandsePrivacyPoort };
await db.ruw.query('SELECT 1');
process.stdout.write(`${JSON.stringify({ gereed: true })}\n`);
const regel = await new Promise<string>((klaar) => {
  let buffer = '';
  process.stdin.on('data', (b) => {
    buffer += b;
    if (buffer.includes('\n')) klaar(buffer.slice(0, buffer.indexOf('\n')));
  });
});
const antwoorden = JSON.parse(regel) as { casus: string; extern: string; verzoek: string }[];
const uitkomsten = await Promise.allSettled(
  antwoorden.map((a) =>
    respond(
      d,
      { platform: 'console', extern: a.extern },
      a.casus,
      { keuze: 'akkoord', reden: 'Past binnen ons mandaat.' },
      { verzoek: a.verzoek },
    ),
  ),
);
let leeg = 0;
let jobs = 0;
let geketend = 0;
while (leeg < 3) {
  const n = (await voerDueJobsUit(d, jobHandlers)).uitgevoerd;
  const k = await ketenAudit(d);
  jobs += n;
  geketend += k;
  leeg = n + k === 0 ? leeg + 1 : 0;
  if (n + k === 0) await new Promise((r) => setTimeout(r, 30));
}
process.stdout.write(
  `${JSON.stringify({
    klaar: true,
    gesloten: uitkomsten.filter((u) => u.status === 'fulfilled' && u.value.gesloten).length,
    fouten: uitkomsten.flatMap((u) =>
      u.status === 'rejected' ? [String((u.reason as Error)?.message)] : [],
    ),
    jobs,
    geketend,
  })}\n`,
);
await db.sluit();
