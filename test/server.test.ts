import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesOmgeving } from '../src/config/omgeving.ts';
import { maakLogboek } from '../src/logboek.ts';
import { configuratieMeldingen, type DraaiendeServer, startServer } from '../src/server.ts';
import { openDatabase } from '../src/store/database.ts';
import { DataMapInGebruik } from '../src/store/datalock.ts';
import { leesMigraties } from '../src/store/migraties.ts';

describe('server on the embedded database', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-server-'));
  const dataMap = path.join(map, 'pglite');
  const regels: string[] = [];
  let server: DraaiendeServer;
  beforeAll(async () => {
    const log = maakLogboek(
      'info',
      new Writable({
        write(chunk, _enc, klaar) {
          regels.push(String(chunk));
          klaar();
        },
      }),
    );
    server = await startServer(
      leesOmgeving({ PORT: '0', HOST: '127.0.0.1', MAATWERKBOT_DATA_DIR: dataMap }),
      { log },
    );
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('serves /healthz after applying migrations on a fresh data directory', async () => {
    const antwoord = await fetch(`http://127.0.0.1:${server.poort}/healthz`);
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ status: 'ok', database: 'pglite' });
    const migraties = await server.db.ruw.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(migraties.map((m) => m.migration_name).sort()).toEqual(leesMigraties().map((m) => m.naam));
  });

  it('says which platforms are not configured, and answers their mount points clearly', async () => {
    expect(regels.join('')).toContain('Slack is niet geconfigureerd');
    expect(regels.join('')).toContain('Teams draait zonder app-id');
    const slack = await fetch(`http://127.0.0.1:${server.poort}/slack/events`, {
      method: 'POST',
      body: '{}',
    });
    expect(slack.status).toBe(503);
    expect(((await slack.json()) as { fout: string }).fout).toMatch(/niet geconfigureerd/);
  });

  it('refuses a second process on the same data directory instead of destroying it', async () => {
    await expect(openDatabase({ soort: 'pglite', dataMap })).rejects.toBeInstanceOf(DataMapInGebruik);
    await expect(openDatabase({ soort: 'pglite', dataMap })).rejects.toThrow(
      /in gebruik door een ander maatwerkbot-proces/,
    );
  });
});

describe('configuration', () => {
  it('has working defaults with nothing set', () => {
    const o = leesOmgeving({});
    expect(o.PORT).toBe(3978);
    expect(o.DATABASE_URL).toBeUndefined();
    expect(configuratieMeldingen(o)).toHaveLength(3);
  });
  it('refuses a bad environment with a Dutch message naming the variable', () => {
    expect(() => leesOmgeving({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL moet beginnen met postgresql/,
    );
    expect(() => leesOmgeving({ SLACK_BOT_TOKEN: 'xoxp-123' })).toThrow(/SLACK_BOT_TOKEN begint met xoxb-/);
  });
  it('never logs free text, even when a caller passes it by mistake', () => {
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
    log.info({ casus: { situatie: 'Mevrouw met schulden', reden: 'geheim' }, reden: 'ook geheim' }, 'test');
    expect(regels.join('')).not.toMatch(/Mevrouw|geheim/);
  });
});
