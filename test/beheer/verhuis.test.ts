// `maatwerkbot verhuis --naar postgresql://…`: against the PostgreSQL server (required with CI=true).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { startServer } from '../../src/server.ts';
import { openDatabase } from '../../src/store/database.ts';
import { verhuisdPad } from '../../src/store/datalock.ts';
import { maakPostgresDatabase, postgresBeschikbaar } from '../helpers/database.ts';
import { draai } from './hulp/cli.ts';
import { GEVULD, GRAFIEK, type Vingerafdruk, vingerafdruk, vulDatabase } from './hulp/gegevens.ts';

describe.runIf(postgresBeschikbaar)('verhuis from the embedded database to PostgreSQL', () => {
  const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-verhuis-'));
  const dataMap = path.join(basis, 'pglite');
  const env = { MAATWERKBOT_DATA_DIR: dataMap };
  let doel: Awaited<ReturnType<typeof maakPostgresDatabase>>;
  let origineel: Vingerafdruk;
  beforeAll(async () => {
    const db = await openDatabase({ soort: 'pglite', dataMap });
    await vulDatabase(db);
    origineel = await vingerafdruk(db.ruw);
    await db.sluit();
    doel = await maakPostgresDatabase();
  });
  afterAll(async () => {
    await doel?.weg();
    rmSync(basis, { recursive: true, force: true });
  });

  it('copies everything into an empty PostgreSQL database; the chain verifies and the server runs on it', async () => {
    const r = await draai(env, 'verhuis', '--naar', doel.url);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toMatch(
      /^Verhuisd naar PostgreSQL op 127\.0\.0\.1:5432\/mwb_test_\w+: \d+ tabellen, \d+ rijen; elke tabel telt evenveel rijen als in de ingebouwde database\.\n/,
    );
    expect(r.uit).toMatch(/\nutrecht: keten onverbroken \(\d+ gebeurtenissen\)\.\n/);

    const pg = await openDatabase({ soort: 'postgres', url: doel.url }, { migreer: false });
    try {
      const na = await vingerafdruk(pg.ruw);
      for (const tabel of GEVULD) expect(na.tabellen[tabel]?.rijen, tabel).toBeGreaterThan(0);
      expect(na).toEqual(origineel);
      const [grafiek] = await pg.ruw.query<{ png: Buffer }>('SELECT png FROM "RapportGrafiek"');
      expect(grafiek!.png).toEqual(GRAFIEK);
      // A new outbox message continues the sequence instead of colliding with a copied one.
      const [volgende] = await pg.ruw.query<{ n: string }>(
        `SELECT nextval('"OutboxBericht_volgorde_seq"')::text AS n`,
      );
      const [hoogste] = await pg.ruw.query<{ n: string }>(
        'SELECT max(volgorde)::text AS n FROM "OutboxBericht"',
      );
      expect(BigInt(volgende!.n)).toBeGreaterThan(BigInt(hoogste!.n));
    } finally {
      await pg.sluit();
    }

    const server = await startServer(
      leesOmgeving({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: doel.url,
        MAATWERKBOT_TIK_SECONDEN: '3600',
      }),
      { log: maakLogboek('silent') },
    );
    try {
      expect((await fetch(`http://127.0.0.1:${server.poort}/healthz`)).status).toBe(200);
      // Ready: migrations applied, database answering, warmed up.
      const gereed = await fetch(`http://127.0.0.1:${server.poort}/readyz`);
      expect(await gereed.json()).toMatchObject({ status: 'gereed' });
      expect(gereed.status).toBe(200);
      expect(await draai({ DATABASE_URL: doel.url }, 'audit', 'verifieer')).toMatchObject({
        code: 0,
        uit: expect.stringMatching(/^utrecht: keten onverbroken/),
      });
    } finally {
      await server.stop();
    }

    // Nobody keeps working on the old copy by forgetting DATABASE_URL.
    const oud = await draai(env, 'audit', 'verifieer');
    expect(oud.code).toBe(2);
    expect(oud.fout).toMatch(
      /is verhuisd naar PostgreSQL op 127\.0\.0\.1:5432\/mwb_test_\w+\. Start met DATABASE_URL/,
    );
  });

  it('refuses a target that holds data, a malformed address, and a DATABASE_URL set; nothing changes', async () => {
    rmSync(verhuisdPad(dataMap));
    const nogEens = await draai(env, 'verhuis', '--naar', doel.url);
    expect(nogEens.code).toBe(2);
    expect(nogEens.fout).toMatch(/De doeldatabase \(PostgreSQL op .*\) is niet leeg: tabel \w+ bevat rijen/);
    expect(existsSync(verhuisdPad(dataMap))).toBe(false);

    const slecht = await draai(env, 'verhuis', '--naar', 'mysql://db/maatwerk');
    expect(slecht).toMatchObject({ code: 2 });
    expect(slecht.fout).toContain('--naar moet een PostgreSQL-adres met database zijn');
    const metUrl = await draai({ ...env, DATABASE_URL: doel.url }, 'verhuis', '--naar', doel.url);
    expect(metUrl.code).toBe(2);
    expect(metUrl.fout).toContain('laat DATABASE_URL leeg voor deze opdracht');
    const zonderData = await draai(
      { MAATWERKBOT_DATA_DIR: path.join(basis, 'leeg') },
      'verhuis',
      '--naar',
      doel.url,
    );
    expect(zonderData).toMatchObject({ code: 2 });
    expect(zonderData.fout).toContain('Er is geen ingebouwde database in');
    // The embedded database is as it was.
    const db = await openDatabase({ soort: 'pglite', dataMap }, { migreer: false });
    expect(await vingerafdruk(db.ruw)).toEqual(origineel);
    await db.sluit();
  });
});
