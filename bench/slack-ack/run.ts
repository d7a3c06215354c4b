/**
 * Ack latency of the Slack adapter against a bare Bolt app, in one run (issue 10, Bench).
 *
 *   npx tsx bench/slack-ack/run.ts [--seconden=5] [--max=20000] [--pglite] [--casussen=250]
 *
 * Load: correctly signed `view_submission`s of the answer modal (a member's real answer with a reason, on
 * a real open casus), sent open-loop (on schedule, not after the previous answer) at 20, 100 and 200
 * requests/s, then at saturation (64 requests in flight); first one at a time, for the bare cost of an answer.
 * A request Bolt cannot ack within 3 s gets its 404 (Slack would show the user an error) and counts as failed,
 * although the answer may still be stored afterwards: compare the stored count with the accepted count. Latency counts from the moment a request was due, so a
 * generator that falls behind shows up as latency, not as a slower rate. Both apps run in their own
 * process on loopback; nothing leaves this machine. Each phase is bounded by time and by count.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { TEAM } from '../../test/slack/helpers.ts';
import { agent, post } from '../slackpost.ts';

const arg = (naam: string, standaard: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${naam}=`))?.split('=')[1] ?? standaard);
const SECONDEN = arg('seconden', 5);
const MAX = arg('max', 20_000);
const CASUSSEN = arg('casussen', 250);
const PGLITE = process.argv.includes('--pglite');
const IN_VLUCHT = 64;

interface Kant {
  naam: 'echt' | 'kaal';
  poort: number;
  casussen: string[];
  leden: string[];
  proces: ReturnType<typeof fork>;
}

function start(naam: 'echt' | 'kaal'): Promise<Kant> {
  const proces = fork(
    new URL('./server.ts', import.meta.url).pathname,
    [naam, `--casussen=${CASUSSEN}`, ...(PGLITE ? ['--pglite'] : [])],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((klaar, mis) => {
    proces.once('exit', (code) => mis(new Error(`${naam} stopte met ${code}`)));
    proces.once('message', (m: { poort: number; casussen: string[]; leden: string[] }) =>
      klaar({ naam, poort: m.poort, casussen: m.casussen, leden: m.leden, proces }),
    );
  });
}

function vraag<T>(k: Kant, soort: string, antwoord: string): Promise<T> {
  return new Promise((klaar) => {
    const luister = (m: { soort: string } & T) => {
      if (m.soort !== antwoord) return;
      k.proces.off('message', luister);
      klaar(m);
    };
    k.proces.on('message', luister);
    k.proces.send({ soort });
  });
}

/** Waits until the real app has worked off what is still queued, so no phase pays for the previous one. */
async function leegloop(k: Kant) {
  const eind = Date.now() + 120_000;
  let vorige = -1;
  for (;;) {
    const { aantal } = await vraag<{ aantal: number }>(k, 'tel', 'geteld');
    if (aantal === vorige || Date.now() > eind) return;
    vorige = aantal;
    await new Promise((r) => setTimeout(r, 500));
  }
}

let volgnummer = 0;

/** A member's answer, as Slack posts the submitted modal; each with its own view id. */
function verzoek(k: Kant): string {
  const i = volgnummer++;
  const casusId = k.casussen[i % k.casussen.length]!;
  const lid = k.leden[Math.floor(i / k.casussen.length) % k.leden.length]!;
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'maatwerk' },
    user: { id: lid, username: lid.toLowerCase(), name: lid.toLowerCase(), team_id: TEAM },
    api_app_id: 'A0MAATWERK',
    token: 'verouderd',
    trigger_id: `bench.${i}`,
    view: {
      id: `VBENCH${process.pid}${i}`,
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

interface Meting {
  fase: string;
  kant: string;
  verzonden: number;
  ok: number;
  /** Acked in time with a "being processed" view: stored later, not before the ack. */
  voorlopig: number;
  geweigerd: number;
  p50: number;
  p99: number;
  perSeconde: number;
}

const percentiel = (lijst: number[], p: number) => {
  if (lijst.length === 0) return Number.NaN;
  const s = [...lijst].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/**
 * The real app answers a stored answer with its confirmation view ("Antwoord opgeslagen"); one it could not
 * store within its ack budget with "Even geduld"; a refusal with field errors. The bare app: an empty 200.
 */
type Soort = 'ok' | 'voorlopig' | 'geweigerd';
const soortVan = (r: { status: number; tekst: string }): Soort =>
  r.status === 200 && (r.tekst === '' || r.tekst.includes('Antwoord opgeslagen'))
    ? 'ok'
    : r.status === 200 && r.tekst.includes('Even geduld')
      ? 'voorlopig'
      : 'geweigerd';

async function openLus(k: Kant, perSeconde: number): Promise<Meting> {
  const aantal = Math.min(MAX, Math.round(perSeconde * SECONDEN));
  const tussen = 1000 / perSeconde;
  const latenties: number[] = [];
  const tel = { ok: 0, voorlopig: 0, geweigerd: 0 };
  const bezig: Promise<void>[] = [];
  const t0 = performance.now() + 20;
  for (let i = 0; i < aantal; i++) {
    const gepland = t0 + i * tussen;
    const wacht = gepland - performance.now();
    if (wacht > 1) await new Promise((r) => setTimeout(r, wacht - 0.5));
    while (performance.now() < gepland) {
      // the last half millisecond by spinning: setTimeout alone is too coarse for 5 ms spacing
    }
    const body = verzoek(k);
    bezig.push(
      post(k.poort, body).then((r) => {
        latenties.push(performance.now() - gepland);
        tel[soortVan(r)]++;
      }),
    );
  }
  await Promise.all(bezig);
  const duur = (performance.now() - t0) / 1000;
  return {
    fase: `${perSeconde}/s`,
    kant: k.naam,
    verzonden: aantal,
    ...tel,
    p50: percentiel(latenties, 50),
    p99: percentiel(latenties, 99),
    perSeconde: tel.ok / duur,
  };
}

async function verzadiging(
  k: Kant,
  fase = 'verzadiging',
  seconden = SECONDEN,
  inVlucht = IN_VLUCHT,
): Promise<Meting> {
  const latenties: number[] = [];
  const tel = { ok: 0, voorlopig: 0, geweigerd: 0 };
  let verzonden = 0;
  const t0 = performance.now();
  const eind = t0 + seconden * 1000;
  const werker = async () => {
    while (performance.now() < eind && verzonden < MAX) {
      verzonden++;
      const begin = performance.now();
      const r = await post(k.poort, verzoek(k));
      latenties.push(performance.now() - begin);
      tel[soortVan(r)]++;
    }
  };
  await Promise.all(Array.from({ length: inVlucht }, werker));
  const duur = (performance.now() - t0) / 1000;
  return {
    fase,
    kant: k.naam,
    verzonden,
    ...tel,
    p50: percentiel(latenties, 50),
    p99: percentiel(latenties, 99),
    perSeconde: tel.ok / duur,
  };
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1).padStart(7) : '      -');

function druk(m: Meting) {
  console.log(
    `${m.fase.padEnd(12)} ${m.kant.padEnd(5)} ${String(m.verzonden).padStart(6)} ${String(m.ok).padStart(6)} ${String(m.voorlopig).padStart(6)} ${String(m.geweigerd).padStart(6)} ${ms(m.p50)} ${ms(m.p99)} ${m.perSeconde.toFixed(0).padStart(7)}`,
  );
}

console.log(
  `Slack ack-bench: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, database ${PGLITE ? 'PGlite' : 'PostgreSQL'}, ${SECONDEN} s per fase, ${CASUSSEN} open casussen`,
);
const [echt, kaal] = await Promise.all([start('echt'), start('kaal')]);
console.log('fase         kant  verzonden    ok  later  fout   p50 ms  p99 ms  opgeslagen/s vóór ack');
const metingen: Meting[] = [];
for (const k of [echt, kaal]) {
  // Warm-up: JIT, connection pool, prepared statements; not measured.
  await verzadiging(k, 'opwarmen', 1);
}
// 'één tegelijk' shows the time of one answer end to end (adapter + service + database) without queueing;
// 20/s is a load the core can carry; 100/s and 200/s are the open-loop rates.
for (const fase of ['één tegelijk', 20, 100, 200, 'verzadiging'] as const) {
  for (const k of [echt, kaal]) {
    const m =
      fase === 'verzadiging'
        ? await verzadiging(k)
        : fase === 'één tegelijk'
          ? await verzadiging(k, fase, Math.min(2, SECONDEN), 1)
          : await openLus(k, fase);
    metingen.push(m);
    druk(m);
    if (k === echt) await leegloop(echt);
  }
}
const { aantal: opgeslagen } = await vraag<{ aantal: number }>(echt, 'tel', 'geteld');
const echtOk = metingen.filter((m) => m.kant === 'echt').reduce((s, m) => s + m.ok, 0);

const zoek = (fase: string, kant: string) => metingen.find((m) => m.fase === fase && m.kant === kant)!;
const p99_200 = zoek('200/s', 'echt').p99;
const satEcht = zoek('verzadiging', 'echt');
const satKaal = zoek('verzadiging', 'kaal');
console.log('');
console.log(
  `p99 bij 200/s: echt ${p99_200.toFixed(1)} ms, kaal ${zoek('200/s', 'kaal').p99.toFixed(1)} ms (verhouding ${(p99_200 / zoek('200/s', 'kaal').p99).toFixed(1)}×)`,
);
console.log(
  `verzadiging: echt ${satEcht.perSeconde.toFixed(0)}/s, kaal ${satKaal.perSeconde.toFixed(0)}/s (${((satEcht.perSeconde / satKaal.perSeconde) * 100).toFixed(0)} % van kaal)`,
);
console.log(`antwoorden in de database: ${opgeslagen} (gemeten als aanvaard: ${echtOk}, plus opwarmen)`);
console.log('');
const doelen: [string, boolean][] = [
  ['p99 < 50 ms bij 200/s', p99_200 < 50],
  ['verzadiging ≥ 500 antwoorden/s aanvaard en opgeslagen', satEcht.perSeconde >= 500],
  ['verzadiging ≥ 20 % van de kale app', satEcht.perSeconde >= 0.2 * satKaal.perSeconde],
];
for (const [doel, gehaald] of doelen) console.log(`${gehaald ? 'gehaald  ' : 'NIET     '} ${doel}`);

await Promise.all([vraag(echt, 'stop', 'gestopt'), vraag(kaal, 'stop', 'gestopt')]);
agent.destroy();
