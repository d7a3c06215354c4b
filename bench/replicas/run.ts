/**
 * Replicas that hold: the product's own start command (`npm start`, i.e. `node bin/maatwerkbot.mjs start`) on
 * PostgreSQL, first as one process, then as three on their own ports, under the same burst of signed Slack
 * answer submissions, spread round robin over the processes, all in one run.
 *
 *   npx tsx bench/replicas/run.ts [--casussen=40] [--snelheden=60,150]
 *
 * Per phase: 40 fresh casussen of five members; half of them get all five answers (so rounds close, and
 * besluiten follow right after the answer that closes them), the other half three. The answers go out
 * open-loop (on schedule, not after the previous one) at 60 and at 150 per second; latency counts from the
 * moment a request was due. Slack shows its user an error after 3 s, so the count over 3 s matters most.
 * After each phase, once the processes are quiet, the database is checked: every acknowledged answer stored
 * once, every round closed and every besluit made once, every outbox message sent once per idempotency key,
 * and the audit chain (chained by the processes' sequencers) verifies against their signed checkpoints.
 * Everything runs on loopback; Slack's Web API is a local fake. Bounded in count and time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { auditSleutel } from '../../src/domain/auditanker.ts';
import { verifieerAudit } from '../../src/services/auditverificatie.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { type Diensten, systeemklok } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakPostgresDatabase } from '../../test/helpers/database.ts';
import { intake } from '../../test/helpers/intake.ts';
import { GEHEIM, LEDEN, SLACK, SLACK_YAML, TEAM, TOKEN } from '../../test/slack/helpers.ts';
import { NepSlack } from '../../test/slack/nepslack.ts';
import { agent, post } from '../slackpost.ts';

const arg = (naam: string, standaard: string) =>
  process.argv.find((a) => a.startsWith(`--${naam}=`))?.split('=')[1] ?? standaard;
const CASUSSEN = Number(arg('casussen', '40'));
const SNELHEDEN = arg('snelheden', '60,150').split(',').map(Number);
const SLACK_GRENS_MS = 3000;
const REPO = fileURLToPath(new URL('../..', import.meta.url));

// ---------------------------------------------------------------------------------------------------------
// Set-up: a fresh database, the example tables bound to Slack, casussen for every phase.

const pg = await maakPostgresDatabase();
const db = await openDatabase({ soort: 'postgres', url: pg.url, poolGrootte: 4 });
const d: Diensten = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
await importeerTafels(d, leesTafelsBestand(SLACK_YAML), SLACK_YAML);
const fasen = SNELHEDEN.length * 2;
const indiener = { platform: 'slack' as const, extern: SLACK.consulent, werkruimte: TEAM };
const casussenPerFase: string[][] = [];
for (let f = 0; f < fasen; f++) {
  const lijst: string[] = [];
  for (let i = 0; i < CASUSSEN; i++)
    lijst.push((await raiseCasus(d, indiener, intake({ titel: `Bench fase ${f} casus ${i}` }))).casusId);
  casussenPerFase.push(lijst);
}
const nep = await new NepSlack(TOKEN).start();
const map = mkdtempSync(path.join(os.tmpdir(), 'maatwerkbot-replicas-'));
const sleutelBestand = path.join(map, 'audit-sleutel');
const geheim = randomBytes(32).toString('hex');
writeFileSync(sleutelBestand, `${geheim}\n`, { mode: 0o600 });
const anker = { sleutel: auditSleutel(Buffer.from(geheim, 'utf8')), bestand: path.join(map, 'ankers.jsonl') };

// ---------------------------------------------------------------------------------------------------------
// The processes.

interface Proces {
  kind: ChildProcess;
  poort: number;
  fout: string[];
}

function vrijePoort(): Promise<number> {
  return new Promise((klaar) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => {
      const poort = (s.address() as AddressInfo).port;
      s.close(() => klaar(poort));
    });
  });
}

async function startProces(): Promise<Proces> {
  const poort = await vrijePoort();
  const kind = spawn(process.execPath, [path.join(REPO, 'bin/maatwerkbot.mjs'), 'start'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(poort),
      HOST: '127.0.0.1',
      DATABASE_URL: pg.url,
      SLACK_SIGNING_SECRET: GEHEIM,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: nep.url,
      LOG_LEVEL: 'warn',
      MAATWERKBOT_DATA_DIR: path.join(map, 'data'),
      MAATWERKBOT_AUDIT_SLEUTELBESTAND: sleutelBestand,
      MAATWERKBOT_AUDIT_ANKERBESTAND: anker.bestand,
    },
  });
  const p: Proces = { kind, poort, fout: [] };
  kind.stderr!.on('data', (b) => p.fout.push(String(b)));
  const eind = Date.now() + 60_000;
  for (;;) {
    if (kind.exitCode !== null) throw new Error(`proces stopte: ${p.fout.join('')}`);
    const ok = await fetch(`http://127.0.0.1:${poort}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return p;
    if (Date.now() > eind) throw new Error('proces werd niet gereed binnen 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopProces(p: Proces) {
  if (p.kind.exitCode !== null) return;
  const klaar = new Promise((r) => p.kind.once('exit', r));
  p.kind.kill('SIGTERM');
  await Promise.race([klaar, new Promise((r) => setTimeout(r, 15_000))]);
  if (p.kind.exitCode === null) p.kind.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------------------
// The load.

let volgnummer = 0;

function antwoord(casusId: string, lid: string): string {
  const i = volgnummer++;
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'maatwerk' },
    user: { id: lid, username: lid.toLowerCase(), name: lid.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0MAATWERK',
    token: 'verouderd',
    trigger_id: `bench.replicas.${i}`,
    view: {
      id: `VREPLICA${process.pid}x${i}`,
      team_id: TEAM,
      type: 'modal',
      callback_id: 'antwoord',
      private_metadata: JSON.stringify({ casusId, keuze: 'akkoord' }),
      hash: 'h',
      state: {
        values: {
          reden: {
            waarde: {
              type: 'plain_text_input',
              value: 'Past binnen de afspraken en het mandaat van onze organisatie.',
            },
          },
        },
      },
    },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

const percentiel = (lijst: number[], p: number) => {
  const s = [...lijst].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

interface Meting {
  fase: string;
  processen: number;
  verzonden: number;
  ok: number;
  later: number;
  fout: number;
  p50: number;
  p99: number;
  max: number;
  boven3s: number;
  lockWacht: number;
  idleInTx: number;
  controles: string[];
  goed: boolean;
}

/** Samples pg_stat_activity while a phase runs: sessions waiting on a lock, and idle in transaction. */
function bemonsterSessies() {
  let lock = 0;
  let idle = 0;
  let stop = false;
  const wachtOp = new Map<string, number>();
  const lus = (async () => {
    while (!stop) {
      const rijen = await db.ruw.query<{ wacht: string | null; staat: string | null; query: string }>(
        `SELECT wait_event_type || ':' || wait_event AS wacht, state AS staat, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS query
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      const opLock = rijen.filter((r) => r.wacht?.startsWith('Lock:'));
      for (const r of opLock)
        wachtOp.set(`${r.wacht} ${r.query}`, (wachtOp.get(`${r.wacht} ${r.query}`) ?? 0) + 1);
      lock = Math.max(lock, opLock.length);
      idle = Math.max(idle, rijen.filter((r) => r.staat === 'idle in transaction').length);
      await new Promise((k) => setTimeout(k, 50));
    }
  })();
  return async () => {
    stop = true;
    await lus;
    const meest = [...wachtOp.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return { lock, idle, meest };
  };
}

async function burst(processen: Proces[], casussen: string[], perSeconde: number) {
  // Member by member over all casussen: rounds close during the burst, not at its end.
  const paren: [string, string][] = [];
  for (const [m, lid] of LEDEN.entries())
    for (const [i, c] of casussen.entries()) if (m < 3 || i % 2 === 0) paren.push([c, lid]);
  const latenties: number[] = [];
  const tel = { ok: 0, later: 0, fout: 0 };
  const bezig: Promise<void>[] = [];
  const tussen = 1000 / perSeconde;
  const t0 = performance.now() + 20;
  for (const [i, [casusId, lid]] of paren.entries()) {
    const gepland = t0 + i * tussen;
    const wacht = gepland - performance.now();
    if (wacht > 1) await new Promise((r) => setTimeout(r, wacht - 0.5));
    while (performance.now() < gepland) {
      // the last half millisecond by spinning
    }
    const p = processen[i % processen.length]!;
    bezig.push(
      post(p.poort, antwoord(casusId, lid)).then((r) => {
        latenties.push(performance.now() - gepland);
        if (r.status === 200 && r.tekst.includes('Antwoord opgeslagen')) tel.ok++;
        else if (r.status === 200 && r.tekst.includes('Even geduld')) tel.later++;
        else tel.fout++;
      }),
    );
  }
  await Promise.all(bezig);
  return { verzonden: paren.length, ...tel, latenties };
}

/** Until every due job ran, the outbox is empty and the sequencers caught up (at most two minutes). */
async function wachtTotStil() {
  const eind = Date.now() + 120_000;
  let stil = 0;
  while (stil < 3 && Date.now() < eind) {
    const [r] = await db.ruw.query<{ jobs: number; post: number; keten: number }>(
      `SELECT (SELECT count(*) FROM "Job" WHERE status = 'gepland' AND due <= now())::int AS jobs,
              (SELECT count(*) FROM "OutboxBericht" WHERE status IN ('wachtend', 'bezig') AND ontvanger->>'platform' <> 'console')::int AS post,
              (SELECT count(*) FROM "AuditEvent" WHERE positie IS NULL)::int AS keten`,
    );
    stil = r && r.jobs + r.post + r.keten === 0 ? stil + 1 : 0;
    await new Promise((k) => setTimeout(k, 300));
  }
}

async function controleer(
  casussen: string[],
  aanvaard: number,
): Promise<{ regels: string[]; goed: boolean }> {
  const regels: string[] = [];
  let goed = true;
  const eis = (ok: boolean, tekst: string) => {
    regels.push(`${ok ? 'ok  ' : 'FOUT'} ${tekst}`);
    goed &&= ok;
  };
  const [r] = await db.ruw.query<{ n: number; uniek: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT (x."rondeId", x."lidId"))::int AS uniek
       FROM "Antwoord" x JOIN "Besluitronde" b ON b.id = x."rondeId" WHERE b."casusId" = ANY($1::text[])`,
    [casussen],
  );
  eis(
    r!.n === aanvaard && r!.uniek === r!.n,
    `antwoorden: ${r!.n} opgeslagen, ${r!.uniek} uniek, ${aanvaard} bevestigd`,
  );
  const refs = (
    await db.ruw.query<{ referentie: string }>(`SELECT referentie FROM "Casus" WHERE id = ANY($1::text[])`, [
      casussen,
    ])
  ).map((c) => c.referentie);
  const [g] = await db.ruw.query<{ rondes: number; max: number; besluiten: number; vastgelegd: number }>(
    `SELECT (SELECT count(DISTINCT "casusRef") FROM "AuditEvent" WHERE actie = 'ronde_gesloten' AND "casusRef" = ANY($1::text[]))::int AS rondes,
            (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM "AuditEvent" WHERE actie = 'ronde_gesloten' AND "casusRef" = ANY($1::text[]) GROUP BY "casusRef") x)::int AS max,
            (SELECT count(*) FROM "Besluit" WHERE "casusId" = ANY($2::text[]))::int AS besluiten,
            (SELECT count(*) FROM "AuditEvent" WHERE actie = 'besluit_vastgelegd' AND "casusRef" = ANY($1::text[]))::int AS vastgelegd`,
    [refs, casussen],
  );
  const verwacht = Math.ceil(casussen.length / 2);
  eis(
    g!.rondes === verwacht && g!.max === 1 && g!.besluiten === verwacht && g!.vastgelegd === verwacht,
    `rondes gesloten ${g!.rondes} (elk ${g!.max}×), besluiten ${g!.besluiten}, vastgelegd ${g!.vastgelegd}, verwacht ${verwacht}`,
  );
  const [o] = await db.ruw.query<{ totaal: number; open: number; dubbel: number }>(
    `SELECT count(*)::int AS totaal,
            count(*) FILTER (WHERE status NOT IN ('verzonden', 'vervangen', 'onbezorgbaar'))::int AS open,
            count(*) FILTER (WHERE status = 'verzonden' AND pogingen <> 1)::int AS dubbel
       FROM "OutboxBericht" WHERE "casusId" = ANY($1::text[]) AND ontvanger->>'platform' <> 'console'`,
    [casussen],
  );
  if (o!.open > 0) {
    const soorten = await db.ruw.query<{ status: string; fout: string | null; n: number }>(
      `SELECT status, left("laatsteFout", 80) AS fout, count(*)::int AS n FROM "OutboxBericht"
        WHERE "casusId" = ANY($1::text[]) AND status NOT IN ('verzonden', 'vervangen', 'onbezorgbaar')
          AND ontvanger->>'platform' <> 'console'
        GROUP BY 1, 2`,
      [casussen],
    );
    for (const r of soorten) regels.push(`     ${r.n}× ${r.status}: ${r.fout ?? ''}`);
  }
  // The example tables also give everyone a console address, which no server delivers to: left out.
  eis(
    o!.open === 0 && o!.dubbel === 0,
    `outbox (Slack): ${o!.totaal} berichten, ${o!.open} niet verzonden, ${o!.dubbel} vaker dan eens bezorgd`,
  );
  const oordelen = await verifieerAudit(d, { anker });
  const keten = oordelen.every((t) => t.oordeel.geldig && t.ongeketend.aantal === 0);
  eis(
    keten,
    `auditketen: ${oordelen.map((t) => `${t.oordeel.aantal} geketend, ${t.ongeketend.aantal} wachtend, ${t.ankers?.aantal ?? 0} ankers, ${t.oordeel.geldig ? 'onverbroken' : `VERBROKEN: ${t.oordeel.reden}`}`).join('; ')}`,
  );
  return { regels, goed };
}

// ---------------------------------------------------------------------------------------------------------

console.log(
  `Replica-bench: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, PostgreSQL, ` +
    `${CASUSSEN} casussen per fase (de helft krijgt alle vijf antwoorden), snelheden ${SNELHEDEN.join(' en ')}/s, ` +
    `belasting bij start ${os.loadavg()[0]!.toFixed(1)}`,
);
const metingen: Meting[] = [];
const processen: Proces[] = [];
let fase = 0;
try {
  for (const aantal of [1, 3]) {
    while (processen.length < aantal) processen.push(await startProces());
    // Warm-up: JIT, connections and the closing path in every process, on casussen of their own, until the
    // processes' start-up work is done; not measured.
    const opwarmen: string[] = [];
    for (let i = 0; i < 4 * aantal; i++)
      opwarmen.push((await raiseCasus(d, indiener, intake({ titel: `Bench opwarmen ${i}` }))).casusId);
    await burst(processen, opwarmen, 30);
    await wachtTotStil();
    for (const snelheid of SNELHEDEN) {
      const casussen = casussenPerFase[fase++]!;
      const stop = bemonsterSessies();
      const b = await burst(processen, casussen, snelheid);
      const sessies = await stop();
      await wachtTotStil();
      const c = await controleer(casussen, b.ok + b.later);
      const m: Meting = {
        fase: `${snelheid}/s`,
        processen: aantal,
        verzonden: b.verzonden,
        ok: b.ok,
        later: b.later,
        fout: b.fout,
        p50: percentiel(b.latenties, 50),
        p99: percentiel(b.latenties, 99),
        max: Math.max(...b.latenties),
        boven3s: b.latenties.filter((l) => l > SLACK_GRENS_MS).length,
        lockWacht: sessies.lock,
        idleInTx: sessies.idle,
        controles: c.regels,
        goed: c.goed,
      };
      metingen.push(m);
      const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
      console.log(
        `\n${m.fase} over ${aantal} proces(sen): ${m.verzonden} verzonden, ${m.ok} bevestigd, ${m.later} later, ${m.fout} fout; ` +
          `p50 ${ms(m.p50)}, p99 ${ms(m.p99)}, max ${ms(m.max)}, boven 3 s: ${m.boven3s}; ` +
          `sessies op een lock (max): ${m.lockWacht}, idle in transaction (max): ${m.idleInTx}`,
      );
      for (const [wat, n] of sessies.meest) console.log(`  op een lock (${n} monsters): ${wat}`);
      for (const regel of m.controles) console.log(`  ${regel}`);
    }
  }
} finally {
  for (const p of processen) await stopProces(p);
}
// The checkpoints the processes wrote at shutdown still match.
const naStop = await verifieerAudit(d, { anker });
console.log(
  `\nna het stoppen: ${naStop.map((t) => `${t.oordeel.geldig ? 'onverbroken' : 'VERBROKEN'}, ${t.ankers?.aantal ?? 0} ankers, laatste op positie ${t.ankers?.laatsteGoed?.positie ?? '-'}`).join('; ')}`,
);

const zoek = (snelheid: number, n: number) =>
  metingen.find((m) => m.fase === `${snelheid}/s` && m.processen === n);
const een60 = zoek(60, 1);
const drie60 = zoek(60, 3);
const drie150 = zoek(150, 3);
console.log('');
console.log('fase     processen  p50 ms  p99 ms  max ms  >3 s  exact eens');
for (const m of metingen) {
  console.log(
    `${m.fase.padEnd(8)} ${String(m.processen).padStart(9)} ${m.p50.toFixed(0).padStart(7)} ${m.p99.toFixed(0).padStart(7)} ${m.max.toFixed(0).padStart(7)} ${String(m.boven3s).padStart(5)}  ${m.goed ? 'ja' : 'NEE'}`,
  );
}
const doelen: [string, boolean][] = [];
if (een60 && drie60) {
  doelen.push([
    `60/s: p99 met drie processen (${drie60.p99.toFixed(0)} ms) ≤ 2× die met één (${een60.p99.toFixed(0)} ms)`,
    drie60.p99 <= 2 * een60.p99,
  ]);
  doelen.push([`60/s: p99 met drie processen < 300 ms`, drie60.p99 < 300]);
}
if (drie150) doelen.push(['150/s met drie processen: geen ack boven 3 s', drie150.boven3s === 0]);
doelen.push([
  'alles precies één keer, auditketen onverbroken',
  metingen.every((m) => m.goed) && naStop.every((t) => t.oordeel.geldig),
]);
console.log('');
for (const [doel, gehaald] of doelen) console.log(`${gehaald ? 'gehaald  ' : 'NIET     '} ${doel}`);

agent.destroy();
await nep.stop();
await db.sluit();
await pg.weg();
rmSync(map, { recursive: true, force: true });
