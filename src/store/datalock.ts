// An exclusive lock on the embedded data directory. PGlite itself does not refuse a second process
// and the directory is destroyed when two open it, so we refuse first.
//
// The lock file beside the directory names its holder: pid, the process's start time (Linux:
// /proc/<pid>/stat) and boot id, and the host. A lock whose holder is gone (killed with -9, a crash,
// a reboot) is taken over at once: no waiting for a timeout, so systemd's restart after a crash
// finds the directory free. A live holder is named in the refusal.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

export const houderSchema = z.object({
  pid: z.number().int().positive(),
  /** Start time of the process in clock ticks since boot (Linux); null where /proc is missing. */
  start: z.string().nullable(),
  boot: z.string().nullable(),
  host: z.string(),
  sinds: z.string(),
  /** Unique per taking of the lock: tells our own lock from an older one of the same process. */
  nonce: z.string(),
});

export type Houder = z.infer<typeof houderSchema>;

export class DataMapInGebruik extends Error {
  constructor(
    public readonly map: string,
    public readonly houder?: Houder,
  ) {
    const wie = !houder
      ? ''
      : houder.host === os.hostname()
        ? ` (pid ${houder.pid}, sinds ${houder.sinds})`
        : ` (pid ${houder.pid} op computer ${houder.host}, sinds ${houder.sinds}; staat dat proces niet meer, verwijder dan ${slotPad(map)})`;
    super(
      `De database in ${map} is in gebruik door een ander maatwerkbot-proces${wie}, bijvoorbeeld een draaiende ` +
        '`npm start`. Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL zodat ' +
        'meerdere processen tegelijk kunnen werken. (The embedded database is in use by another process.)',
    );
  }
}

export class DataMapVerhuisd extends Error {
  constructor(
    public readonly map: string,
    naar: string,
  ) {
    super(
      `De database in ${map} is verhuisd naar ${naar}. Start met DATABASE_URL, zodat niemand verder werkt ` +
        `op de oude kopie. Wilt u toch de ingebouwde database gebruiken, verwijder dan ${verhuisdPad(map)}.`,
    );
  }
}

export const slotPad = (map: string) => `${map}.lock.json`;
/** Written by `maatwerkbot verhuis`: the embedded copy is not to be used any more. */
export const verhuisdPad = (map: string) => `${map}.verhuisd.json`;
// proper-lockfile's lock of earlier versions: a directory whose mtime is refreshed every 5 s.
const oudSlotPad = (map: string) => `${map}.lock`;

function leesProc(bestand: string): string | null {
  try {
    return readFileSync(bestand, 'utf8');
  } catch {
    return null;
  }
}

const BOOT = leesProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

/** State and start time from /proc/<pid>/stat; null when there is no such process (or no /proc). */
function procStat(pid: number): { toestand: string; start: string } | null {
  const stat = leesProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { toestand: velden[0] ?? '', start: velden[19] ?? '' };
}

function dezeHouder(): Houder {
  return {
    pid: process.pid,
    start: procStat(process.pid)?.start ?? null,
    boot: BOOT,
    host: os.hostname(),
    sinds: new Date().toISOString(),
    nonce: randomBytes(12).toString('hex'),
  };
}

export type Oordeel = 'levend' | 'weg' | 'onbekend';

/** Is the holder of a lock still running? 'onbekend' for another host: we cannot look there. */
export function beoordeel(h: Houder): Oordeel {
  if (h.host !== os.hostname()) return 'onbekend';
  if (h.boot && BOOT && h.boot !== BOOT) return 'weg';
  try {
    process.kill(h.pid, 0);
  } catch (fout) {
    // EPERM: it exists, under another user.
    if ((fout as { code?: string }).code === 'ESRCH') return 'weg';
  }
  const stat = procStat(h.pid);
  if (stat) {
    // A killed process its parent has not yet reaped is a zombie: it holds nothing any more.
    if (stat.toestand === 'Z' || stat.toestand === 'X') return 'weg';
    // The pid was given to another process since.
    if (h.start && stat.start !== h.start) return 'weg';
  } else if (BOOT) {
    // /proc is there but the process is not.
    return 'weg';
  }
  return 'levend';
}

/** The lock's holder as written, or null when there is no (readable) lock. */
export function leesHouder(map: string): Houder | null {
  let tekst: string;
  try {
    tekst = readFileSync(slotPad(map), 'utf8');
  } catch {
    return null;
  }
  try {
    return houderSchema.parse(JSON.parse(tekst));
  } catch {
    return null;
  }
}

const zelfde = (a: Houder | null, b: Houder | null) =>
  a !== null && b !== null && a.pid === b.pid && a.nonce === b.nonce;

const isBestaat = (fout: unknown) => (fout as { code?: string }).code === 'EEXIST';

function controleerVerhuisd(map: string): void {
  const tekst = leesProc(verhuisdPad(map));
  if (tekst === null) return;
  let naar = 'PostgreSQL';
  try {
    naar = z.object({ naar: z.string() }).parse(JSON.parse(tekst)).naar;
  } catch {}
  throw new DataMapVerhuisd(map, naar);
}

function controleerOudSlot(map: string): void {
  try {
    const s = statSync(oudSlotPad(map));
    // A running older version refreshes it every 5 s and gives up on it after 30 s.
    if (s.isDirectory() && Date.now() - s.mtimeMs < 30_000) throw new DataMapInGebruik(map);
  } catch (fout) {
    if (fout instanceof DataMapInGebruik) throw fout;
  }
}

/**
 * Removes a lock whose holder is gone. Two processes may both find it stale; a short critical section
 * (an atomic mkdir) lets one of them look again and remove it, so neither removes the other's fresh lock.
 */
function ruimOp(map: string, verlaten: Houder): void {
  const sectie = `${slotPad(map)}.overname`;
  try {
    mkdirSync(sectie);
  } catch (fout) {
    if (!isBestaat(fout)) throw fout;
    // Held for microseconds; older than a few seconds means its owner died inside it.
    const s = statSync(sectie, { throwIfNoEntry: false });
    if (s && Date.now() - s.mtimeMs > 5_000) {
      try {
        rmdirSync(sectie);
      } catch {}
    }
    return;
  }
  try {
    if (zelfde(leesHouder(map), verlaten)) unlinkSync(slotPad(map));
  } finally {
    rmdirSync(sectie);
  }
}

/** Takes the lock or throws DataMapInGebruik; returns the function that gives it back. */
export async function vergrendelDataMap(map: string): Promise<() => Promise<void>> {
  controleerVerhuisd(map);
  controleerOudSlot(map);
  const ik = dezeHouder();
  // Written whole under a name of our own, then linked into place: a reader never sees half a file,
  // and link fails when the lock exists (O_EXCL semantics).
  const tijdelijk = `${slotPad(map)}.${process.pid}.${ik.nonce}`;
  writeFileSync(tijdelijk, `${JSON.stringify(ik)}\n`, { mode: 0o644 });
  try {
    for (let poging = 0; ; poging++) {
      try {
        linkSync(tijdelijk, slotPad(map));
        break;
      } catch (fout) {
        if (!isBestaat(fout)) throw fout;
      }
      const houder = leesHouder(map);
      if (houder && beoordeel(houder) !== 'weg') throw new DataMapInGebruik(map, houder);
      if (poging >= 20) throw new DataMapInGebruik(map, houder ?? undefined);
      if (houder) ruimOp(map, houder);
      else if (poging > 0) {
        // Unreadable twice in a row: not a lock of ours being written (that is atomic), so junk.
        try {
          unlinkSync(slotPad(map));
        } catch {}
      }
      await new Promise((r) => setTimeout(r, 5 * poging));
    }
  } finally {
    unlinkSync(tijdelijk);
  }
  return async () => {
    // Only our own lock: after a takeover by someone else (we were judged gone) it is theirs.
    if (zelfde(leesHouder(map), ik)) {
      try {
        unlinkSync(slotPad(map));
      } catch {}
    }
  };
}
