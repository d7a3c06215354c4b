/**
 * The first intake after a fresh start: how long Slack waits for the ack of the very first casus that is
 * submitted to a server that has just said it is ready.
 *
 *   npx tsx bench/eerste-intake/run.ts [--starts=15] [--volgende=5] [--pglite-alleen] [--postgres-alleen]
 *                                      [--wortel=<andere checkout>]
 *
 * Per start: a new database (a fresh PGlite data directory, or a new database on the PostgreSQL server)
 * with the example tables bound to Slack, then the real server (`node bin/maatwerkbot.mjs start`) in its
 * own process against a local fake of Slack's Web API. The bench waits until `/readyz` answers 200, then
 * sends one correctly signed `view_submission` of the intake modal (the first request the server sees:
 * a modal opened before a restart or on another replica), and then `--volgende` more, one at a time, for
 * comparison. The modal is built from the same tables, as `/casus` would open it. `--wortel` starts the
 * server of another checkout (with its dependencies installed) instead, e.g. an older version to compare
 * with; one without /readyz is waited for on /healthz.
 * Everything stays on loopback; each start is bounded in time. The machine's load average is printed with
 * each start: on a shared machine, a busy neighbour shows up in every figure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { intakeModal } from '../../adapters/slack/weergave/modals.ts';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { type Diensten, systeemklok } from '../../src/services/context.ts';
import { tafelsVoorIndiener } from '../../src/services/overzicht.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakPostgresDatabase, postgresBeschikbaar } from '../../test/helpers/database.ts';
import {
  GEHEIM,
  INTAKE,
  onderteken,
  SLACK,
  SLACK_YAML,
  staatVan,
  TEAM,
  TOKEN,
} from '../../test/slack/helpers.ts';
import { NepSlack } from '../../test/slack/nepslack.ts';

const arg = (naam: string, standaard: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${naam}=`))?.split('=')[1] ?? standaard);
const STARTS = arg('starts', 15);
const VOLGENDE = arg('volgende', 5);
const SOORTEN = (['pglite', 'postgres'] as const).filter(
  (s) =>
    !(s === 'pglite' && process.argv.includes('--postgres-alleen')) &&
    !(s === 'postgres' && (process.argv.includes('--pglite-alleen') || !postgresBeschikbaar)),
);
const START_BINNEN_MS = 120_000;
const WORTEL =
  process.argv.find((a) => a.startsWith('--wortel='))?.slice('--wortel='.length) ??
  new URL('../../', import.meta.url).pathname;

function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const s = net.createServer();
    s.once('error', mis);
    s.listen(0, '127.0.0.1', () => {
      const poort = (s.address() as net.AddressInfo).port;
      s.close(() => klaar(poort));
    });
  });
}

function vraag(
  poort: number,
  pad: string,
  body?: string,
): Promise<{ status: number; tekst: string; ms: number }> {
  const kop = body
    ? {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        ...onderteken(body),
      }
    : {};
  const begin = performance.now();
  return new Promise((klaar) => {
    const req = http.request(
      { host: '127.0.0.1', port: poort, path: pad, method: body ? 'POST' : 'GET', headers: kop },
      (res) => {
        let tekst = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          tekst += d;
        });
        res.on('end', () => klaar({ status: res.statusCode ?? 0, tekst, ms: performance.now() - begin }));
      },
    );
    req.on('error', () => klaar({ status: 0, tekst: '', ms: performance.now() - begin }));
    req.end(body);
  });
}

interface Voorbereid {
  env: Record<string, string>;
  modal: ReturnType<typeof intakeModal>;
  tafelId: string;
  opruimen(): Promise<void>;
}

/** A new database with the example tables, prepared in this process and closed before the server opens it. */
async function bereidVoor(soort: 'pglite' | 'postgres'): Promise<Voorbereid> {
  const map = mkdtempSync(path.join(os.tmpdir(), 'maatwerkbot-eerste-intake-'));
  const pg = soort === 'postgres' ? await maakPostgresDatabase() : null;
  const db = await openDatabase(
    pg ? { soort: 'postgres', url: pg.url } : { soort: 'pglite', dataMap: path.join(map, 'pglite') },
  );
  const d: Diensten = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
  await importeerTafels(d, leesTafelsBestand(SLACK_YAML), SLACK_YAML);
  const { tafels, knelpunten } = await tafelsVoorIndiener(d, {
    platform: 'slack',
    extern: SLACK.consulent,
    werkruimte: TEAM,
  });
  await db.sluit();
  const tafelId = tafels[0]!.id;
  return {
    env: pg ? { DATABASE_URL: pg.url } : { MAATWERKBOT_DATA_DIR: path.join(map, 'pglite') },
    modal: intakeModal({ tafels, knelpunten, tafelId }),
    tafelId,
    async opruimen() {
      await pg?.weg();
      rmSync(map, { recursive: true, force: true });
    },
  };
}

let volgnummer = 0;

function intakeVerzoek(v: Voorbereid): string {
  const i = volgnummer++;
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'maatwerk' },
    user: { id: SLACK.consulent, username: 'consulent', name: 'consulent', team_id: TEAM },
    api_app_id: 'A0MAATWERK',
    token: 'verouderd',
    trigger_id: `eerste.${i}`,
    view: {
      id: `VEERSTE${process.pid}x${i}`,
      team_id: TEAM,
      type: 'modal',
      callback_id: v.modal.callback_id,
      private_metadata: v.modal.private_metadata ?? '',
      hash: 'h',
      state: {
        values: staatVan(v.modal, { ...INTAKE, tafel: v.tafelId, titel: `Eerste intake nummer ${i}` }),
      },
    },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

interface Start {
  soort: string;
  klaarMs: number;
  eersteMs: number;
  eersteOk: boolean;
  volgendeMs: number[];
}

async function wachtTot(poort: number, pad: string, proces: ChildProcess): Promise<void> {
  const eind = Date.now() + START_BINNEN_MS;
  while (Date.now() < eind) {
    if (proces.exitCode !== null) throw new Error(`server stopte met ${proces.exitCode}`);
    const { status } = await vraag(poort, pad);
    if (status === 200) return;
    if (status === 404 && pad === '/readyz') return wachtTot(poort, '/healthz', proces);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${pad} niet binnen ${START_BINNEN_MS} ms gereed`);
}

async function eenStart(soort: 'pglite' | 'postgres', nep: NepSlack): Promise<Start> {
  const v = await bereidVoor(soort);
  const poort = await vrijePoort();
  const t0 = performance.now();
  const proces = spawn(process.execPath, [path.join(WORTEL, 'bin/maatwerkbot.mjs'), 'start'], {
    cwd: WORTEL,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(poort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SLACK_SIGNING_SECRET: GEHEIM,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: nep.url,
      ...v.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await wachtTot(poort, '/readyz', proces);
    const klaarMs = performance.now() - t0;
    const eerste = await vraag(poort, '/slack/events', intakeVerzoek(v));
    const volgendeMs: number[] = [];
    for (let i = 0; i < VOLGENDE; i++)
      volgendeMs.push((await vraag(poort, '/slack/events', intakeVerzoek(v))).ms);
    return {
      soort,
      klaarMs,
      eersteMs: eerste.ms,
      eersteOk: eerste.status === 200 && eerste.tekst.includes('MW-'),
      volgendeMs,
    };
  } finally {
    const weg = new Promise((r) => proces.once('exit', r));
    proces.kill('SIGTERM');
    await Promise.race([weg, new Promise((r) => setTimeout(r, 30_000))]);
    if (proces.exitCode === null) proces.kill('SIGKILL');
    await v.opruimen();
  }
}

const percentiel = (lijst: number[], p: number) => {
  const s = [...lijst].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0).padStart(6) : '     -');

console.log(
  `Eerste intake na een verse start: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, ` +
    `${STARTS} starts per database, server uit ${WORTEL}`,
);
const nep = await new NepSlack(TOKEN).start();
const alles: Start[] = [];
for (const soort of SOORTEN) {
  console.log(`\n${soort}: start  gereed ms  eerste ms  ok  load  volgende ms`);
  for (let i = 0; i < STARTS; i++) {
    const s = await eenStart(soort, nep);
    alles.push(s);
    console.log(
      `${' '.repeat(soort.length)}  ${String(i + 1).padStart(5)} ${ms(s.klaarMs)}    ${ms(s.eersteMs)}   ${s.eersteOk ? 'ja' : 'NEE'} ${os.loadavg()[0]!.toFixed(1).padStart(5)}  ${s.volgendeMs.map((x) => x.toFixed(0)).join(' ')}`,
    );
  }
}
await nep.stop();

console.log('\ndatabase   starts  eerste p50  p99   max   volgende p50  p99   gereed p50   max');
let gehaald = true;
for (const soort of SOORTEN) {
  const s = alles.filter((x) => x.soort === soort);
  const eerste = s.map((x) => x.eersteMs);
  const volgende = s.flatMap((x) => x.volgendeMs);
  const klaar = s.map((x) => x.klaarMs);
  const p99 = percentiel(eerste, 99);
  if (!(p99 < 300) || s.some((x) => !x.eersteOk)) gehaald = false;
  console.log(
    `${soort.padEnd(10)} ${String(s.length).padStart(6)}  ${ms(percentiel(eerste, 50))} ${ms(p99)} ${ms(Math.max(...eerste))}   ${ms(percentiel(volgende, 50))} ${ms(percentiel(volgende, 99))}   ${ms(percentiel(klaar, 50))} ${ms(Math.max(...klaar))}`,
  );
}
console.log(
  `\n${gehaald ? 'gehaald' : 'NIET   '}  p99 van de eerste intake < 300 ms, elke eerste intake opgeslagen`,
);
