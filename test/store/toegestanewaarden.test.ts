// The allowed values of statuses, choices and outcomes are enforced by the database: every column in
// TOEGESTANE_WAARDEN (src/domain/woorden.ts) has a CHECK constraint with exactly that list, so a value added
// in TypeScript without a migration fails here; a value outside the list is refused on insert and update;
// and the migration applies to a database that already holds every value ever written.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import {
  BESTUURDER_BESLUITEN,
  ESCALATIE_UITKOMSTEN,
  TOEGESTANE_WAARDEN,
  VOORZITTER_UITKOMSTEN,
} from '../../src/domain/woorden.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { openDatabase, type RuweVerbinding } from '../../src/store/database.ts';
import { leesMigraties, pasMigratiesToe } from '../../src/store/migraties.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { TestKlok } from '../helpers/klok.ts';

type Kolom = keyof typeof TOEGESTANE_WAARDEN;
const KOLOMMEN = Object.keys(TOEGESTANE_WAARDEN) as Kolom[];
const constraintVan = (kolom: Kolom) => `${kolom.replace('.', '_')}_check`;
const ONBEKEND = 'onbekende_waarde';

interface CheckConstraint {
  naam: string;
  tabel: string;
  kolom: string;
  definitie: string;
}

async function leesChecks(ruw: RuweVerbinding): Promise<CheckConstraint[]> {
  return ruw.query<CheckConstraint>(
    `SELECT c.conname AS naam, t.relname AS tabel, a.attname AS kolom, pg_get_constraintdef(c.oid) AS definitie
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND n.nspname = current_schema()
      ORDER BY c.conname`,
  );
}

/** The literals of `CHECK ((kolom = ANY (ARRAY['a'::text, …])))`, as PostgreSQL prints an IN list. */
function waardenUit(definitie: string): string[] {
  expect(definitie).toMatch(/^CHECK \(\(.+ = ANY \(ARRAY\[.*\]\)\)\)$/);
  return [...definitie.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1]!.replaceAll("''", "'"));
}

const gesorteerd = (lijst: readonly string[]) => [...lijst].sort();

/**
 * Rows in every constrained table, together holding every allowed value of every column: row i of a table
 * takes value i (round-robin) of each of its columns' lists. Tenant, table, people and members come from
 * the example tables file.
 */
/** The answers' table before migration 20261208000900_antwoord renamed it. */
const ANTWOORDTABEL_VOOR_HERNOEMING = 'Reactie'; // oude naam of Antwoord

async function vulMetElkeWaarde(
  ruw: RuweVerbinding,
  antwoordTabel = 'Antwoord',
  waarden: (kolom: Kolom) => readonly string[] = (kolom) => TOEGESTANE_WAARDEN[kolom],
): Promise<void> {
  const waarde = (kolom: Kolom, i: number) => {
    const lijst = waarden(kolom);
    return lijst[i % lijst.length]!;
  };
  const aantal = (...kolommen: Kolom[]) => Math.max(...kolommen.map((k) => waarden(k).length));
  const [lid] = await ruw.query<{ id: string; tafelId: string; persoonId: string; tenantId: string }>(
    `SELECT l.id, l."tafelId", l."persoonId", t."tenantId" FROM "Lid" l JOIN "Tafel" t ON t.id = l."tafelId" LIMIT 1`,
  );
  const nu = new Date('2026-11-23T10:00:00Z');
  const casussen: string[] = [];
  const nCasus = aantal('Casus.status', 'Casus.urgentie', 'Casus.betrokkenheid', 'Casus.toestemming');
  for (let i = 0; i < Math.max(nCasus, aantal('Besluit.uitkomst', 'Besluit.genomenDoor')); i++) {
    const id = randomUUID();
    casussen.push(id);
    await ruw.query(
      `INSERT INTO "Casus" (id, "tenantId", "tafelId", referentie, "indienerId", titel, situatie, "gevraagdeOplossing",
         "kostenMaatwerkCent", "kostenNietsDoenCent", "kostenNietsDoenToelichting", urgentie, betrokkenheid,
         toestemming, status, ingediend)
       VALUES ($1, $2, $3, $4, $5, 'Titel', 'Situatie', 'Oplossing', 100, 200, 'Toelichting', $6, $7, $8, $9, $10)`,
      [
        id,
        lid!.tenantId,
        lid!.tafelId,
        `MW-2026-9${String(i).padStart(3, '0')}`,
        lid!.persoonId,
        waarde('Casus.urgentie', i),
        waarde('Casus.betrokkenheid', i),
        waarde('Casus.toestemming', i),
        waarde('Casus.status', i),
        nu,
      ],
    );
  }
  const rondeId = randomUUID();
  for (let i = 0; i < aantal('Besluitronde.status'); i++)
    await ruw.query(
      `INSERT INTO "Besluitronde" (id, "casusId", volgnummer, geopend, deadline, "verwachteLidIds", status)
       VALUES ($1, $2, $3, $4, $4, ARRAY[]::text[], $5)`,
      [i === 0 ? rondeId : randomUUID(), casussen[0], i + 1, nu, waarde('Besluitronde.status', i)],
    );
  for (let i = 0; i < aantal('Antwoord.keuze'); i++)
    await ruw.query(
      `INSERT INTO "${antwoordTabel}" (id, "rondeId", "lidId", revisie, keuze, reden, gegeven)
       VALUES ($1, $2, $3, $4, $5, 'Reden', $6)`,
      [randomUUID(), rondeId, lid!.id, i + 1, waarde('Antwoord.keuze', i), nu],
    );
  for (let i = 0; i < aantal('Escalatie.niveau', 'Escalatie.status', 'Escalatie.uitkomst'); i++)
    await ruw.query(
      `INSERT INTO "Escalatie" (id, "casusId", niveau, trede, "doelId", redenen, geopend, deadline, status, uitkomst)
       VALUES ($1, $2, $3, 0, $4, '[]', $5, $5, $6, $7)`,
      [
        randomUUID(),
        casussen[0],
        waarde('Escalatie.niveau', i),
        lid!.persoonId,
        nu,
        waarde('Escalatie.status', i),
        waarde('Escalatie.uitkomst', i),
      ],
    );
  for (let i = 0; i < aantal('Besluit.uitkomst', 'Besluit.genomenDoor'); i++)
    await ruw.query(
      `INSERT INTO "Besluit" (id, "casusId", uitkomst, waarom, hoe, "kostenMaatwerkCent", "kostenNietsDoenCent",
         "genomenDoor", genomen)
       VALUES ($1, $2, $3, 'Waarom', 'Hoe', 100, 200, $4, $5)`,
      [randomUUID(), casussen[i], waarde('Besluit.uitkomst', i), waarde('Besluit.genomenDoor', i), nu],
    );
  for (let i = 0; i < aantal('OutboxBericht.status'); i++)
    await ruw.query(
      `INSERT INTO "OutboxBericht" (id, "tenantId", sleutel, soort, ontvanger, data, status, "volgendePoging", aangemaakt)
       VALUES ($1, $2, $3, 'casus_bijgewerkt', '{}', '{}', $4, $5, $5)`,
      [randomUUID(), lid!.tenantId, `waarden:${i}`, waarde('OutboxBericht.status', i), nu],
    );
  for (let i = 0; i < aantal('Job.soort', 'Job.status'); i++)
    await ruw.query(
      `INSERT INTO "Job" (id, soort, sleutel, groep, payload, due, status, aangemaakt)
       VALUES ($1, $2, $3, 'waarden:x', '{}', $4, $5, $4)`,
      [randomUUID(), waarde('Job.soort', i), `waarden:x:${i}`, nu, waarde('Job.status', i)],
    );
}

describe('the lists', () => {
  it('an escalation may record every answer of a chair and of a bestuurder', () => {
    expect(gesorteerd(ESCALATIE_UITKOMSTEN)).toEqual(
      gesorteerd([...new Set([...VOORZITTER_UITKOMSTEN, ...BESTUURDER_BESLUITEN])]),
    );
  });

  it('no list repeats a value', () => {
    for (const kolom of KOLOMMEN)
      expect(new Set(TOEGESTANE_WAARDEN[kolom]).size, kolom).toBe(TOEGESTANE_WAARDEN[kolom].length);
  });
});

describe.each(SOORTEN)('allowed values on %s', (soort) => {
  let o: TestOmgeving;
  // Filled only for the refusals: a value added in TypeScript alone would fail the filling, and the
  // comparison, which says which column and which value, should fail first.
  let gevuld: Promise<void> | undefined;
  const vul = () => {
    gevuld ??= vulMetElkeWaarde(o.db.ruw);
    return gevuld;
  };
  beforeAll(async () => {
    o = await maakOmgeving(soort);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('every column of TOEGESTANE_WAARDEN has a CHECK with exactly its list, and no CHECK is unlisted', async () => {
    const checks = await leesChecks(o.db.ruw);
    expect(checks.map((c) => c.naam).sort()).toEqual(KOLOMMEN.map(constraintVan).sort());
    for (const kolom of KOLOMMEN) {
      const check = checks.find((c) => c.naam === constraintVan(kolom))!;
      expect(`${check.tabel}.${check.kolom}`).toBe(kolom);
      expect(gesorteerd(waardenUit(check.definitie)), kolom).toEqual(gesorteerd(TOEGESTANE_WAARDEN[kolom]));
    }
  });

  it.each(KOLOMMEN)('%s: an update to a value outside the list is refused', async (kolom) => {
    await vul();
    const [tabel, veld] = kolom.split('.');
    await expect(
      o.db.ruw.query(
        `UPDATE "${tabel}" SET "${veld}" = $1 WHERE id = (SELECT id FROM "${tabel}" ORDER BY id LIMIT 1)`,
        [ONBEKEND],
      ),
    ).rejects.toThrow(constraintVan(kolom));
  });

  it('an insert with a value outside the list is refused, through SQL and through Prisma', async () => {
    const nu = new Date('2026-11-23T10:00:00Z');
    await expect(
      o.db.ruw.query(
        `INSERT INTO "Job" (id, soort, sleutel, groep, payload, due, aangemaakt)
         VALUES ($1, $2, 'onbekend:x:1', 'onbekend:x', '{}', $3, $3)`,
        [randomUUID(), ONBEKEND, nu],
      ),
    ).rejects.toThrow('Job_soort_check');
    await expect(
      o.db.prisma.outboxBericht.create({
        data: {
          tenantId: (await o.db.prisma.tenant.findFirstOrThrow()).id,
          sleutel: 'onbekend:1',
          soort: 'casus_bijgewerkt',
          ontvanger: {},
          data: {},
          status: 'verstuurd',
          volgendePoging: nu,
          aangemaakt: nu,
        },
      }),
    ).rejects.toThrow('OutboxBericht_status_check');
    expect(await o.db.prisma.outboxBericht.count({ where: { sleutel: 'onbekend:1' } })).toBe(0);
  });
});

describe('the migration of the allowed values', () => {
  it('applies to a database that already holds every value ever written', async () => {
    const db = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      // Every migration that adds an allowed-values CHECK comes after the data it must accept; so does a
      // migration that renames a table (the data is written under the table's name of its time).
      const alle = leesMigraties();
      const metCheck = alle.filter((m) => /ADD CONSTRAINT "\w+_check"/.test(m.sql)).map((m) => m.naam);
      expect(metCheck.some((naam) => naam.endsWith('_toegestane_waarden'))).toBe(true);
      const hernoemt = alle.filter((m) => /ALTER TABLE "\w+" RENAME TO/.test(m.sql)).map((m) => m.naam);
      const erna = alle
        .filter((m) => metCheck.includes(m.naam) || hernoemt.includes(m.naam))
        .map((m) => m.naam);
      await pasMigratiesToe(
        db.ruw,
        alle.filter((m) => !erna.includes(m.naam)),
      );
      const d = {
        db: db.prisma,
        klok: new TestKlok(new Date('2026-11-23T10:00:00Z')),
        privacy: nederlandsePrivacyPoort,
      };
      await importeerTafels(d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
      // A value a later migration adds to a list (such as 20261209000000_wacht_op_aanvulling) was never
      // written before that migration: the rows hold the values the first constraint already named.
      const eerste = alle.find((m) => m.naam.endsWith('_toegestane_waarden'))!.sql;
      const toen = (kolom: Kolom) => TOEGESTANE_WAARDEN[kolom].filter((w) => eerste.includes(`'${w}'`));
      expect(toen('Casus.status')).not.toContain('wacht_op_aanvulling');
      await vulMetElkeWaarde(db.ruw, ANTWOORDTABEL_VOOR_HERNOEMING, toen);
      const tel = async (antwoordTabel: string) =>
        db.ruw.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM "Casus") + (SELECT count(*) FROM "Job") + (SELECT count(*) FROM "OutboxBericht")
                  + (SELECT count(*) FROM "Escalatie") + (SELECT count(*) FROM "${antwoordTabel}") AS n`,
        );
      const voor = await tel(ANTWOORDTABEL_VOOR_HERNOEMING);
      expect(await pasMigratiesToe(db.ruw)).toEqual(erna);
      expect(await tel('Antwoord')).toEqual(voor);
      expect((await leesChecks(db.ruw)).length).toBe(KOLOMMEN.length);
    } finally {
      await db.sluit();
    }
  });
});
