// The beheerpunt's fallback for a data directory whose socket path would be too long for the kernel: a
// loopback port, written in the same 0600 file. (The Unix socket itself: test/beheer/viaserver.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { startBeheerpunt } from '../../src/beheer/beheerpunt.ts';
import { eindpuntPad, MAX_SOCKETPAD, socketPad } from '../../src/beheer/protocol.ts';
import { GEBRUIK } from '../../src/cli/rapport.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import type { Diensten } from '../../src/services/context.ts';
import type { Database } from '../../src/store/database.ts';
import { vergrendelDataMap } from '../../src/store/datalock.ts';
import { draai } from './hulp/cli.ts';
import { maatwerkbot } from './hulp/proces.ts';

const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-beheerpunt-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

describe('the beheerpunt with a data directory deep in the file system', () => {
  it('listens on a loopback port instead, and the command line finds it', async () => {
    const diep = path.join(basis, 'a'.repeat(60), 'b'.repeat(60));
    mkdirSync(diep, { recursive: true });
    const dataMap = path.join(diep, 'pglite');
    expect(Buffer.byteLength(socketPad(dataMap))).toBeGreaterThan(MAX_SOCKETPAD);
    const geefTerug = await vergrendelDataMap(dataMap);
    const regels: string[] = [];
    const log = maakLogboek(
      'info',
      new Writable({
        write(c, _e, klaar) {
          regels.push(String(c));
          klaar();
        },
      }),
    );
    // Help texts need no database: a stand-in is enough to show the way there and back.
    const db = { soort: 'pglite' } as Database;
    const beheerpunt = await startBeheerpunt(
      leesOmgeving({ MAATWERKBOT_DATA_DIR: dataMap }),
      db,
      {} as Diensten,
      log,
    );
    try {
      const eindpunt = JSON.parse(readFileSync(eindpuntPad(dataMap), 'utf8'));
      expect(eindpunt).toMatchObject({ pid: process.pid, poort: expect.any(Number) });
      expect(eindpunt.socket).toBeUndefined();
      expect(statSync(eindpuntPad(dataMap)).mode & 0o777).toBe(0o600);
      const r = await draai({ MAATWERKBOT_DATA_DIR: dataMap }, 'rapport', '--help');
      expect(r).toEqual({ code: 0, uit: GEBRUIK, fout: '' });
      expect(regels.join('')).toMatch(/"opdracht":"rapport","code":0/);
    } finally {
      await beheerpunt.stop();
      await geefTerug();
    }
    expect(() => statSync(eindpuntPad(dataMap))).toThrow();
  });
});

const alsRoot = process.getuid?.() === 0 && !spawnSync('setpriv', ['--version']).error;
describe.runIf(alsRoot)('the beheerpunt and another user', () => {
  it("tells a user who cannot read the token to run the command as the server's user", async () => {
    const map = path.join(basis, 'ander');
    mkdirSync(map);
    // Other users may look into the folder (and read the lock), but not read the 0600 token file.
    chmodSync(basis, 0o755);
    chmodSync(map, 0o755);
    const dataMap = path.join(map, 'pglite');
    const geefTerug = await vergrendelDataMap(dataMap);
    const beheerpunt = await startBeheerpunt(
      leesOmgeving({ MAATWERKBOT_DATA_DIR: dataMap }),
      { soort: 'pglite' } as Database,
      {} as Diensten,
      maakLogboek('silent'),
    );
    try {
      const kind = spawn(
        'setpriv',
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          ...maatwerkbot('audit', 'verifieer'),
        ],
        {
          env: { ...process.env, MAATWERKBOT_DATA_DIR: dataMap, HOME: '/tmp' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let fout = '';
      kind.stderr.on('data', (d) => {
        fout += d;
      });
      const code = await new Promise((klaar) => kind.once('exit', klaar));
      expect(fout).toContain(
        `De database in ${dataMap} is in gebruik door de server (pid ${process.pid}), maar`,
      );
      expect(fout).toContain('sudo maatwerkbot-beheer');
      expect(code).toBe(3);
    } finally {
      await beheerpunt.stop();
      await geefTerug();
    }
  });
});
