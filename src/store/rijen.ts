// Many rows in one statement for plain SQL. The rows travel as one array per column and are unnested by
// the database, so the statement text is the same for 1 row or 1,000: prepared once, no parameter limit,
// and no parsing of a VALUES list that grows with the batch.
import type { Sql } from './transactie.ts';

/** JSON for a jsonb parameter: both drivers take JSON text as is (pg would turn an array into a SQL array). */
export const json = (waarde: unknown) => JSON.stringify(waarde ?? null);

/** A column and its PostgreSQL type, as the array parameter is cast: `['data', 'jsonb']`. */
export type Kolom = readonly [naam: string, type: string];

/**
 * INSERT of many rows in one statement. `rest` follows the SELECT (ON CONFLICT …, RETURNING …). Values:
 * Dates as instants, JSON as text (see `json`), null where the column allows it.
 */
export async function voegIn<T = Record<string, unknown>>(
  sql: Sql,
  tabel: string,
  kolommen: readonly Kolom[],
  rijen: readonly (readonly unknown[])[],
  rest = '',
): Promise<T[]> {
  if (rijen.length === 0) return [];
  const { lijst, params } = kolomArrays(kolommen, rijen);
  const namen = kolommen.map(([k]) => `"${k}"`).join(', ');
  return sql.query<T>(`INSERT INTO "${tabel}" (${namen}) ${lijst} ${rest}`, params);
}

/**
 * `SELECT … FROM unnest($start::type[], …)` in the rows' order (a serial column then follows it), and the
 * arrays as parameters; `start` numbers the parameters after earlier ones.
 */
export function kolomArrays(kolommen: readonly Kolom[], rijen: readonly (readonly unknown[])[], start = 1) {
  const arrays = kolommen.map(([, type], i) => `$${start + i}::${type}[]`).join(', ');
  const alias = kolommen.map((_, i) => `k${i}`);
  const params = kolommen.map((_, i) =>
    rijen.map((rij) => {
      const waarde = rij[i];
      return waarde instanceof Date ? waarde.toISOString() : waarde;
    }),
  );
  return {
    lijst: `SELECT ${alias.join(', ')} FROM unnest(${arrays}) WITH ORDINALITY AS u(${alias.join(', ')}, rangorde) ORDER BY rangorde`,
    params,
  };
}
