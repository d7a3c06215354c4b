// Multi-row statements for plain SQL: one round trip for many rows, parameters numbered in order.
import type { Sql } from './transactie.ts';

/** `($1, $2), ($3, $4)` for the rows, and their parameters flattened; `start` numbers after earlier ones. */
export function waardenlijst(rijen: readonly (readonly unknown[])[], start = 1) {
  const params: unknown[] = [];
  const groepen = rijen.map((rij) => {
    const plaatsen = rij.map((waarde) => {
      params.push(waarde);
      return `$${start + params.length - 1}`;
    });
    return `(${plaatsen.join(', ')})`;
  });
  return { tekst: groepen.join(', '), params };
}

/** JSON for a jsonb parameter: both drivers take JSON text as is (pg would turn an array into a SQL array). */
export const json = (waarde: unknown) => JSON.stringify(waarde ?? null);

/**
 * INSERT of many rows in one statement. `kolommen` are quoted here; `rest` follows the VALUES list
 * (ON CONFLICT …, RETURNING …). PostgreSQL allows 65,535 parameters: larger inserts go in parts.
 */
export async function voegIn<T = Record<string, unknown>>(
  sql: Sql,
  tabel: string,
  kolommen: readonly string[],
  rijen: readonly (readonly unknown[])[],
  rest = '',
): Promise<T[]> {
  if (rijen.length === 0) return [];
  const perKeer = Math.max(1, Math.floor(60_000 / kolommen.length));
  const uit: T[] = [];
  for (let i = 0; i < rijen.length; i += perKeer) {
    const { tekst, params } = waardenlijst(rijen.slice(i, i + perKeer));
    const namen = kolommen.map((k) => `"${k}"`).join(', ');
    uit.push(...(await sql.query<T>(`INSERT INTO "${tabel}" (${namen}) VALUES ${tekst} ${rest}`, params)));
  }
  return uit;
}
