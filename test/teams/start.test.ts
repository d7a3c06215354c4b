// `npm start` mounts the Teams adapter on /api/messages: in emulator mode only when asked for by name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../../src/server.ts';
import { type NepConnector, startNepConnector } from './nepconnector.ts';
import { activiteit, GEBRUIKERS, persoonlijk } from './opzet.ts';

describe('Teams on the shared server', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-teamsstart-'));
  const regels: string[] = [];
  let connector: NepConnector;
  let server: DraaiendeServer;
  beforeAll(async () => {
    connector = await startNepConnector();
    const log = maakLogboek(
      'info',
      new Writable({
        write(c, _e, klaar) {
          regels.push(String(c));
          klaar();
        },
      }),
    );
    server = await startServer(
      leesOmgeving({
        PORT: '0',
        HOST: '127.0.0.1',
        MAATWERKBOT_DATA_DIR: path.join(map, 'pglite'),
        MAATWERKBOT_TEAMS_EMULATOR: '1',
      }),
      { log },
    );
  });
  afterAll(async () => {
    await server?.stop();
    await connector?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('answers a personal "help" through the real CloudAdapter and says it runs in emulator mode', async () => {
    const g = GEBRUIKERS.consulent!;
    const antwoord = await fetch(`http://127.0.0.1:${server.poort}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activiteit(g, persoonlijk(g), connector.url, { type: 'message', text: 'help' })),
    });
    expect(antwoord.status).toBeLessThan(300);
    expect(JSON.stringify(connector.opnames)).toContain('casus');
    expect(regels.join('')).toMatch(/emulator/i);
  });
});
