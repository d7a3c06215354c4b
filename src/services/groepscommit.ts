// Group commit: several units of work in one transaction, so they share one commit, one append to the
// audit chain and one insert of their outbox messages. When that transaction fails, none of it happened;
// each unit is then done again on its own, in its own transaction, so one bad unit does not take the others
// with it. Answers (respond, with Partijen collecting those that arrive together) and due jobs (the job
// runner) both go through here.
//
// Units are either known before the transaction (answers) or claimed in it (jobs, FOR UPDATE SKIP LOCKED,
// so replicas never take the same one). A claimed unit is claimed again in its own transaction before it
// is done alone: it may be gone by then (another replica did it), and then it is reported as `weg`.
import { type Diensten, inTransactie, type Tx } from './context.ts';

/** What became of one unit: its value, or why it was refused or failed. */
export type Uitkomst<O> = { waarde: O } | { fout: unknown };

/** A unit claimed in the batch that was no longer there to do when it was to be done alone. */
export const WEG = Object.freeze({ weg: true as const });

export interface EenheidVerslag<E, O> {
  eenheid: E;
  uitkomst: Uitkomst<O> | typeof WEG;
}

export interface GroepsCommit<E, O> {
  /**
   * The units, or how to claim them in the batch's transaction (e.g. rows locked FOR UPDATE SKIP LOCKED).
   * A claim that throws fails the call: no unit was taken.
   */
  eenheden: readonly E[] | ((tx: Tx) => Promise<E[]>);
  /**
   * All units in one transaction: one outcome per unit, in order. A unit refused for its own reason is an
   * outcome (`{ fout }`), and the others still commit; throwing undoes the whole batch.
   */
  werk: (tx: Tx, eenheden: E[]) => Promise<Uitkomst<O>[]>;
  /** Before a unit of a failed batch is done alone: claim it again in its own transaction; null when gone. */
  opnieuwNemen?: (tx: Tx, eenheid: E) => Promise<E | null>;
  /**
   * A unit that failed on its own (or a batch of one that failed): what that comes to, e.g. the result
   * of a twin request that committed first, or the failure recorded for a later attempt. Default `{ fout }`.
   */
  bijFout?: (eenheid: E, fout: unknown) => Promise<Uitkomst<O>>;
}

/**
 * Runs the units in one transaction; when it fails, each (of two or more) alone. One report per unit, in
 * the order of the units (the claimed ones when they were claimed).
 */
export async function groepsCommit<E, O>(
  d: Diensten,
  { eenheden: bron, werk, opnieuwNemen, bijFout }: GroepsCommit<E, O>,
): Promise<EenheidVerslag<E, O>[]> {
  const mislukt = (eenheid: E, fout: unknown) => (bijFout ? bijFout(eenheid, fout) : { fout });
  let eenheden: E[] = typeof bron === 'function' ? [] : [...bron];
  try {
    const uitkomsten = await inTransactie(d, async (tx) => {
      if (typeof bron === 'function') eenheden = await bron(tx);
      return eenheden.length > 0 ? metUitkomst(eenheden, await werk(tx, eenheden)) : [];
    });
    return eenheden.map((eenheid, i) => ({ eenheid, uitkomst: uitkomsten[i]! }));
  } catch (fout) {
    if (eenheden.length === 0) throw fout;
    if (eenheden.length === 1)
      return [{ eenheid: eenheden[0]!, uitkomst: await mislukt(eenheden[0]!, fout) }];
  }
  // Something in the batch failed, so none of it happened: one per transaction, in the batch's order.
  const verslag: EenheidVerslag<E, O>[] = [];
  for (const eenheid of eenheden) {
    try {
      const uitkomst = await inTransactie(d, async (tx) => {
        const nog = opnieuwNemen ? await opnieuwNemen(tx, eenheid) : eenheid;
        if (nog === null) return WEG;
        return metUitkomst([nog], await werk(tx, [nog]))[0]!;
      });
      verslag.push({ eenheid, uitkomst });
    } catch (fout) {
      verslag.push({ eenheid, uitkomst: await mislukt(eenheid, fout) });
    }
  }
  return verslag;
}

/** The outcomes of `werk`, one per unit: one it left out is a failure of that unit, not a silent success. */
function metUitkomst<E, O>(eenheden: readonly E[], uitkomsten: Uitkomst<O>[]): Uitkomst<O>[] {
  return eenheden.map((_, i) => uitkomsten[i] ?? { fout: new Error('geen uitkomst voor deze eenheid') });
}
