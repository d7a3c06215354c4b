import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesOmgeving, publiekeUrl } from '../src/config/omgeving.ts';
import { maakLogboek, veiligeFout } from '../src/logboek.ts';
import { bewaarGrafiek } from '../src/register/grafiekopslag.ts';
import { configuratieMeldingen, type DraaiendeServer, startServer } from '../src/server.ts';
import { inTransactie, systeemklok } from '../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../src/services/privacyscanner.ts';
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
    expect(await antwoord.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const migraties = await server.db.ruw.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(migraties.map((m) => m.migration_name).sort()).toEqual(leesMigraties().map((m) => m.naam));
  });

  it('says which platforms are not configured, and answers their mount points clearly', async () => {
    expect(regels.join('')).toContain('Slack is niet geconfigureerd');
    expect(regels.join('')).toContain('Teams is niet geconfigureerd');
    for (const [pad, platform] of [
      ['/slack/events', 'Slack'],
      ['/api/messages', 'Teams'],
    ]) {
      const r = await fetch(`http://127.0.0.1:${server.poort}${pad}`, { method: 'POST', body: '{}' });
      expect(r.status).toBe(503);
      expect(await r.json()).toEqual({
        fout: `${platform} is niet geconfigureerd op deze server; zie de README.`,
      });
    }
  });

  it('serves a stored report chart at its token’s URL, and nothing else there', async () => {
    const tenant = await server.db.prisma.tenant.create({
      data: { slug: 'proef', naam: 'Proef', kalender: {} },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const d = { db: server.db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
    const { token } = await inTransactie(d, (tx) =>
      bewaarGrafiek(tx, {
        tenantId: tenant.id,
        png,
        breedte: 1,
        hoogte: 1,
        beschrijving: 'x',
        nu: new Date(),
      }),
    );
    const basis = `http://127.0.0.1:${server.poort}/rapport/afbeelding/`;
    const ja = await fetch(`${basis}${token}.png`);
    expect([ja.status, ja.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await ja.arrayBuffer())).toEqual(png);
    const kop = await fetch(`${basis}${token}.png`, { method: 'HEAD' });
    expect([kop.status, kop.headers.get('content-length')]).toEqual([200, String(png.length)]);
    for (const [methode, pad, status] of [
      ['GET', `${'B'.repeat(43)}.png`, 404],
      ['GET', token, 400],
      ['POST', `${token}.png`, 405],
    ] as const) {
      expect([methode, pad, (await fetch(`${basis}${pad}`, { method: methode })).status]).toEqual([
        methode,
        pad,
        status,
      ]);
    }
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
    expect(configuratieMeldingen(o)).toHaveLength(4);
    expect(configuratieMeldingen(o).join('\n')).toContain('MAATWERKBOT_PUBLIEKE_URL');
  });
  it('reads how many job batches the scheduler works on at once, and refuses nonsense', () => {
    expect(leesOmgeving({}).MAATWERKBOT_PLANNER_PARALLEL).toBeUndefined();
    expect(leesOmgeving({ MAATWERKBOT_PLANNER_PARALLEL: '3' }).MAATWERKBOT_PLANNER_PARALLEL).toBe(3);
    for (const fout of ['0', '-1', '1.5', 'veel', '33'])
      expect(() => leesOmgeving({ MAATWERKBOT_PLANNER_PARALLEL: fout }), fout).toThrow(
        /MAATWERKBOT_PLANNER_PARALLEL moet een geheel getal van 1 tot en met 32 zijn/,
      );
  });
  it('takes the public address from MAATWERKBOT_PUBLIEKE_URL, else from BOT_DOMAIN', () => {
    expect(publiekeUrl(leesOmgeving({}))).toBeUndefined();
    expect(publiekeUrl(leesOmgeving({ MAATWERKBOT_PUBLIEKE_URL: 'https://bot.utrecht.nl/maatwerk' }))).toBe(
      'https://bot.utrecht.nl/maatwerk/',
    );
    expect(publiekeUrl(leesOmgeving({ BOT_DOMAIN: 'https://bot.utrecht.nl/api/messages' }))).toBe(
      'https://bot.utrecht.nl/',
    );
    expect(
      publiekeUrl(leesOmgeving({ MAATWERKBOT_PUBLIEKE_URL: 'http://localhost:3978', BOT_DOMAIN: 'x.nl' })),
    ).toBe('http://localhost:3978/');
    expect(configuratieMeldingen(leesOmgeving({ BOT_DOMAIN: 'bot.utrecht.nl' }))).toHaveLength(3);
    expect(() => leesOmgeving({ MAATWERKBOT_PUBLIEKE_URL: 'http://bot.utrecht.nl' })).toThrow(
      /MAATWERKBOT_PUBLIEKE_URL moet met https:\/\/ beginnen/,
    );
    expect(() => leesOmgeving({ MAATWERKBOT_PUBLIEKE_URL: 'bot.utrecht.nl' })).toThrow(
      /MAATWERKBOT_PUBLIEKE_URL moet een adres zijn/,
    );
  });
  it('refuses a bad environment with a Dutch message naming the variable', () => {
    expect(() => leesOmgeving({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL moet beginnen met postgresql/,
    );
    expect(() => leesOmgeving({ SLACK_BOT_TOKEN: 'xoxp-123' })).toThrow(/SLACK_BOT_TOKEN begint met xoxb-/);
  });
  it('logs an error with its message and code, but not the message of Prisma (it quotes arguments)', () => {
    const systeem = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    expect(veiligeFout(systeem)).toMatchObject({
      type: 'Error',
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
    });
    const prisma = Object.assign(new Error('Invalid `prisma.casus.create()`: { situatie: Mevrouw }'), {
      name: 'PrismaClientValidationError',
    });
    Object.defineProperty(prisma, 'constructor', { value: { name: 'PrismaClientValidationError' } });
    expect(JSON.stringify(veiligeFout(prisma))).not.toContain('Mevrouw');
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
