// Monitoring on the running server: /readyz, metrics only where configured (own loopback port, or the main
// port with a token), the Slack ack timed per kind of request, and a line at start and at stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeModal } from '../../adapters/slack/weergave/modals.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../../src/server.ts';
import { systeemklok } from '../../src/services/context.ts';
import { tafelsVoorIndiener } from '../../src/services/overzicht.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { GEHEIM, INTAKE, onderteken, SLACK, SLACK_YAML, staatVan, TEAM, TOKEN } from '../slack/helpers.ts';
import { NepSlack } from '../slack/nepslack.ts';
import { reeks } from './prometheus.ts';

const TOKEN_METRICS = 'een-lang-geheim-token-voor-prometheus';

function logboek() {
  const regels: string[] = [];
  const log = maakLogboek(
    'info',
    new Writable({
      write(chunk, _enc, klaar) {
        regels.push(String(chunk));
        klaar();
      },
    }),
  );
  return { log, regels, json: () => regels.map((r) => JSON.parse(r) as Record<string, unknown>) };
}

describe('monitoring on the server, with Slack and metrics configured', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-bewaking-'));
  const { log, json } = logboek();
  let nep: NepSlack;
  let server: DraaiendeServer;
  let metricsPoort: number;
  beforeAll(async () => {
    nep = await new NepSlack(TOKEN).start();
    server = await startServer(
      leesOmgeving({
        PORT: '0',
        HOST: '127.0.0.1',
        MAATWERKBOT_DATA_DIR: path.join(map, 'pglite'),
        SLACK_SIGNING_SECRET: GEHEIM,
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_API_URL: nep.url,
        MAATWERKBOT_TEAMS_EMULATOR: '1',
        MAATWERKBOT_METRICS_PORT: '0',
        MAATWERKBOT_METRICS_TOKEN: TOKEN_METRICS,
      }),
      { log },
    );
    metricsPoort = json().find((r) => r.msg?.toString().includes('gestart'))!.metricsPoort as number;
  });
  afterAll(async () => {
    await server?.stop();
    await nep?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  const url = (pad: string, poort = server.poort) => `http://127.0.0.1:${poort}${pad}`;

  it('says in one line at start what runs where, after warming up', async () => {
    const regels = json();
    const start = regels.find((r) => String(r.msg).startsWith('maatwerkbot '))!;
    expect(start).toMatchObject({
      versie: '0.1.0',
      database: 'pglite',
      platformen: ['slack', 'teams'],
      adres: `http://127.0.0.1:${server.poort}`,
      metrics: `http://127.0.0.1:${metricsPoort}/metrics`,
    });
    const opgewarmd = regels.findIndex((r) => r.msg === 'opgewarmd');
    expect(opgewarmd).toBeGreaterThan(-1);
    expect(opgewarmd).toBeLessThan(regels.indexOf(start));
    expect(regels[opgewarmd]!.stappen).toMatchObject({
      privacy: expect.any(Number),
      slack: expect.any(Number),
    });
  });

  it('is alive and ready, and says so', async () => {
    const levend = await fetch(url('/healthz'));
    expect(levend.status).toBe(200);
    expect(await levend.json()).toMatchObject({ status: 'ok', eventloopVertragingMs: expect.any(Number) });
    const gereed = await fetch(url('/readyz'));
    expect(gereed.status).toBe(200);
    expect(await gereed.json()).toEqual({
      status: 'gereed',
      controles: { migraties: 'ok', database: 'ok', planner: 'ok', outbox: 'ok', opwarmen: 'ok' },
    });
  });

  it('serves /metrics on the main port only with the token, and on its own port', async () => {
    expect((await fetch(url('/metrics'))).status).toBe(401);
    const fout = await fetch(url('/metrics'), {
      headers: { authorization: 'Bearer niet-het-token-maar-lang' },
    });
    expect(fout.status).toBe(401);
    const goed = await fetch(url('/metrics'), { headers: { authorization: `Bearer ${TOKEN_METRICS}` } });
    expect(goed.status).toBe(200);
    expect(goed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(reeks(await goed.text(), 'maatwerkbot_info', { versie: '0.1.0', database: 'pglite' })).toBe(1);
    const eigen = await fetch(url('/metrics', metricsPoort));
    expect(eigen.status).toBe(200);
    expect(reeks(await eigen.text(), 'maatwerkbot_outbox_berichten', { status: 'wachtend' })).toBeDefined();
    expect((await fetch(url('/', metricsPoort))).status).toBe(404);
  });

  it('times the ack of a Slack intake by kind of request', async () => {
    const yaml = SLACK_YAML;
    const d = { db: server.db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
    await importeerTafels(d, leesTafelsBestand(yaml), yaml);
    const { tafels, knelpunten } = await tafelsVoorIndiener(d, {
      platform: 'slack',
      extern: SLACK.consulent,
      werkruimte: TEAM,
    });
    const modal = intakeModal({ tafels, knelpunten, tafelId: tafels[0]!.id });
    const body = new URLSearchParams({
      payload: JSON.stringify({
        type: 'view_submission',
        team: { id: TEAM, domain: 'maatwerk' },
        user: { id: SLACK.consulent, username: 'c', name: 'c', team_id: TEAM },
        api_app_id: 'A0MAATWERK',
        token: 'verouderd',
        trigger_id: 't.1',
        view: {
          id: 'VBEWAKING1',
          team_id: TEAM,
          type: 'modal',
          callback_id: modal.callback_id,
          private_metadata: modal.private_metadata ?? '',
          hash: 'h',
          state: { values: staatVan(modal, { ...INTAKE, tafel: tafels[0]!.id }) },
        },
        response_urls: [],
      }),
    }).toString();
    const r = await fetch(url('/slack/events'), {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...onderteken(body) },
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('MW-');
    // Refused before it was parsed: a bad signature is timed as 'onbekend'.
    const onecht = await fetch(url('/slack/events'), {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...onderteken(body, 'fout') },
    });
    expect(onecht.status).toBe(401);
    const tekst = await (await fetch(url('/metrics', metricsPoort))).text();
    expect(reeks(tekst, 'maatwerkbot_ack_seconden_count', { platform: 'slack', soort: 'view:intake' })).toBe(
      1,
    );
    expect(
      reeks(tekst, 'maatwerkbot_ack_seconden_sum', { platform: 'slack', soort: 'view:intake' }),
    ).toBeGreaterThan(0);
    expect(reeks(tekst, 'maatwerkbot_ack_seconden_count', { platform: 'slack', soort: 'onbekend' })).toBe(1);
  });
});

describe('monitoring on a server without metrics configured', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-bewaking-'));
  const { log, json } = logboek();
  let server: DraaiendeServer;
  beforeAll(async () => {
    server = await startServer(
      leesOmgeving({ PORT: '0', HOST: '127.0.0.1', MAATWERKBOT_DATA_DIR: path.join(map, 'pglite') }),
      { log },
    );
  });
  afterAll(async () => {
    rmSync(map, { recursive: true, force: true });
  });

  it('keeps metrics off the public port, and logs one line when it stops', async () => {
    expect((await fetch(`http://127.0.0.1:${server.poort}/metrics`)).status).toBe(404);
    expect(json().find((r) => String(r.msg).startsWith('maatwerkbot '))).toMatchObject({
      metrics: 'uit',
      platformen: [],
    });
    expect(json().some((r) => r.msg === 'maatwerkbot gestopt')).toBe(false);
    await server.stop();
    const laatste = json().at(-1)!;
    expect(laatste).toMatchObject({
      msg: 'maatwerkbot gestopt',
      versie: '0.1.0',
      uptimeS: expect.any(Number),
    });
  });
});
