// The data-directory lock knows its holder: a holder that is gone is replaced at once, a live one is
// named. Real processes, killed with SIGKILL; waits are on printed lines and reaped exits, never sleeps.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DataMapInGebruik,
  DataMapVerhuisd,
  type Houder,
  leesHouder,
  slotPad,
  vergrendelDataMap,
  verhuisdPad,
} from '../../src/store/datalock.ts';
import { type Kind, start, tsx } from './hulp/proces.ts';

const HOUDER = 'test/beheer/hulp/houder.ts';
const heeftPerl = !spawnSync('perl', ['-v']).error;
const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-slot-'));
let teller = 0;
const nieuweMap = () => path.join(basis, `pglite-${++teller}`);
const kinderen: Kind[] = [];
const houder = (map: string) => {
  const k = start(tsx(HOUDER, map));
  kinderen.push(k);
  return k;
};

const startVan = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
};

function schrijfSlot(map: string, over: Partial<Houder>) {
  const h: Houder = {
    pid: process.pid,
    start: startVan(process.pid),
    boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
    host: os.hostname(),
    sinds: '2026-12-01T10:00:00.000Z',
    nonce: 'vreemd',
    ...over,
  };
  writeFileSync(slotPad(map), JSON.stringify(h));
}

afterAll(async () => {
  for (const k of kinderen) await k.stop('SIGKILL');
  rmSync(basis, { recursive: true, force: true });
});

describe.runIf(existsSync('/proc/self/stat'))('the data-directory lock (Linux)', () => {
  it('refuses while the holder lives, naming its pid, and is taken at once after kill -9', async () => {
    const map = nieuweMap();
    const a = houder(map);
    await a.wachtOp(/"genomen"/);
    await expect(vergrendelDataMap(map)).rejects.toThrow(
      new RegExp(`in gebruik door een ander maatwerkbot-proces \\(pid ${a.pid}, sinds `),
    );
    const b = houder(map);
    expect(await b.wachtOp(/"geweigerd"/)).toContain(`pid ${a.pid}`);

    a.proces.kill('SIGKILL');
    expect((await a.einde).signaal).toBe('SIGKILL');
    // The lock file is still there, naming a process that is gone.
    expect(leesHouder(map)?.pid).toBe(a.pid);
    const geefTerug = await vergrendelDataMap(map);
    expect(leesHouder(map)?.pid).toBe(process.pid);
    await geefTerug();
    expect(existsSync(slotPad(map))).toBe(false);
  });

  it('refuses a second taking in the same process', async () => {
    const map = nieuweMap();
    const geefTerug = await vergrendelDataMap(map);
    await expect(vergrendelDataMap(map)).rejects.toThrow(`pid ${process.pid}`);
    await geefTerug();
  });

  it('takes over from a holder whose pid now belongs to another process (pid reuse)', async () => {
    const map = nieuweMap();
    // Our own pid is alive; a different start time means the lock was written by someone else.
    schrijfSlot(map, { start: '1' });
    const geefTerug = await vergrendelDataMap(map);
    expect(leesHouder(map)).toMatchObject({ pid: process.pid, start: startVan(process.pid) });
    await geefTerug();
  });

  it('the same lock with the right start time is refused: the check above can fail', async () => {
    const map = nieuweMap();
    schrijfSlot(map, {});
    await expect(vergrendelDataMap(map)).rejects.toBeInstanceOf(DataMapInGebruik);
    schrijfSlot(map, { boot: 'een-eerdere-start-van-de-computer' });
    await (await vergrendelDataMap(map))();
  });

  it.runIf(heeftPerl)('takes over from a holder that died but was not reaped yet (a zombie)', async () => {
    const map = nieuweMap();
    // The child exits at once; its parent never waits for it (no SIGCHLD handler), so it stays a zombie
    // for as long as the parent lives.
    const ouder = spawn(
      'perl',
      ['-e', '$| = 1; my $p = fork() // die; exit 0 if $p == 0; print "$p\n"; sleep 60'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const zombie = Number(
      (await new Promise<Buffer>((klaar) => ouder.stdout.once('data', klaar))).toString(),
    );
    try {
      // It shows as state Z once it has exited; until then, look again (the test's timeout bounds this).
      let stat = readFileSync(`/proc/${zombie}/stat`, 'utf8');
      while (!/\) Z /.test(stat)) {
        await new Promise((verder) => setImmediate(verder));
        stat = readFileSync(`/proc/${zombie}/stat`, 'utf8');
      }
      schrijfSlot(map, { pid: zombie, start: startVan(zombie) });
      const geefTerug = await vergrendelDataMap(map);
      expect(leesHouder(map)?.pid).toBe(process.pid);
      await geefTerug();
    } finally {
      ouder.kill('SIGKILL');
    }
  });

  it('refuses a holder on another computer, and says how to clear it', async () => {
    const map = nieuweMap();
    schrijfSlot(map, { host: 'andere-server', pid: 4242 });
    await expect(vergrendelDataMap(map)).rejects.toThrow(
      `pid 4242 op computer andere-server, sinds 2026-12-01T10:00:00.000Z; staat dat proces niet meer, verwijder dan ${slotPad(map)}`,
    );
  });

  it('lets exactly one of several processes take a stale lock', async () => {
    const map = nieuweMap();
    const a = houder(map);
    await a.wachtOp(/"genomen"/);
    a.proces.kill('SIGKILL');
    await a.einde;
    const rivalen = Array.from({ length: 5 }, () => houder(map));
    const uitkomsten = await Promise.all(rivalen.map((r) => r.wachtOp(/"genomen"|"geweigerd"/)));
    const winnaars = rivalen.filter((_, i) => uitkomsten[i]!.includes('"genomen"'));
    expect(winnaars).toHaveLength(1);
    for (const u of uitkomsten.filter((u) => u.includes('"geweigerd"')))
      expect(u).toContain(`pid ${winnaars[0]!.pid}`);
    expect(leesHouder(map)?.pid).toBe(winnaars[0]!.pid);
  });

  it('gives back only its own lock', async () => {
    const map = nieuweMap();
    const geefTerug = await vergrendelDataMap(map);
    schrijfSlot(map, { nonce: 'van-een-ander' });
    await geefTerug();
    expect(leesHouder(map)?.nonce).toBe('van-een-ander');
  });

  it('refuses a data directory that was moved to PostgreSQL', async () => {
    const map = nieuweMap();
    writeFileSync(verhuisdPad(map), JSON.stringify({ naar: 'PostgreSQL op db:5432/maatwerk' }));
    const fout = await vergrendelDataMap(map).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(DataMapVerhuisd);
    expect((fout as Error).message).toContain('is verhuisd naar PostgreSQL op db:5432/maatwerk');
    expect(existsSync(slotPad(map))).toBe(false);
  });
});
