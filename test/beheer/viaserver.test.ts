// Beside a running `maatwerkbot start` (a real process) on the embedded database, the data commands go
// through the server and give the same output, files and exit codes as without a server; and after
// `kill -9` a new start takes the data directory at once, with what was committed before.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eindpuntPad, socketPad } from '../../src/beheer/protocol.ts';
import { openDatabase } from '../../src/store/database.ts';
import { leesHouder, slotPad } from '../../src/store/datalock.ts';
import { VOORBEELD_YAML } from '../helpers/database.ts';
import { draai, type Run } from './hulp/cli.ts';
import { type Vingerafdruk, vingerafdruk, vulDatabase } from './hulp/gegevens.ts';
import { type Kind, maatwerkbot, poortUit, start } from './hulp/proces.ts';

const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-viaserver-'));
const metServer = path.join(basis, 'met', 'pglite');
const zonderServer = path.join(basis, 'zonder', 'pglite');
const serverEnv = (dataMap: string) => ({
  PORT: '0',
  HOST: '127.0.0.1',
  MAATWERKBOT_DATA_DIR: dataMap,
  // No tick during the test: nothing changes the data but the commands themselves.
  MAATWERKBOT_TIK_SECONDEN: '3600',
  LOG_LEVEL: 'info',
});
// The server's start line, written once it takes requests.
const LUISTERT = /"msg":"maatwerkbot [^ ]+ gestart op http/;
const kinderen: Kind[] = [];
function startServer(dataMap: string): Kind {
  // Its own working directory: a relative file name given to a command must be read where the command line runs.
  const k = start(maatwerkbot('start'), serverEnv(dataMap), basis);
  kinderen.push(k);
  return k;
}

async function afdrukVan(dataMap: string): Promise<Vingerafdruk> {
  const db = await openDatabase({ soort: 'pglite', dataMap }, { migreer: false });
  try {
    return await vingerafdruk(db.ruw);
  } finally {
    await db.sluit();
  }
}

let server: Kind;
beforeAll(async () => {
  const db = await openDatabase({ soort: 'pglite', dataMap: metServer });
  await vulDatabase(db);
  await db.sluit();
  // One start and stop first, so whatever a start writes (due jobs, the week's digest) is in both copies.
  const eerste = startServer(metServer);
  await eerste.wachtOp(LUISTERT);
  await eerste.stop('SIGTERM');
  expect((await eerste.einde).code).toBe(0);
  // The data directory with what lies beside it: the audit key and the file of signed checkpoints.
  cpSync(path.dirname(metServer), path.dirname(zonderServer), { recursive: true });
  server = startServer(metServer);
  await server.wachtOp(LUISTERT);
});
afterAll(async () => {
  for (const k of kinderen) await k.stop('SIGKILL');
  rmSync(basis, { recursive: true, force: true });
});

const JAAR = ['--van', '2026-01-01', '--tot', '2026-12-31'];
/** Each command as it would be typed; `map` is a folder for its files, one per run. */
const OPDRACHTEN: ((map: string) => string[])[] = [
  () => ['audit', 'verifieer'],
  () => ['audit', 'exporteer', '--van', '2020-01-01', '--tot', '2099-12-31'],
  () => ['audit', 'exporteer', '--van', '2020-01-01', '--tot', '2099-12-31', '--formaat', 'jsonl'],
  () => ['audit', 'exporteer', '--van', '31-01-2026', '--tot', '2026-02-01'],
  () => ['audit', '--help'],
  () => ['audit', 'onzin'],
  () => ['privacy', 'overzicht'],
  () => ['rapport', ...JAAR],
  () => ['rapport', ...JAAR, '--csv'],
  (map) => ['rapport', ...JAAR, '--csv', `${map}/rapport.csv`, '--png', `${map}/rapport.png`],
  (map) => ['rapport', ...JAAR, '--png', `${map}/bestaat-niet/rapport.png`],
  () => ['rapport', '--van', 'gisteren', '--tot', '2026-12-31'],
  () => ['rapport', '--help'],
  (map) => ['backup', `${map}/backup.jsonl.gz`],
  (map) => ['tafels', 'importeer', `${map}/bestaat-niet.yml`],
  (map) => ['tafels', 'importeer', `${map}/slecht.yml`],
  // Relative: read in this process's directory (the repository), not the server's.
  () => ['tafels', 'importeer', 'tafels.example.yml'],
  () => ['audit', 'verifieer'],
];

/** Events in the trail by `audit verifieer`'s line: chained plus those waiting for the sequencer. */
function gebeurtenissen(uit: string): number {
  const m = /\((\d+) gebeurtenissen(?:; (\d+) nog niet geketend)?/.exec(uit);
  expect(m, uit).not.toBeNull();
  return Number(m![1]) + Number(m![2] ?? 0);
}

async function draaiAlles(dataMap: string, map: string): Promise<Run[]> {
  mkdirSync(map, { recursive: true });
  writeFileSync(`${map}/slecht.yml`, VOORBEELD_YAML.replace('quorum: "60%"', 'quorum: "veel"'));
  const uitkomsten: Run[] = [];
  for (const opdracht of OPDRACHTEN) {
    const r = await draai({ MAATWERKBOT_DATA_DIR: dataMap }, ...opdracht(map));
    // The folder, the backup's size (its header holds the moment it was made) and which checkpoints were
    // set when (the server sets them on its clock, a writing command without a server when it ends) may
    // differ; that the chain agrees with them may not.
    const gelijk = (t: string) =>
      t
        .replaceAll(map, '<map>')
        .replace(/\(\d+,\d MB\)/, '(… MB)')
        .replace(/klopt met \d+ anker\(s\), laatste: positie \d+ van [^)]+/g, 'klopt met de ankers');
    uitkomsten.push({ code: r.code, uit: gelijk(r.uit), fout: gelijk(r.fout) });
  }
  return uitkomsten;
}

describe('the data commands beside a running server on the embedded database', () => {
  const viaMap = path.join(basis, 'uitvoer-via-server');
  const directMap = path.join(basis, 'uitvoer-direct');
  let via: Run[];
  let direct: Run[];
  let voorDirect: Vingerafdruk;

  it('give the same output, files and exit codes through the server as without one', async () => {
    via = await draaiAlles(metServer, viaMap);
    // Every one went through the server: the data directory is locked by it, so nothing else could open it.
    await server.wachtOp(/"msg":"beheeropdracht"/, OPDRACHTEN.length);
    voorDirect = await afdrukVan(zonderServer);
    direct = await draaiAlles(zonderServer, directMap);
    for (const [i, opdracht] of OPDRACHTEN.entries())
      expect(via[i], opdracht('<map>').join(' ')).toEqual(direct[i]);

    // The commands did what they say, so the comparison compared something.
    expect(via.map((r) => r.code)).toEqual([0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 1, 2, 0, 0, 2, 2, 0, 0]);
    expect(via[0]!.uit).toMatch(
      /^utrecht: keten onverbroken \(\d+ gebeurtenissen; klopt met de ankers\)\.\n$/,
    );
    expect(via[10]!.fout).toBe('Kan <map>/bestaat-niet/rapport.png niet schrijven.\n');
    expect(via[14]!.fout).toBe('Kan <map>/bestaat-niet.yml niet lezen.\n');
    expect(via[15]!.fout).toContain('Het tafelbestand klopt niet; er is niets geïmporteerd.');
    expect(via[15]!.fout).toMatch(
      /<map>\/slecht\.yml, regel \d+, kolom \d+: `quorum` bij tafels\[0\]\.beleid/,
    );
    expect(via[16]!.uit).toContain('Geïmporteerd voor utrecht: 1 tafel(s), 6 leden');
    const aantal = (r: Run) => gebeurtenissen(r.uit);
    expect(aantal(via[17]!)).toBe(aantal(via[0]!) + 1);
    for (const bestand of ['rapport.csv', 'rapport.png'])
      expect(readFileSync(`${viaMap}/${bestand}`), bestand).toEqual(readFileSync(`${directMap}/${bestand}`));
    expect(readFileSync(`${viaMap}/rapport.png`).subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the backup where the command line runs; it holds the same rows and restores to the same database', async () => {
    // Every line but the header's moment and the sequences' state: the running server's warm-up (an
    // intake rolled back) moves a sequence on without leaving a row, which is a gap, not a difference.
    const delen = (bestand: string) => {
      const regels = gunzipSync(readFileSync(bestand)).toString('utf8').trimEnd().split('\n');
      const einde = JSON.parse(regels.pop()!) as {
        aantallen: Record<string, number>;
        reeksen: Record<string, { waarde: string }>;
      };
      return { regels: [regels[0]!.replace(/"gemaakt":"[^"]+"/, ''), ...regels.slice(1)], einde };
    };
    const via = delen(`${viaMap}/backup.jsonl.gz`);
    const direct = delen(`${directMap}/backup.jsonl.gz`);
    expect(via.regels).toEqual(direct.regels);
    expect(via.einde.aantallen).toEqual(direct.einde.aantallen);
    for (const [naam, r] of Object.entries(direct.einde.reeksen))
      expect(BigInt(via.einde.reeksen[naam]!.waarde), naam).toBeGreaterThanOrEqual(BigInt(r.waarde));
    expect(statSync(`${viaMap}/backup.jsonl.gz`).mode & 0o777).toBe(0o600);
    const hersteld = path.join(basis, 'hersteld', 'pglite');
    const h = await draai({ MAATWERKBOT_DATA_DIR: hersteld }, 'herstel', `${viaMap}/backup.jsonl.gz`);
    expect(h.code, h.fout).toBe(0);
    const na = await afdrukVan(hersteld);
    expect(na.tabellen).toEqual(voorDirect.tabellen);
    expect(Object.fromEntries(Object.entries(na.reeksen).map(([n, r]) => [n, r.waarde]))).toEqual(
      Object.fromEntries(Object.entries(via.einde.reeksen).map(([n, r]) => [n, r.waarde])),
    );
  });

  it('keeps its endpoint to its own user and refuses a wrong token', async () => {
    expect(statSync(eindpuntPad(metServer)).mode & 0o777).toBe(0o600);
    expect(statSync(socketPad(metServer)).mode & 0o777).toBe(0o600);
    const antwoord = await new Promise<string>((klaar) => {
      const s = net.connect({ path: socketPad(metServer) }, () =>
        s.write(`${JSON.stringify({ token: 'a'.repeat(64), argv: ['audit', 'verifieer'] })}\n`),
      );
      let tekst = '';
      s.on('data', (d) => {
        tekst += d;
      });
      s.on('close', () => klaar(tekst));
    });
    expect(JSON.parse(antwoord)).toEqual({
      geweigerd: 'Het beheerpunt van de server weigert dit verzoek: onjuist token.',
    });
  });

  it('herstel and verhuis, which need the database to themselves, are refused while it runs', async () => {
    const h = await draai({ MAATWERKBOT_DATA_DIR: metServer }, 'herstel', `${viaMap}/backup.jsonl.gz`);
    expect(h.code).toBe(2);
    expect(h.fout).toContain('is niet leeg');
    const v = await draai(
      { MAATWERKBOT_DATA_DIR: metServer },
      'verhuis',
      '--naar',
      'postgresql://x@127.0.0.1:1/leeg',
    );
    expect(v.code).toBe(3);
    expect(v.fout).toContain(`in gebruik door een ander maatwerkbot-proces (pid ${server.pid}`);
  });
});

describe('npm start after kill -9', () => {
  it('refuses a second start while the first runs, naming its pid; after kill -9 the next one starts at once', async () => {
    const tweede = startServer(metServer);
    expect((await tweede.einde).code).toBe(3);
    expect(tweede.regels.join('\n')).toContain(
      `in gebruik door een ander maatwerkbot-proces (pid ${server.pid}, sinds`,
    );

    // A change committed through the server, then the server killed without a chance to clean up.
    const bestand = path.join(basis, 'tafels.yml');
    writeFileSync(bestand, VOORBEELD_YAML);
    expect((await draai({ MAATWERKBOT_DATA_DIR: metServer }, 'tafels', 'importeer', bestand)).code).toBe(0);
    const voor = await draai({ MAATWERKBOT_DATA_DIR: metServer }, 'audit', 'verifieer');
    server.proces.kill('SIGKILL');
    expect((await server.einde).signaal).toBe('SIGKILL');
    // Its lock, socket and endpoint are still there, naming a process that is gone.
    expect(leesHouder(metServer)?.pid).toBe(server.pid);
    expect(existsSync(eindpuntPad(metServer))).toBe(true);

    // proper-lockfile's lock would still be fresh here (refreshed every 5 s, stale after 30 s): this start
    // would have been refused. It starts, and serves.
    const nieuw = startServer(metServer);
    const poort = poortUit(await nieuw.wachtOp(LUISTERT));
    expect(leesHouder(metServer)?.pid).toBe(nieuw.pid);
    const gezond = await fetch(`http://127.0.0.1:${poort}/healthz`);
    expect(gezond.status).toBe(200);
    // PGlite recovered: the change committed before the kill is there.
    const na = await draai({ MAATWERKBOT_DATA_DIR: metServer }, 'audit', 'verifieer');
    expect([na.code, na.fout]).toEqual([voor.code, voor.fout]);
    expect(gebeurtenissen(na.uit)).toBe(gebeurtenissen(voor.uit));
    await nieuw.wachtOp(/"msg":"beheeropdracht"/);

    await nieuw.stop('SIGTERM');
    expect((await nieuw.einde).code).toBe(0);
    for (const p of [slotPad(metServer), eindpuntPad(metServer), socketPad(metServer)])
      expect(existsSync(p), p).toBe(false);
  });
});
