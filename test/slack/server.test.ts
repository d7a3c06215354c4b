// The adapter mounted on the shared server (`startServer` with a route and a deliverer), as in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakSlackApp } from '../../adapters/slack/index.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../../src/server.ts';
import { GEHEIM, SLACK, SlackTest, TEAM, TOKEN } from './helpers.ts';

describe('Slack adapter on the shared server', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-slack-'));
  let t: SlackTest;
  let server: DraaiendeServer;
  let url: string;
  beforeAll(async () => {
    t = await SlackTest.start('pglite');
    server = await startServer(
      leesOmgeving({
        PORT: '0',
        HOST: '127.0.0.1',
        MAATWERKBOT_DATA_DIR: path.join(map, 'pglite'),
        LOG_LEVEL: 'silent',
      }),
      {
        routes: { 'POST /slack/events': t.adapter.route },
        bezorgers: [t.adapter.bezorger],
        log: maakLogboek('silent'),
      },
    );
    url = `http://127.0.0.1:${server.poort}/slack/events`;
  });
  afterAll(async () => {
    await server?.stop();
    await t?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('answers signed Slack requests on POST /slack/events and refuses unsigned ones', async () => {
    const body = new URLSearchParams({
      command: '/casus',
      text: 'help',
      user_id: SLACK.consulent,
      team_id: TEAM,
      channel_id: 'C0TAFEL',
      trigger_id: 'trigger.server',
    }).toString();
    const ok = await t.stuur(body, 'form', { url });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ response_type: 'ephemeral' });
    expect((await t.stuur(body, 'form', { url, geheim: 'fout' })).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${server.poort}/healthz`)).status).toBe(200);
  });

  it('builds a Socket Mode app when an app-level token is set, without touching the network', () => {
    const { app, receiver } = maakSlackApp(
      t.o.d,
      { signingSecret: GEHEIM, botToken: TOKEN, appToken: 'xapp-1-test', apiUrl: t.nep.url },
      maakLogboek('silent'),
    );
    expect(receiver).toBeNull();
    expect(app).toBeDefined();
  });
});

describe('Slack: a service slower than the ack window', () => {
  let t: SlackTest;
  beforeAll(async () => {
    // Each transaction starts 50 ms late and the ack window is 20 ms: the ack must not wait for the service.
    t = await SlackTest.start('pglite', { instellingen: { ackBinnenMs: 20 }, traagMs: 50 });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('acks with a "being processed" view, then shows the outcome in the same modal', async () => {
    const { modal, antwoord } = await t.dienIn();
    expect(JSON.stringify(antwoord.json())).toContain('Even geduld');
    // The same modal was updated before, by "meer velden": wait for the update with the outcome.
    const update = await t.nep.wachtOp(
      'views.update',
      (o) => o.args.view_id === modal.viewId && /MW-\d{4}-\d{4}/.test(JSON.stringify(o.args.view)),
    );
    const casus = await t.o.db.prisma.casus.findFirstOrThrow();
    expect(JSON.stringify(update.args.view)).toContain(casus.referentie);

    const fout = await t.dienIn({
      situatie: 'Bel mevrouw op 06-12345678 voor meer informatie over de situatie.',
    });
    expect(JSON.stringify(fout.antwoord.json())).toContain('Even geduld');
    const melding = await t.nep.wachtOp(
      'views.update',
      (o) => o.args.view_id === fout.modal.viewId && JSON.stringify(o.args.view).includes('Niet opgeslagen'),
    );
    expect(JSON.stringify(melding.args.view)).toContain('Niet opgeslagen');
    expect(await t.o.db.prisma.casus.count()).toBe(1);
    // The form is gone from the modal: what was typed is kept (before the refusal was shown) as the
    // draft the next form opens with, without the phone number the refusal was about.
    const [concept, ...meer] = await t.o.db.prisma.intakeConcept.findMany();
    expect(meer).toHaveLength(0);
    expect(concept?.waarden).toMatchObject({
      situatie: 'Bel mevrouw op [TELEFOON] voor meer informatie over de situatie.',
    });
  });
});
