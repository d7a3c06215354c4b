// Every endpoint of the real server (Slack and Teams on, against the fake Slack Web API and the fake
// Teams connector) gets a corpus of malformed requests: bad JSON, wrong media types, huge bodies,
// missing fields, wrong types, NUL bytes, unsigned, stale and future timestamps, activities without
// their envelope, invokes with garbage. Each gets its status and a Dutch reason at once, never a 500;
// afterwards every table holds what it held, the audit chain verifies, and /healthz is fine.

import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { leesOmgeving } from '../src/config/omgeving.ts';
import { leesTafelsBestand } from '../src/config/tafelsbestand.ts';
import { maakLogboek } from '../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../src/server.ts';
import { verifieerAudit } from '../src/services/auditverificatie.ts';
import { ketenAudit } from '../src/services/auditvolgorde.ts';
import { type Diensten, systeemklok } from '../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../src/services/privacyscanner.ts';
import { importeerTafels } from '../src/services/tafelsimport.ts';
import { GEHEIM, onderteken, SLACK, SLACK_YAML, TEAM, TOKEN } from './slack/helpers.ts';
import { NepSlack } from './slack/nepslack.ts';
import { type NepConnector, startNepConnector } from './teams/nepconnector.ts';
import { activiteit, GEBRUIKERS, persoonlijk, TAFELKANAAL, TENANT } from './teams/opzet.ts';

/** The example tables with both the Slack workspace and the Teams identities. */
function beideYaml(): string {
  const bestand = parse(SLACK_YAML) as {
    tenant: Record<string, unknown>;
    personen: { sleutel: keyof typeof GEBRUIKERS; teams?: string }[];
    tafels: { kanalen: Record<string, unknown> }[];
  };
  bestand.tenant.teamsTenantId = TENANT;
  for (const p of bestand.personen) p.teams = GEBRUIKERS[p.sleutel].aad;
  bestand.tafels[0]!.kanalen.teams = { tafel: TAFELKANAAL };
  return stringify(bestand);
}

interface Verzoek {
  naam: string;
  methode?: string;
  pad: string;
  kop?: Record<string, string>;
  body?: string | Buffer;
}

interface Verwacht {
  status: number;
  /** The Dutch reason: `{ fout }` of a refusal, or (for an answered invoke) text in the body. */
  reden: RegExp;
}

const nu = () => Math.floor(Date.now() / 1000);
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_KOP = { 'content-type': 'application/json' };

/** A Slack request signed with the app's secret (or, with `ts`, at another moment). */
function slack(naam: string, body: string, kop: Record<string, string> = FORM, ts = nu()): Verzoek {
  return { naam, pad: '/slack/events', body, kop: { ...kop, ...onderteken(body, GEHEIM, ts) } };
}
const payload = (p: unknown) => new URLSearchParams({ payload: JSON.stringify(p) }).toString();
const gebruiker = { id: SLACK.consulent, team_id: TEAM };

function teams(naam: string, body: unknown, kop: Record<string, string> = JSON_KOP): Verzoek {
  return {
    naam,
    pad: '/api/messages',
    kop,
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  };
}
const g = GEBRUIKERS.consulent;
const invoke = (name: string, value: unknown, connector: string) =>
  activiteit(g, persoonlijk(g), connector, { type: 'invoke', name, value });

function corpus(connector: string): [Verzoek, Verwacht][] {
  const groot = Buffer.alloc(2 * 1024 * 1024, 'a');
  const geldig = activiteit(g, persoonlijk(g), connector, { type: 'message', text: 'help' });
  return [
    // Slack: authentication first, then the body, then whether anyone listens.
    [
      { naam: 'slack unsigned', pad: '/slack/events', kop: FORM, body: 'command=/casus&text=help' },
      { status: 401, reden: /^Niet ondertekend/ },
    ],
    [
      {
        naam: 'slack wrong signature',
        pad: '/slack/events',
        kop: { ...FORM, ...onderteken('command=/casus'), 'x-slack-signature': 'v0=00' },
        body: 'command=/casus',
      },
      { status: 401, reden: /^Handtekening klopt niet/ },
    ],
    [
      slack('slack stale timestamp', 'command=/casus', FORM, nu() - 10 * 60),
      { status: 401, reden: /te oud of uit de toekomst/ },
    ],
    [
      slack('slack timestamp 10 minutes in the future', 'command=/casus', FORM, nu() + 10 * 60),
      { status: 401, reden: /te oud of uit de toekomst/ },
    ],
    [
      {
        naam: 'slack timestamp not a number',
        pad: '/slack/events',
        kop: { ...FORM, 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': 'gisteren' },
        body: 'x=1',
      },
      { status: 401, reden: /^Ongeldige x-slack-request-timestamp/ },
    ],
    [slack('slack signed empty body', ''), { status: 400, reden: /^Leeg verzoek/ }],
    [
      slack('slack text/plain', 'command=/casus', { 'content-type': 'text/plain' }),
      { status: 415, reden: /^Verkeerd inhoudstype/ },
    ],
    [slack('slack bad JSON', '{"type":', JSON_KOP), { status: 400, reden: /geen geldige JSON/ }],
    [slack('slack JSON array', '[]', JSON_KOP), { status: 400, reden: /verwacht een JSON-object/ }],
    [slack('slack JSON without type', '{}', JSON_KOP), { status: 400, reden: /type ontbreekt/ }],
    [
      slack('slack unknown type', '{"type":"dialog_submission"}', JSON_KOP),
      { status: 400, reden: /verwerkt de bot niet/ },
    ],
    [
      slack('slack payload not JSON', 'payload=%7Bkapot'),
      { status: 400, reden: /payload is geen geldige JSON/ },
    ],
    [
      slack('slack view_submission without view', payload({ type: 'view_submission', user: gebruiker })),
      { status: 400, reden: /^Onleesbaar Slack-verzoek: view: / },
    ],
    [
      slack(
        'slack view_submission with a number as view id',
        payload({
          type: 'view_submission',
          user: gebruiker,
          view: { id: 5, callback_id: 'antwoord', state: { values: {} } },
        }),
      ),
      { status: 400, reden: /view\.id: / },
    ],
    [
      slack(
        'slack view_submission of an unknown form',
        payload({
          type: 'view_submission',
          user: gebruiker,
          view: { id: 'V1', callback_id: 'verzonnen', state: { values: {} } },
        }),
      ),
      { status: 400, reden: /^Onbekend formulier/ },
    ],
    [
      slack(
        'slack block_actions without actions',
        payload({ type: 'block_actions', user: gebruiker, trigger_id: 't', actions: [] }),
      ),
      { status: 400, reden: /actions: / },
    ],
    [
      slack(
        'slack block_actions of an unknown button',
        payload({
          type: 'block_actions',
          user: gebruiker,
          trigger_id: 't',
          actions: [{ action_id: 'verzonnen', type: 'button' }],
        }),
      ),
      { status: 400, reden: /^Onbekende actie/ },
    ],
    [
      slack(
        'slack block_actions with a NUL in the user id',
        payload({
          type: 'block_actions',
          user: { id: 'U01\u0000X' },
          trigger_id: 't',
          actions: [{ action_id: 'antwoord:akkoord', type: 'button', value: 'x' }],
        }),
      ),
      { status: 400, reden: /user\.id: bevat een ongeldig teken/ },
    ],
    [
      slack(
        'slack shortcut unknown',
        payload({ type: 'shortcut', callback_id: 'verzonnen', trigger_id: 't', user: gebruiker }),
      ),
      { status: 400, reden: /^Onbekende snelkoppeling/ },
    ],
    [
      slack('slack unknown command', 'command=%2Fonzin&user_id=U1&team_id=T1&trigger_id=t&text='),
      { status: 400, reden: /^Onbekend commando \/onzin/ },
    ],
    [
      slack('slack command without user', 'command=%2Fcasus&team_id=T1&trigger_id=t&text=help'),
      { status: 400, reden: /user_id: / },
    ],
    [
      slack('slack event without event', '{"type":"event_callback"}', JSON_KOP),
      { status: 400, reden: /event: / },
    ],
    [
      { naam: 'slack 2 MB', pad: '/slack/events', kop: FORM, body: groot },
      { status: 413, reden: /^Verzoek te groot: hooguit 1024 kB/ },
    ],
    [
      { naam: 'slack GET', methode: 'GET', pad: '/slack/events' },
      { status: 405, reden: /gebruik POST/ },
    ],

    // Teams (emulator on loopback): the envelope before the SDK, then the handlers' own answers.
    [teams('teams empty object', {}), { status: 400, reden: /^Geen geldige activiteit: type: / }],
    [teams('teams bad JSON', '{"type":'), { status: 400, reden: /^Geen geldige JSON/ }],
    [teams('teams empty body', ''), { status: 400, reden: /^Leeg verzoek/ }],
    [teams('teams JSON array', []), { status: 400, reden: /^Geen activiteit: verwacht een JSON-object/ }],
    [
      teams('teams text/plain', geldig, { 'content-type': 'text/plain' }),
      { status: 415, reden: /^Verkeerd inhoudstype/ },
    ],
    [teams('teams 2 MB', groot), { status: 413, reden: /^Verzoek te groot: hooguit 512 kB/ }],
    [teams('teams activity without from', { ...geldig, from: undefined }), { status: 400, reden: /from: / }],
    [teams('teams type as a number', { ...geldig, type: 5 }), { status: 400, reden: /type: / }],
    [
      teams('teams NUL in the object id', {
        ...geldig,
        from: { ...(geldig.from as object), aadObjectId: 'a\u0000b' },
      }),
      { status: 400, reden: /from\.aadObjectId: bevat een ongeldig teken/ },
    ],
    [
      teams('teams members added not accounts', {
        ...geldig,
        type: 'conversationUpdate',
        membersAdded: [1, 2],
      }),
      { status: 400, reden: /membersAdded\.0: / },
    ],
    [
      teams('teams card action with garbage', invoke('adaptiveCard/action', 'kapot', connector)),
      { status: 200, reden: /Deze kaartactie ken ik niet/ },
    ],
    [
      teams(
        'teams card action with a NUL in the casus id',
        invoke(
          'adaptiveCard/action',
          {
            action: {
              type: 'Action.Execute',
              verb: 'antwoord.akkoord',
              data: { casusId: 'c\u0000', versie: 1, reden: 'Prima zo.' },
            },
          },
          connector,
        ),
      ),
      { status: 200, reden: /Deze kaart is niet \(meer\) geldig/ },
    ],
    [
      teams('teams dialog submit without data', invoke('task/submit', null, connector)),
      { status: 200, reden: /Dit formulier kon ik niet lezen/ },
    ],
    [
      teams('teams unknown invoke', invoke('verzonnen/iets', {}, connector)),
      { status: 501, reden: /^Dit soort verzoek \(invoke\) verwerkt de bot niet/ },
    ],
    [
      { naam: 'teams GET', methode: 'GET', pad: '/api/messages' },
      { status: 405, reden: /gebruik POST/ },
    ],

    // The rest of the server.
    [
      { naam: 'healthz POST', methode: 'POST', pad: '/healthz', body: '{}' },
      { status: 405, reden: /gebruik GET/ },
    ],
    [
      { naam: 'unknown path', pad: '/wp-admin', methode: 'GET' },
      { status: 404, reden: /^Niet gevonden/ },
    ],
    [
      { naam: 'unknown method', pad: '/healthz', methode: 'PATCH' },
      { status: 405, reden: /gebruik GET/ },
    ],
    [
      { naam: 'chart with a malformed token', pad: '/rapport/afbeelding/%00.png', methode: 'GET' },
      { status: 400, reden: /^Ongeldig adres/ },
    ],
    [
      {
        naam: 'chart with an unknown token',
        pad: `/rapport/afbeelding/${'A'.repeat(43)}.png`,
        methode: 'GET',
      },
      { status: 404, reden: /niet gevonden/ },
    ],
    [
      { naam: 'chart deleted', pad: `/rapport/afbeelding/${'A'.repeat(43)}.png`, methode: 'DELETE' },
      { status: 405, reden: /gebruik GET of HEAD/ },
    ],
  ];
}

/** Rows per table of the public schema: what "nothing changed" is measured by. */
async function stand(server: DraaiendeServer): Promise<Record<string, number>> {
  const tabellen = await server.db.ruw.query<{ naam: string }>(
    `SELECT tablename AS naam FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const uit: Record<string, number> = {};
  for (const { naam } of tabellen) {
    const [rij] = await server.db.ruw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${naam}"`);
    uit[naam] = rij!.n;
  }
  return uit;
}

/** A raw HTTP exchange, for what fetch cannot send. */
function ruw(poort: number, verzoek: string): Promise<string> {
  return new Promise((klaar, faal) => {
    const s = net.connect(poort, '127.0.0.1', () => s.write(verzoek));
    let antwoord = '';
    s.on('data', (d) => {
      antwoord += d.toString();
    });
    s.on('end', () => klaar(antwoord));
    s.on('error', faal);
  });
}

describe('malformed requests to every endpoint', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-verzoeken-'));
  const logregels: string[] = [];
  let nep: NepSlack;
  let connector: NepConnector;
  let server: DraaiendeServer;
  let d: Diensten;
  beforeAll(async () => {
    nep = await new NepSlack(TOKEN).start();
    connector = await startNepConnector();
    server = await startServer(
      leesOmgeving({
        PORT: '0',
        HOST: '127.0.0.1',
        MAATWERKBOT_DATA_DIR: path.join(map, 'pglite'),
        MAATWERKBOT_TIK_SECONDEN: '3600',
        SLACK_SIGNING_SECRET: GEHEIM,
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_API_URL: nep.url,
        MAATWERKBOT_TEAMS_EMULATOR: '1',
      }),
      {
        log: maakLogboek(
          'info',
          new Writable({
            write(c, _e, klaar) {
              logregels.push(String(c));
              klaar();
            },
          }),
        ),
      },
    );
    d = { db: server.db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
    const yaml = beideYaml();
    await importeerTafels(d, leesTafelsBestand(yaml), yaml);
  });
  afterAll(async () => {
    await server?.stop();
    await connector?.stop();
    await nep?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  const url = (pad: string) => `http://127.0.0.1:${server.poort}${pad}`;

  it('well-formed requests change state (so the comparison below can fail)', async () => {
    const voor = await stand(server);
    const g = GEBRUIKERS.consulent;
    const r = await fetch(url('/api/messages'), {
      method: 'POST',
      headers: JSON_KOP,
      body: JSON.stringify(activiteit(g, persoonlijk(g), connector.url, { type: 'message', text: 'help' })),
    });
    expect(r.status).toBe(200);
    expect((await stand(server)).Gesprek).toBeGreaterThan(voor.Gesprek!);
    const hulp = slack(
      'slack /casus help',
      'command=%2Fcasus&text=help&user_id=U01CONSULT&team_id=T0MAATWERK&trigger_id=t.1',
    );
    const s = await fetch(url(hulp.pad), { method: 'POST', headers: hulp.kop, body: hulp.body as string });
    expect(s.status).toBe(200);
    expect(await s.text()).toContain('/casus');
  });

  it('each gets its status and a Dutch reason at once; nothing changes; the server stays healthy', async () => {
    // What earlier steps wrote is chained first: the server's sequencer would otherwise do it mid-test.
    await ketenAudit(d);
    const voor = await stand(server);
    const ketenVoor = await verifieerAudit(d);
    const uitkomsten: string[] = [];
    for (const [v, verwacht] of corpus(connector.url)) {
      const r = await fetch(url(v.pad), {
        method: v.methode ?? 'POST',
        ...(v.kop ? { headers: v.kop } : {}),
        ...(v.body !== undefined ? { body: v.body } : {}),
      });
      const tekst = await r.text();
      let reden = tekst;
      try {
        const json = JSON.parse(tekst) as { fout?: unknown };
        reden = typeof json.fout === 'string' ? json.fout : tekst;
      } catch {
        // not JSON: the text itself
      }
      const goed = r.status === verwacht.status && verwacht.reden.test(reden);
      if (!goed) uitkomsten.push(`${v.naam}: ${r.status} ${reden.slice(0, 200)}`);
      expect(r.status, v.naam).not.toBe(500);
    }
    expect(uitkomsten).toEqual([]);

    // What fetch cannot send: a broken request line, and headers over Node's limit.
    const kapot = await ruw(server.poort, 'HALLO WERELD\r\n\r\n');
    expect(kapot).toMatch(/^HTTP\/1\.1 400 /);
    expect(kapot).toContain('{"fout":"Onleesbaar HTTP-verzoek."}');
    const lang = await ruw(server.poort, `GET /healthz?${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(lang).toMatch(/^HTTP\/1\.1 431 /);
    expect(lang).toContain('{"fout":"Kopregels of adres te groot."}');

    expect(await stand(server)).toEqual(voor);
    expect(await verifieerAudit(d)).toEqual(ketenVoor);
    expect(ketenVoor.every((k) => k.oordeel.geldig)).toBe(true);
    const gezond = await fetch(url('/healthz'));
    expect(gezond.status).toBe(200);
    expect(await gezond.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const gereed = await fetch(url('/readyz'));
    expect([gereed.status, await gereed.json()]).toEqual([
      200,
      expect.objectContaining({ status: 'gereed' }),
    ]);
    // Refusals are logged with a reason, never with the body.
    expect(logregels.join('')).toContain('"msg":"slack: verzoek geweigerd"');
    expect(logregels.join('')).not.toContain('Prima zo.');
  });
});
