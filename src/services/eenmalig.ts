// Idempotent requests: a platform may deliver the same request twice (Slack retries, double
// clicks, repeated Teams invokes). The first one acts; a repeat gets the first one's result back.
//
// The request's key is written with its result just before commit. A twin running at the same time
// waits on that key until the first commits, finds it taken, and rolls back all it did; a twin that
// comes later may first run into what the first one changed (the round it answered is now closed). In
// both cases the twin gets the first one's result. One statement in the common case, on the hot path.
import { bronVan } from '../store/database.ts';
import { json, voegIn } from '../store/rijen.ts';
import { type Diensten, doeVoorCommit, inTransactie, type Tx } from './context.ts';

export interface VerzoekOpties {
  /** A key unique to this user request on its platform, e.g. `slack:view:V123` or `teams:activity:abc`. */
  verzoek?: string;
}

export class AlVerwerkt extends Error {
  constructor(readonly sleutel: string) {
    super(`verzoek ${sleutel} is al verwerkt`);
  }
}

export async function eerderResultaat<T>(d: Diensten, sleutel: string): Promise<{ resultaat: T } | null> {
  const [rij] = await bronVan(d.db).lees.query<{ resultaat: T }>(
    `SELECT resultaat FROM "VerwerktVerzoek" WHERE sleutel = $1`,
    [sleutel],
  );
  return rij ?? null;
}

/** Records `sleutel` with the result of `werk` in the transaction of `werk`; see inVerzoek. */
export async function eenmalig<T>(
  tx: Tx,
  sleutel: string | undefined,
  nu: Date,
  werk: () => Promise<T>,
): Promise<T> {
  const resultaat = await werk();
  if (!sleutel) return resultaat;
  const vastleggen = async () => {
    const nieuw = await tx.sql.query(
      `INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment) VALUES ($1, $2, $3)
       ON CONFLICT (sleutel) DO NOTHING RETURNING sleutel`,
      [sleutel, json(resultaat ?? null), nu],
    );
    if (nieuw.length === 0) throw new AlVerwerkt(sleutel);
  };
  if (!doeVoorCommit(tx, vastleggen)) await vastleggen();
  return resultaat;
}

/**
 * The keys of a batch of requests with their results, written just before commit in one statement; when
 * one of them was taken meanwhile (a twin committed first), the whole batch rolls back (see respond).
 */
export function legVerzoekenVast(tx: Tx, rijen: readonly (readonly [string, string, Date])[]): void {
  if (rijen.length === 0) return;
  const vastleggen = async () => {
    const nieuw = await voegIn(
      tx.sql,
      'VerwerktVerzoek',
      [
        ['sleutel', 'text'],
        ['resultaat', 'jsonb'],
        ['moment', 'timestamp(3)'],
      ],
      rijen,
      'ON CONFLICT (sleutel) DO NOTHING RETURNING sleutel',
    );
    if (nieuw.length !== rijen.length) throw new AlVerwerkt(rijen.map((r) => r[0]).join(','));
  };
  if (!doeVoorCommit(tx, vastleggen)) throw new Error('legVerzoekenVast buiten inTransactie');
}

/** One use case in one transaction, acting at most once per request key. */
export async function inVerzoek<T>(
  d: Diensten,
  opties: VerzoekOpties,
  werk: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await inTransactie(d, (tx) => eenmalig(tx, opties.verzoek, d.klok.nu(), () => werk(tx)));
  } catch (fout) {
    if (!opties.verzoek) throw fout;
    // The request was handled before (or by its twin, just now): its result, not this attempt's error.
    const eerder = await eerderResultaat<T>(d, opties.verzoek);
    if (eerder) return eerder.resultaat;
    if (fout instanceof AlVerwerkt) throw new Error(`verzoek ${opties.verzoek} verdween na verwerking`);
    throw fout;
  }
}

/** How long a platform delivery is remembered: Slack retries for about an hour, Teams within minutes. */
export const LEVERING_ONTHOUDEN_MS = 24 * 3_600_000;

/**
 * A platform delivery (a Slack event_id, a click's trigger_id, a Teams activity id) seen for the first time?
 * The key is claimed in the database, so a redelivery that reaches another process is recognised too. For
 * listeners whose effect is not a stored change (opening a form, publishing App Home, a greeting): stored
 * changes carry their own request key, written with the change (see inVerzoek).
 */
export async function eersteLevering(
  d: Diensten,
  sleutel: string,
  nu: Date,
  geldigMs = LEVERING_ONTHOUDEN_MS,
): Promise<boolean> {
  // One statement on its own (autocommitted): the claim is visible to every replica at once.
  const rijen = await bronVan(d.db).lees.query(
    `INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment, verloopt) VALUES ($1, 'null', $2, $3)
     ON CONFLICT (sleutel) DO NOTHING RETURNING 1`,
    [sleutel, nu, new Date(nu.getTime() + geldigMs)],
  );
  return rijen.length > 0;
}

/** Removes remembered deliveries whose time has passed; returns how many. */
export async function vergeetVerlopenLeveringen(d: Diensten, nu: Date): Promise<number> {
  const rijen = await bronVan(d.db).lees.query(
    `DELETE FROM "VerwerktVerzoek" WHERE verloopt < $1 RETURNING 1`,
    [nu],
  );
  return rijen.length;
}
