// The beheerpunt's fallback for a data directory whose socket path would be too long for the kernel: a
// loopback port, written in the same 0600 file. (The Unix socket itself: test/beheer/viaserver.test.ts.)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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
