// `npm start` mounts the Teams adapter on /api/messages: in emulator mode only when asked for by name,
// and then it answers this machine only, whatever address the server listens on.
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../adapters/teams/index.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { type DraaiendeServer, startServer } from '../../src/server.ts';
import { type NepConnector, startNepConnector } from './nepconnector.ts';
import { activiteit, GEBRUIKERS, persoonlijk } from './opzet.ts';

/** An address of this machine that is not loopback, if it has one. */
const extern = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('Teams on the shared server, emulator mode', () => {
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
        // Every interface, as the issue found it: the emulator must still answer loopback only.
        HOST: '0.0.0.0',
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

  const help = (host: string) => {
    const g = GEBRUIKERS.consulent;
    return fetch(`http://${host}:${server.poort}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activiteit(g, persoonlijk(g), connector.url, { type: 'message', text: 'help' })),
    });
  };

  it('answers a personal "help" from this machine through the real CloudAdapter, and says it is the emulator', async () => {
    const antwoord = await help('127.0.0.1');
    expect(antwoord.status).toBeLessThan(300);
    expect(JSON.stringify(connector.opnames)).toContain('casus');
    expect(regels.join('')).toMatch(/Teams draait in emulatormodus/);
  });

  it.skipIf(!extern)(
    'refuses the same activity from another address with 403, and does nothing',
    async () => {
      connector.wis();
      const referenties = await server.db.prisma.gesprek.count();
      const antwoord = await help(extern!);
      expect(antwoord.status).toBe(403);
      expect(await antwoord.json()).toEqual({
        fout: 'Teams draait hier in emulatormodus (zonder JWT-controle) en beantwoordt alleen verzoeken van deze machine.',
      });
      expect(connector.opnames).toEqual([]);
      expect(await server.db.prisma.gesprek.count()).toBe(referenties);
      expect(regels.join('')).toContain(`"van":"${extern}"`);
    },
  );
});

describe('loopback, as the emulator mode judges it', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.5.6.7', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    ['127.0.0.1.nip.io', false],
    [undefined, false],
  ])('%s → %s', (adres, verwacht) => expect(isLoopback(adres)).toBe(verwacht));
});
