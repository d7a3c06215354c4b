// Copying a database's contents table by table, for backups, restores and the move from the embedded
// database to a PostgreSQL server. Generic on purpose: tables, columns, foreign keys and sequences are
// read from the catalogue, so a migration that adds a table or a column needs no change here.
// Rows travel as PostgreSQL's own JSON text (row_to_json) and go back in through
// json_populate_recordset: every type (timestamps, numerics, bytea, jsonb, tsvector) makes the round
// trip in PostgreSQL's text form, without passing through JavaScript values.
import type { Sql } from './transactie.ts';

/** Prisma's bookkeeping: the target applies migrations itself. */
export const MIGRATIETABEL = '_prisma_migrations';

export interface Tabel {
  naam: string;
  /** Columns that hold data: generated columns are left out (the target computes them again). */
  kolommen: string[];
}

export interface Reeks {
  waarde: string;
  gebruikt: boolean;
}

export const ident = (naam: string) => `"${naam.replaceAll('"', '""')}"`;

/** The tables of the current schema in foreign-key order: a table comes after the tables it points to. */
export async function leesTabellen(sql: Sql): Promise<Tabel[]> {
  const kolommen = await sql.query<{ tabel: string; kolom: string }>(
    `SELECT c.table_name AS tabel, c.column_name AS kolom
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = current_schema() AND c.is_generated = 'NEVER' AND c.table_name <> $1
      ORDER BY c.table_name, c.ordinal_position`,
    [MIGRATIETABEL],
  );
  const perTabel = new Map<string, string[]>();
  for (const { tabel, kolom } of kolommen) perTabel.set(tabel, [...(perTabel.get(tabel) ?? []), kolom]);
  const verwijzingen = await sql.query<{ van: string; naar: string }>(
    `SELECT v.relname AS van, n.relname AS naar
       FROM pg_constraint c
       JOIN pg_class v ON v.oid = c.conrelid
       JOIN pg_class n ON n.oid = c.confrelid
       JOIN pg_namespace s ON s.oid = v.relnamespace
      WHERE c.contype = 'f' AND s.nspname = current_schema()`,
  );
  // Kahn's algorithm, alphabetical among equals so every dump of the same schema has the same order.
  const wacht = new Map<string, Set<string>>([...perTabel.keys()].map((t) => [t, new Set<string>()]));
  for (const { van, naar } of verwijzingen) if (van !== naar && wacht.has(naar)) wacht.get(van)?.add(naar);
  const volgorde: string[] = [];
  while (wacht.size > 0) {
    const klaar = [...wacht].filter(([, op]) => op.size === 0).map(([t]) => t);
    if (klaar.length === 0)
      throw new Error(`Kringverwijzing tussen tabellen: ${[...wacht.keys()].join(', ')}`);
    for (const t of klaar.sort()) {
      volgorde.push(t);
      wacht.delete(t);
      for (const op of wacht.values()) op.delete(t);
    }
  }
  return volgorde.map((naam) => ({ naam, kolommen: perTabel.get(naam)! }));
}

/** Every row of a table as JSON text, in batches, through a cursor (the table is never whole in memory). */
export async function leesRijen(
  sql: Sql,
  tabel: Tabel,
  verwerk: (rijen: string[]) => Promise<void>,
  partij = 500,
): Promise<number> {
  const cursor = `kopie_${tabel.naam.replace(/\W/g, '_').toLowerCase()}`;
  const selectie = tabel.kolommen.map(ident).join(', ');
  await sql.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS j FROM (SELECT ${selectie} FROM ${ident(tabel.naam)}) r`,
  );
  let aantal = 0;
  try {
    for (;;) {
      const rijen = await sql.query<{ j: string }>(`FETCH ${partij} FROM ${cursor}`);
      if (rijen.length === 0) break;
      aantal += rijen.length;
      await verwerk(rijen.map((r) => r.j));
    }
  } finally {
    await sql.query(`CLOSE ${cursor}`);
  }
  return aantal;
}

/** Inserts rows given as JSON text into the named columns; other columns get their defaults. */
export async function schrijfRijen(
  sql: Sql,
  tabel: string,
  kolommen: string[],
  rijen: string[],
): Promise<void> {
  if (rijen.length === 0) return;
  const lijst = kolommen.map(ident).join(', ');
  await sql.query(
    `INSERT INTO ${ident(tabel)} (${lijst}) OVERRIDING SYSTEM VALUE
     SELECT ${lijst} FROM json_populate_recordset(NULL::${ident(tabel)}, $1::json)`,
    [`[${rijen.join(',')}]`],
  );
}

export async function leesReeksen(sql: Sql): Promise<Record<string, Reeks>> {
  const namen = await sql.query<{ naam: string }>(
    `SELECT sequence_name AS naam FROM information_schema.sequences
      WHERE sequence_schema = current_schema() ORDER BY sequence_name`,
  );
  const reeksen: Record<string, Reeks> = {};
  for (const { naam } of namen) {
    const [r] = await sql.query<{ waarde: string; gebruikt: boolean }>(
      `SELECT last_value::text AS waarde, is_called AS gebruikt FROM ${ident(naam)}`,
    );
    reeksen[naam] = r!;
  }
  return reeksen;
}

export async function zetReeksen(sql: Sql, reeksen: Record<string, Reeks>): Promise<void> {
  for (const [naam, r] of Object.entries(reeksen))
    await sql.query('SELECT setval($1::regclass, $2::bigint, $3)', [ident(naam), r.waarde, r.gebruikt]);
}

export async function telRijen(sql: Sql, tabellen: readonly string[]): Promise<Record<string, number>> {
  const aantallen: Record<string, number> = {};
  for (const t of tabellen) {
    const [r] = await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(t)}`);
    aantallen[t] = Number(r!.n);
  }
  return aantallen;
}

/** The first table that holds rows, or null when every table is empty (or there are none). */
export async function eersteGevuldeTabel(sql: Sql): Promise<string | null> {
  for (const { naam } of await leesTabellen(sql)) {
    const [r] = await sql.query<{ gevuld: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${ident(naam)}) AS gevuld`,
    );
    if (r!.gevuld) return naam;
  }
  return null;
}

/** Migrations applied, in order of name (which is their order), with their checksums. */
export async function toegepasteMigraties(sql: Sql): Promise<{ naam: string; checksum: string }[]> {
  const [bestaat] = await sql.query<{ b: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_name = $1) AS b`,
    [MIGRATIETABEL],
  );
  if (!bestaat!.b) return [];
  return sql.query<{ naam: string; checksum: string }>(
    `SELECT migration_name AS naam, checksum FROM ${ident(MIGRATIETABEL)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
}
