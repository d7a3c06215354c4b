// `maatwerkbot start` as an operator runs it (the real CLI in its own process): every start-up failure
// is one Dutch line on stderr with what to do, its own exit code, no stack trace (unless
// LOG_LEVEL=debug), and nothing has run yet: no data directory, no migration, no log line of work.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFSLUITCODE } from '../../src/opstart/afsluitcodes.ts';
import { PG_BEHEER_URL, postgresBeschikbaar } from '../helpers/database.ts';
import { TOKEN } from '../slack/helpers.ts';
import { NepSlack } from '../slack/nepslack.ts';

const CLI = fileURLToPath(new URL('../../bin/maatwerkbot.mjs', import.meta.url));

interface Afloop {
  code: number | null;
  uit: string;
  fout: string;
}

/** Runs `maatwerkbot start` with only these variables (and PATH); `totRegel` stops it with SIGTERM there. */
function start(env: Record<string, string>, totRegel?: string): Promise<Afloop> {
  const kind: ChildProcess = spawn(process.execPath, [CLI, 'start'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uit = '';
  let fout = '';
  let gestopt = false;
  kind.stdout!.on('data', (d: Buffer) => {
    uit += d.toString();
    // Once: a second SIGTERM while the server stops would be a second request, not this test's.
    if (totRegel && !gestopt && uit.includes(totRegel)) {
      gestopt = true;
      kind.kill('SIGTERM');
    }
  });
  kind.stderr!.on('data', (d: Buffer) => {
    fout += d.toString();
  });
  return new Promise((klaar) => kind.on('close', (code) => klaar({ code, uit, fout })));
}

async function vrijePoort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const poort = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return poort;
}

/** One line, no "at …" frames: what an operator reads. */
function alsEenRegel(a: Afloop): string {
  const regels = a.fout.trimEnd().split('\n');
  expect(regels, a.fout).toHaveLength(1);
  return regels[0]!;
}

describe('maatwerkbot start: say what is wrong, then stop, before doing anything', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-opstart-'));
  let n = 0;
  /** A fresh data directory per run: whether it exists afterwards tells whether the database was opened. */
  const basis = () => ({ PORT: '0', MAATWERKBOT_DATA_DIR: path.join(map, `data-${++n}`) });
  let nep: NepSlack;
  beforeAll(async () => {
    nep = await new NepSlack(TOKEN).start();
  });
  afterAll(async () => {
    await nep?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('with good settings it starts (migrations, first tick, listening) and stops on SIGTERM with 0', async () => {
    const env = {
      ...basis(),
      SLACK_SIGNING_SECRET: 'geheim',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: nep.url,
    };
    const a = await start(env, ' gestart op http');
    expect(a.code).toBe(0);
    expect(a.fout).toBe('');
    expect(a.uit).toContain('database gereed, migraties toegepast');
    expect(existsSync(env.MAATWERKBOT_DATA_DIR)).toBe(true);
  });

  it('Teams credentials without an app id: exit 2, naming MICROSOFT_APP_ID', async () => {
    const env = { ...basis(), MICROSOFT_APP_PASSWORD: 'geheim' };
    const a = await start(env);
    expect(a.code).toBe(AFSLUITCODE.configuratie);
    expect(alsEenRegel(a)).toMatch(/^MICROSOFT_APP_ID ontbreekt: MICROSOFT_APP_PASSWORD is gezet/);
    expect(a.uit).toBe('');
    expect(existsSync(env.MAATWERKBOT_DATA_DIR)).toBe(false);
  });

  it('one of the two Slack variables: exit 2, naming the other', async () => {
    const env = { ...basis(), SLACK_SIGNING_SECRET: 'geheim' };
    const a = await start(env);
    expect(a.code).toBe(AFSLUITCODE.configuratie);
    expect(alsEenRegel(a)).toMatch(/^SLACK_BOT_TOKEN ontbreekt/);
    expect(existsSync(env.MAATWERKBOT_DATA_DIR)).toBe(false);
  });

  it('a malformed setting: exit 2, the variable and what is wrong', async () => {
    const a = await start({ ...basis(), PORT: 'veel' });
    expect(a.code).toBe(AFSLUITCODE.configuratie);
    expect(alsEenRegel(a)).toMatch(/^Ongeldige instelling: PORT: /);
  });

  it('the port in use: exit 4 before the database is opened; the stack only with LOG_LEVEL=debug', async () => {
    const bezet = net.createServer();
    await new Promise<void>((r) => bezet.listen(0, '127.0.0.1', r));
    const poort = String((bezet.address() as net.AddressInfo).port);
    try {
      const env = { ...basis(), PORT: poort };
      const a = await start(env);
      expect(a.code).toBe(AFSLUITCODE.poort);
      expect(alsEenRegel(a)).toMatch(new RegExp(`^Poort ${poort} op 127\\.0\\.0\\.1 is al in gebruik`));
      expect(a.uit).toBe('');
      expect(existsSync(env.MAATWERKBOT_DATA_DIR)).toBe(false);

      const debug = await start({ ...basis(), PORT: poort, LOG_LEVEL: 'debug' });
      expect(debug.code).toBe(AFSLUITCODE.poort);
      expect(debug.fout).toMatch(/is al in gebruik/);
      expect(debug.fout).toMatch(/EADDRINUSE/);
      expect(debug.fout).toMatch(/\n\s+at /);
    } finally {
      await new Promise<void>((r) => bezet.close(() => r()));
    }
  });

  it('Slack refuses the bot token: exit 7 before the database is opened', async () => {
    const env = {
      ...basis(),
      SLACK_SIGNING_SECRET: 'geheim',
      SLACK_BOT_TOKEN: 'xoxb-fout',
      SLACK_API_URL: nep.url,
    };
    const a = await start(env);
    expect(a.code).toBe(AFSLUITCODE.platform);
    expect(alsEenRegel(a)).toMatch(/^Slack weigert SLACK_BOT_TOKEN \(invalid_auth\): /);
    expect(a.uit).not.toContain('database');
    expect(existsSync(env.MAATWERKBOT_DATA_DIR)).toBe(false);
  });

  it('no PostgreSQL server at DATABASE_URL: exit 6, and how to fix it', async () => {
    const poort = await vrijePoort();
    const a = await start({ ...basis(), DATABASE_URL: `postgresql://postgres@127.0.0.1:${poort}/maatwerk` });
    expect(a.code).toBe(AFSLUITCODE.databaseOnbereikbaar);
    expect(alsEenRegel(a)).toBe(
      `PostgreSQL op 127.0.0.1:${poort} is niet bereikbaar (ECONNREFUSED): start de databaseserver of controleer host en poort in DATABASE_URL.`,
    );
    expect(a.uit).toBe('');
  });

  it.skipIf(!postgresBeschikbaar)(
    'a database that does not exist: exit 5, with the createdb command; nothing is created',
    async () => {
      const naam = `mwb_bestaat_niet_${randomBytes(4).toString('hex')}`;
      const url = new URL(PG_BEHEER_URL);
      url.pathname = `/${naam}`;
      const a = await start({ ...basis(), DATABASE_URL: url.toString() });
      expect(a.code).toBe(AFSLUITCODE.databaseOntbreekt);
      const regel = alsEenRegel(a);
      expect(regel).toMatch(
        new RegExp(`^Database "${naam}" bestaat niet op ${url.hostname}:${url.port || 5432}: `),
      );
      expect(regel).toContain(
        `createdb -h ${url.hostname} -p ${url.port || 5432} -U ${url.username || 'postgres'} ${naam}`,
      );
      expect(a.uit).toBe('');
      const beheer = new pg.Client({ connectionString: PG_BEHEER_URL });
      await beheer.connect();
      try {
        const rijen = await beheer.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam]);
        expect(rijen.rowCount).toBe(0);
      } finally {
        await beheer.end();
      }
    },
  );
});
