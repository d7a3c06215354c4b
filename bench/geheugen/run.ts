/**
 * Idle memory of `npm start` on the embedded database, as a municipality would run it.
 *
 *   npx tsx bench/geheugen/run.ts [--seconden=60] [--runs=3]
 *
 * Three configurations: no platform (a newcomer's `npm start`), Teams on (in emulator mode, which loads
 * the same SDK as production; Slack would need a reachable Slack API for its start-up check), and no
 * platform on a PostgreSQL server instead of the embedded database (when one is reachable, as for the
 * tests), which shows what the embedded database itself holds.
 * Per run: a fresh data directory, the example tables imported with the real command line, then the
 * real server (`node bin/maatwerkbot.mjs start`, the compiled build) on a free port. After /healthz
 * answers, the process's resident set (VmRSS from /proc) is sampled every second while it idles (its
 * scheduler ticks every 5 s); printed: RSS at ready, median and maximum while idle, and the peak
 * (VmHWM). Linux only. Prints figures; asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { maakPostgresDatabase, postgresBeschikbaar } from '../../test/helpers/database.ts';

const arg = (naam: string, standaard: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${naam}=`))?.split('=')[1] ?? standaard);
const SECONDEN = arg('seconden', 60);
const RUNS = arg('runs', 3);
const PAKKET = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(PAKKET, 'bin', 'maatwerkbot.mjs');

function vrijePoort(): Promise<number> {
  return new Promise((klaar) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const poort = (s.address() as net.AddressInfo).port;
      s.close(() => klaar(poort));
    });
  });
}

const mb = (kb: number) => Math.round(kb / 1024);
function status(pid: number): { rss: number; hwm: number } {
  const tekst = readFileSync(`/proc/${pid}/status`, 'utf8');
  const veld = (naam: string) => Number(new RegExp(`${naam}:\\s+(\\d+)`).exec(tekst)?.[1] ?? 0);
  return { rss: veld('VmRSS'), hwm: veld('VmHWM') };
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function gereed(poort: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${poort}/healthz`)).ok) return;
    } catch {}
    await wacht(200);
  }
}

type Opzet = 'geen' | 'Teams' | 'PostgreSQL';

async function run(opzet: Opzet): Promise<{ gereed: number; mediaan: number; max: number; piek: number }> {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-geheugen-'));
  const pg = opzet === 'PostgreSQL' ? await maakPostgresDatabase() : null;
  const env = {
    ...process.env,
    MAATWERKBOT_DATA_DIR: path.join(map, 'pglite'),
    MAATWERKBOT_TEAMS_EMULATOR: opzet === 'Teams' ? '1' : '',
    LOG_LEVEL: 'warn',
    DATABASE_URL: pg?.url ?? '',
  };
  try {
    const imp = spawnSync(
      process.execPath,
      [BIN, 'tafels', 'importeer', path.join(PAKKET, 'tafels.example.yml')],
      {
        env,
        encoding: 'utf8',
      },
    );
    if (imp.status !== 0) throw new Error(`importeren mislukt: ${imp.stderr}`);
    const poort = await vrijePoort();
    const kind = spawn(process.execPath, [BIN, 'start'], {
      env: { ...env, PORT: String(poort) },
      stdio: 'ignore',
    });
    await gereed(poort);
    const bijGereed = status(kind.pid!).rss;
    const monsters: number[] = [];
    for (let s = 0; s < SECONDEN; s++) {
      await wacht(1000);
      monsters.push(status(kind.pid!).rss);
    }
    const piek = status(kind.pid!).hwm;
    const gestopt = new Promise((r) => kind.once('exit', r));
    kind.kill('SIGTERM');
    await gestopt;
    monsters.sort((a, b) => a - b);
    return {
      gereed: mb(bijGereed),
      mediaan: mb(monsters[Math.floor(monsters.length / 2)]!),
      max: mb(monsters.at(-1)!),
      piek: mb(piek),
    };
  } finally {
    rmSync(map, { recursive: true, force: true });
    await pg?.weg();
  }
}

console.log(`npm start, ${SECONDEN} s in rust, ${RUNS} runs (MB, resident set)`);
console.log('opzet        run  bij gereed  mediaan  max  piek');
const opzetten: Opzet[] = ['geen', 'Teams', ...(postgresBeschikbaar ? (['PostgreSQL'] as const) : [])];
for (const opzet of opzetten) {
  for (let i = 1; i <= RUNS; i++) {
    const r = await run(opzet);
    console.log(
      `${opzet.padEnd(11)}  ${String(i).padStart(3)}  ${String(r.gereed).padStart(10)}  ${String(r.mediaan).padStart(7)}  ${String(r.max).padStart(3)}  ${String(r.piek).padStart(4)}`,
    );
  }
}
