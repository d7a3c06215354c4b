// Idempotent requests: a platform may deliver the same request twice (Slack retries, double
// clicks, repeated Teams invokes). The first one acts; a repeat gets the first one's result back.
import { json } from '../store/rijen.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';

export interface VerzoekOpties {
  /** A key unique to this user request on its platform, e.g. `slack:view:V123` or `teams:activity:abc`. */
  verzoek?: string;
}

export async function eenmalig<T>(
  tx: Tx,
  sleutel: string | undefined,
  nu: Date,
  werk: () => Promise<T>,
): Promise<T> {
  if (!sleutel) return werk();
  // The insert blocks a concurrent twin on the primary key until this transaction ends; the twin then
  // finds the row and returns the first one's result.
  const nieuw = await tx.sql.query<{ resultaat: unknown; nieuw: boolean }>(
    `INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment) VALUES ($1, '{}'::jsonb, $2)
     ON CONFLICT (sleutel) DO NOTHING RETURNING true AS nieuw`,
    [sleutel, nu],
  );
  if (nieuw.length === 0) {
    const [eerder] = await tx.sql.query<{ resultaat: unknown }>(
      `SELECT resultaat FROM "VerwerktVerzoek" WHERE sleutel = $1`,
      [sleutel],
    );
    return eerder!.resultaat as T;
  }
  const resultaat = await werk();
  await tx.sql.query(`UPDATE "VerwerktVerzoek" SET resultaat = $2 WHERE sleutel = $1`, [
    sleutel,
    json(resultaat ?? null),
  ]);
  return resultaat;
}

/** One use case in one transaction, acting at most once per request key. */
export function inVerzoek<T>(d: Diensten, opties: VerzoekOpties, werk: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransactie(d, (tx) => eenmalig(tx, opties.verzoek, d.klok.nu(), () => werk(tx)));
}
