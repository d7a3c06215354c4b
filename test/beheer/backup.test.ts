// `maatwerkbot backup` and `maatwerkbot herstel`: backup, wipe, restore, and every table as it was.
// (Through a running server: test/beheer/viaserver.test.ts.)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFout, laadBackup, schrijfBackup } from '../../src/beheer/backup.ts';
import { openDatabase } from '../../src/store/database.ts';
import { slotPad } from '../../src/store/datalock.ts';
import { eersteGevuldeTabel } from '../../src/store/kopie.ts';
import { leesMigraties } from '../../src/store/migraties.ts';
import { maakPostgresDatabase, postgresBeschikbaar } from '../helpers/database.ts';
import { draai } from './hulp/cli.ts';
import { GEVULD, GRAFIEK, type Vingerafdruk, vingerafdruk, vulDatabase } from './hulp/gegevens.ts';

const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-backup-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

async function afdrukVan(dataMap: string): Promise<Vingerafdruk> {
  const db = await openDatabase({ soort: 'pglite', dataMap }, { migreer: false });
  try {
    return await vingerafdruk(db.ruw);
  } finally {
    await db.sluit();
  }
}

// The names a backup made before the answer was renamed uses.
const OUDE_TABEL = 'Reactie'; // oude naam of the table Antwoord
const OUDE_BELEIDSSLEUTEL = 'reactiesZichtbaarVoorSluiten'; // oude naam of antwoordenZichtbaarVoorSluiten
const OUDE_LIJST = 'reacties'; // oude naam of the list of answers in an escalation message

const regels = (bestand: string) => gunzipSync(readFileSync(bestand)).toString('utf8').trimEnd().split('\n');

describe('backup and herstel on the embedded database', () => {
  const dataMap = path.join(basis, 'pglite');
  const env = { MAATWERKBOT_DATA_DIR: dataMap };
  const backup = path.join(basis, 'maatwerkbot.jsonl.gz');
  let origineel: Vingerafdruk;
  beforeAll(async () => {
    const db = await openDatabase({ soort: 'pglite', dataMap });
    await vulDatabase(db);
    origineel = await vingerafdruk(db.ruw);
    await db.sluit();
  });

  it('backs up, and after a wipe and a restore every table and sequence is as it was; the chain verifies', async () => {
    for (const tabel of GEVULD) expect(origineel.tabellen[tabel]?.rijen, tabel).toBeGreaterThan(0);
    const b = await draai(env, 'backup', backup);
    expect(b.code, b.fout).toBe(0);
    const migratie = leesMigraties().at(-1)!.naam;
    expect(b.uit).toMatch(
      new RegExp(
        `^Backup geschreven naar .*maatwerkbot\\.jsonl\\.gz: \\d+ tabellen, \\d+ rijen, migratie ${migratie} \\(\\d+,\\d MB\\)\\.\\n$`,
      ),
    );
    expect(existsSync(`${backup}.deel`)).toBe(false);

    rmSync(dataMap, { recursive: true });
    const h = await draai(env, 'herstel', backup);
    expect(h.code, h.fout).toBe(0);
    expect(h.uit).toContain(`Hersteld uit ${backup} in PGlite in ${dataMap}:`);
    expect(h.uit).toMatch(/utrecht: keten onverbroken \(\d+ gebeurtenissen\)/);
    expect(await afdrukVan(dataMap)).toEqual(origineel);

    const db = await openDatabase({ soort: 'pglite', dataMap });
    const [grafiek] = await db.ruw.query<{ png: Uint8Array }>('SELECT png FROM "RapportGrafiek"');
    expect(Buffer.from(grafiek!.png)).toEqual(GRAFIEK);
    // The register's generated search column is computed again on the restored rows.
    const [zoek] = await db.ruw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Besluit" WHERE zoekvector @@ to_tsquery('dutch', 'kostendelersnorm')`,
    );
    expect(zoek!.n).toBeGreaterThan(0);
    await db.sluit();
    expect(await draai(env, 'audit', 'verifieer')).toMatchObject({
      code: 0,
      // No audit key beside this data directory: the chain is checked, its checkpoints cannot be.
      uit: expect.stringMatching(
        /^utrecht: keten onverbroken \(\d+ gebeurtenissen\)\.\nGeen auditsleutel gevonden/,
      ),
    });
  });

  it('refuses to restore into a directory that is not empty, and changes nothing', async () => {
    const r = await draai(env, 'herstel', backup);
    expect(r.code).toBe(2);
    expect(r.fout).toContain(`De datamap ${dataMap} is niet leeg.`);
    expect(await afdrukVan(dataMap)).toEqual(origineel);
  });

  it('refuses a foreign, newer or cut-off file, and leaves the target directory as it was: absent', async () => {
    const doel = path.join(basis, 'leeg');
    const [kop, ...rest] = regels(backup);
    const nieuwer = JSON.parse(kop!);
    nieuwer.migraties.push({ naam: '20991231000000_toekomst', checksum: 'x' });
    const gevallen: [string, string | Buffer, RegExp][] = [
      ['zomaar.gz', 'geen gzip', /is geen maatwerkbot-backup of is beschadigd \(incorrect header check\)/],
      [
        'vreemd.gz',
        gzipSync('{"hallo":"wereld"}\n'),
        /geen maatwerkbot-backup of hij is beschadigd \(kopregel klopt niet\)/,
      ],
      [
        'nieuwer.gz',
        gzipSync(`${[JSON.stringify(nieuwer), ...rest].join('\n')}\n`),
        /Deze backup komt van een nieuwere of andere maatwerkbot \(0\.1\.0, migratie 20991231000000_toekomst\)/,
      ],
      // Cut off in the rows: found only while loading, so the target had been created; it is removed.
      ['afgebroken.gz', readFileSync(backup).subarray(0, 2_000), /beschadigd \(unexpected end of file\)/],
    ];
    for (const [naam, inhoud, melding] of gevallen) {
      writeFileSync(path.join(basis, naam), inhoud);
      const r = await draai({ MAATWERKBOT_DATA_DIR: doel }, 'herstel', path.join(basis, naam));
      expect(r.code, naam).toBe(2);
      expect(r.fout, naam).toMatch(melding);
      expect(existsSync(doel), naam).toBe(false);
      expect(existsSync(slotPad(doel)), naam).toBe(false);
    }
  });

  it('says so when the backup file cannot be written, and leaves no part of it behind', async () => {
    const bestand = path.join(basis, 'bestaat-niet', 'b.gz');
    const r = await draai(env, 'backup', bestand);
    expect(r).toMatchObject({ code: 1, fout: `Kan ${bestand} niet schrijven.\n` });
    expect(existsSync(path.dirname(bestand))).toBe(false);
  });
});

describe('loading a backup (into empty in-memory databases)', () => {
  let origineel: Vingerafdruk;
  let lijnen: string[];
  beforeAll(async () => {
    const db = await openDatabase({ soort: 'pglite-geheugen' });
    await vulDatabase(db);
    origineel = await vingerafdruk(db.ruw);
    lijnen = [];
    await schrijfBackup(db, async (r) => void lijnen.push(r));
    await db.sluit();
  });
  async function* als(r: string[]) {
    yield* r;
  }

  it('refuses a backup that lost its end, a row, or a row others point to, and loads nothing; the whole one loads', async () => {
    const doel = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      const naRij = (tabel: string) => lijnen.findIndex((r) => r.startsWith(`{"tabel":"${tabel}"`)) + 1;
      const zonder = (i: number) => lijnen.filter((_, j) => j !== i);
      const antwoorden = origineel.tabellen.Antwoord!.rijen;
      const gevallen: [string[], string][] = [
        [
          lijnen.slice(0, -1),
          'De backup is onvolledig: de afsluitende regel ontbreekt. Er is niets hersteld.',
        ],
        [
          zonder(naRij('Antwoord')),
          `Tabel Antwoord: de backup noemt ${antwoorden} rijen, er zijn er ${antwoorden - 1} geladen. Er is niets hersteld.`,
        ],
        [zonder(naRij('Casus')), 'De backup past niet in de doeldatabase (insert or update on table'],
        [[...lijnen, '{"r":{}}'], 'Na de afsluitende regel staat nog iets: de backup is beschadigd.'],
      ];
      for (const [r, melding] of gevallen) {
        const fout = await laadBackup(doel, als(r)).catch((e: unknown) => e);
        expect(fout).toBeInstanceOf(BackupFout);
        expect((fout as Error).message).toContain(melding);
        expect(await eersteGevuldeTabel(doel.ruw)).toBeNull();
      }
      await laadBackup(doel, als(lijnen));
      expect(await vingerafdruk(doel.ruw)).toEqual(origineel);
    } finally {
      await doel.sluit();
    }
  });

  it('restores a backup made before the answer was renamed: its table, policy key and escalation list get the new name', async () => {
    const migraties = leesMigraties();
    const hernoeming = migraties.findIndex((m) => m.naam.endsWith('_antwoord'));
    expect(hernoeming).toBeGreaterThan(0);
    // The same backup as the version before the rename wrote it: the migrations up to the rename, and
    // the old names where that version stored them.
    let tabel = '';
    const oud = lijnen.map((r, i) => {
      if (i === 0) {
        const kop = JSON.parse(r) as { migraties: unknown[] };
        return JSON.stringify({ ...kop, migraties: kop.migraties.slice(0, hernoeming) });
      }
      const regel = JSON.parse(r) as {
        tabel?: string;
        r?: Record<string, unknown>;
        einde?: true;
        aantallen?: Record<string, number>;
      };
      if (regel.tabel) tabel = regel.tabel;
      if (regel.tabel === 'Antwoord') return JSON.stringify({ ...regel, tabel: OUDE_TABEL });
      if (regel.einde) {
        const { Antwoord: aantal, ...rest } = regel.aantallen!;
        return JSON.stringify({ ...regel, aantallen: { ...rest, [OUDE_TABEL]: aantal } });
      }
      if (tabel === 'Tafel') return r.replace('"antwoordenZichtbaarVoorSluiten"', `"${OUDE_BELEIDSSLEUTEL}"`);
      if (tabel === 'OutboxBericht' && r.includes('"soort":"escalatie"'))
        return r.replace('"antwoorden":', `"${OUDE_LIJST}":`);
      return r;
    });
    const tekst = oud.join('\n');
    for (const naam of [OUDE_TABEL, OUDE_BELEIDSSLEUTEL, OUDE_LIJST]) expect(tekst).toContain(`"${naam}"`);
    const doel = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      const v = await laadBackup(doel, als(oud));
      expect(v.migratie).toBe(migraties[hernoeming - 1]!.naam);
      expect(await vingerafdruk(doel.ruw)).toEqual(origineel);
    } finally {
      await doel.sluit();
    }
  });

  it('restores a backup made at an older migration level and runs the newer migrations over its rows', async () => {
    const migraties = leesMigraties();
    const jobgroep = migraties.findIndex((m) => m.naam.endsWith('_jobgroep'));
    // Written by hand, as an older version wrote it: the format is plain JSON lines.
    const oud = [
      JSON.stringify({
        maatwerkbot: 'backup',
        formaat: 1,
        versie: '0.0.9',
        gemaakt: '2026-11-30T10:00:00.000Z',
        bron: 'pglite',
        migraties: migraties.slice(0, jobgroep).map((m) => ({ naam: m.naam, checksum: m.checksum })),
      }),
      JSON.stringify({ tabel: 'Job', kolommen: ['id', 'soort', 'sleutel', 'payload', 'due', 'aangemaakt'] }),
      '{"r":{"id":"j1","soort":"ronde_sluiten","sleutel":"ronde:abc:sluiten","payload":{},"due":"2026-12-01T10:00:00","aangemaakt":"2026-11-30T10:00:00"}}',
      JSON.stringify({ einde: true, aantallen: { Job: 1 }, reeksen: {} }),
    ];
    const doel = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      const v = await laadBackup(doel, als(oud));
      expect(v).toMatchObject({ rijen: 1, migratie: migraties[jobgroep - 1]!.naam });
      expect(await doel.ruw.query('SELECT groep, status FROM "Job"')).toEqual([
        { groep: 'ronde:abc', status: 'gepland' },
      ]);
      expect((await doel.ruw.query('SELECT 1 FROM "_prisma_migrations"')).length).toBe(migraties.length);
    } finally {
      await doel.sluit();
    }
  });
});

describe.runIf(postgresBeschikbaar)('backup and herstel on PostgreSQL', () => {
  it('backs up a PostgreSQL database and restores it into an empty one, identical', async () => {
    const a = await maakPostgresDatabase();
    const b = await maakPostgresDatabase();
    try {
      const db = await openDatabase({ soort: 'postgres', url: a.url });
      await vulDatabase(db);
      const origineel = await vingerafdruk(db.ruw);
      await db.sluit();
      const bestand = path.join(basis, 'pg.jsonl.gz');
      const back = await draai({ DATABASE_URL: a.url }, 'backup', bestand);
      expect(back.code, back.fout).toBe(0);
      const h = await draai({ DATABASE_URL: b.url }, 'herstel', bestand);
      expect(h.code, h.fout).toBe(0);
      expect(h.uit).toMatch(/utrecht: keten onverbroken/);
      const hersteld = await openDatabase({ soort: 'postgres', url: b.url }, { migreer: false });
      expect(await vingerafdruk(hersteld.ruw)).toEqual(origineel);
      await hersteld.sluit();
      const nogEens = await draai({ DATABASE_URL: b.url }, 'herstel', bestand);
      expect(nogEens.code).toBe(2);
      expect(nogEens.fout).toMatch(
        /De doeldatabase \(PostgreSQL op .*\) is niet leeg: tabel \w+ bevat rijen/,
      );
    } finally {
      await a.weg();
      await b.weg();
    }
  });
});
