// Slack redelivers an event it thinks went unacknowledged (X-Slack-Retry-Num), possibly to another replica.
// Two adapters stand for two processes (on PostgreSQL each with its own connection pool; on PGlite, one
// process, on one database): the same event_id, or the same click, is handled once, whichever one gets it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIE } from '../../adapters/slack/ids.ts';
import { maakSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Diensten } from '../../src/services/context.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { intake } from '../helpers/intake.ts';
import { GEDULDIG, GEHEIM, onderteken, SLACK, SLACK_YAML, TAFELKANAAL, TEAM, TOKEN } from './helpers.ts';
import { NepSlack } from './nepslack.ts';

interface Proces {
  adapter: SlackAdapter;
  server: http.Server;
  url: string;
  log: string[];
  db?: Database;
}

async function proces(d: Diensten, nep: NepSlack, db?: Database): Promise<Proces> {
  const log: string[] = [];
  const adapter = await maakSlackAdapter(
    d,
    { signingSecret: GEHEIM, botToken: TOKEN, apiUrl: nep.url, ...GEDULDIG },
    maakLogboek(
      'info',
      new Writable({
        write(chunk, _enc, klaar) {
          log.push(String(chunk));
          klaar();
        },
      }),
    ),
  );
  const server = http.createServer((req, res) => void adapter.route(req, res));
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return { adapter, server, url, log, ...(db ? { db } : {}) };
}

async function stuur(p: Proces, body: string, type: 'json' | 'form', retry?: number) {
  const r = await fetch(p.url, {
    method: 'POST',
    headers: {
      'content-type': type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      ...onderteken(body),
      ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
    },
    body,
  });
  return r.status;
}

async function wachtOp(voorwaarde: () => boolean, ms = 10_000) {
  const eind = Date.now() + ms;
  while (!voorwaarde()) {
    if (Date.now() > eind) throw new Error('wachten duurde te lang');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const genegeerd = (p: Proces) => p.log.filter((r) => r.includes('herhaalde levering genegeerd')).length;

const homeEvent = (eventId: string) =>
  JSON.stringify({
    token: 'verouderd',
    team_id: TEAM,
    api_app_id: 'A0MAATWERK',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_home_opened', user: SLACK.wi, channel: 'D01WERKINK', tab: 'home', event_ts: '1' },
  });

describe.each(SOORTEN)('Slack redeliveries across processes on %s', (soort) => {
  let o: TestOmgeving;
  let nep: NepSlack;
  let a: Proces;
  let b: Proces;
  let casusId: string;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { yaml: SLACK_YAML });
    nep = await new NepSlack(TOKEN).start();
    casusId = (
      await raiseCasus(o.d, { platform: 'slack', extern: SLACK.consulent, werkruimte: TEAM }, intake())
    ).casusId;
    a = await proces(o.d, nep);
    if (soort === 'postgres') {
      // Another process: its own connections to the same database.
      const db = await openDatabase({ soort: 'postgres', url: o.url!, poolGrootte: 4 }, { migreer: false });
      b = await proces({ ...o.d, db: db.prisma }, nep, db);
    } else b = await proces(o.d, nep);
  });
  afterAll(async () => {
    for (const p of [a, b]) {
      p?.server.closeAllConnections();
      await new Promise<void>((klaar) => (p ? p.server.close(() => klaar()) : klaar()));
      await p?.adapter.stop();
      await p?.db?.sluit();
    }
    await nep?.stop();
    await o?.opruimen();
  });

  it('an event_id seen by one process is acknowledged and ignored by the other', async () => {
    // Two different events are both handled: the listener does publish twice.
    expect(await stuur(a, homeEvent('EvEEN'), 'json')).toBe(200);
    expect(await stuur(b, homeEvent('EvTWEE'), 'json')).toBe(200);
    await wachtOp(() => nep.van('views.publish').length === 2);
    // The same event again, to the other process, as Slack's retry.
    expect(await stuur(a, homeEvent('EvDRIE'), 'json')).toBe(200);
    await wachtOp(() => nep.van('views.publish').length === 3);
    expect(await stuur(b, homeEvent('EvDRIE'), 'json', 1)).toBe(200);
    expect(await stuur(a, homeEvent('EvDRIE'), 'json', 2)).toBe(200);
    await wachtOp(() => genegeerd(a) + genegeerd(b) === 2);
    expect(nep.van('views.publish')).toHaveLength(3);
    expect(b.log.find((r) => r.includes('herhaalde levering genegeerd'))).toContain('"herhaling":1');
  });

  it('a click redelivered to another process opens its form once', async () => {
    const klik = new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        user: { id: SLACK.wi, username: 'wi', name: 'wi', team_id: TEAM },
        api_app_id: 'A0MAATWERK',
        token: 'verouderd',
        container: { type: 'message', message_ts: '1.1', channel_id: TAFELKANAAL, is_ephemeral: false },
        trigger_id: 'trigger.dubbel',
        team: { id: TEAM, domain: 'maatwerk' },
        channel: { id: TAFELKANAAL, name: 'citydeal' },
        message: { ts: '1.1', text: 'kaart' },
        response_url: 'https://hooks.slack.invalid/actions/1',
        actions: [
          {
            action_id: ACTIE.antwoord('akkoord'),
            block_id: 'b',
            type: 'button',
            value: casusId,
            action_ts: '1.2',
          },
        ],
      }),
    }).toString();
    const voor = nep.van('views.open').length;
    const bVoor = genegeerd(b);
    expect(await stuur(a, klik, 'form')).toBe(200);
    await wachtOp(() => nep.van('views.open').length === voor + 1);
    expect(await stuur(b, klik, 'form')).toBe(200);
    await wachtOp(() => genegeerd(b) === bVoor + 1);
    expect(nep.van('views.open')).toHaveLength(voor + 1);
  });
});
