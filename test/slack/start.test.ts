// `npm start` with SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN set mounts the real adapter on the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../../src/server.ts';
import { GEHEIM, onderteken, SLACK, TEAM, TOKEN } from './helpers.ts';
import { NepSlack } from './nepslack.ts';

describe('Slack configured through the environment', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-slackstart-'));
  let nep: NepSlack;
  let server: DraaiendeServer;
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
      }),
      { log: maakLogboek('silent') },
    );
  });
  afterAll(async () => {
    await server?.stop();
    await nep?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('verifies signatures on /slack/events instead of answering "not configured"', async () => {
    const body = new URLSearchParams({
      command: '/casus',
      text: 'help',
      user_id: SLACK.consulent,
      team_id: TEAM,
      channel_id: 'C0TAFEL',
      trigger_id: 't.1',
    }).toString();
    const url = `http://127.0.0.1:${server.poort}/slack/events`;
    const zonder = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(zonder.status).toBe(401);
    const met = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...onderteken(body) },
    });
    expect(met.status).toBe(200);
    expect(await met.text()).toContain('/casus');
  });
});
