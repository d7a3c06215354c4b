// Requests gathered into batches for group commit: those that arrive while a batch is being written wait,
// and go together in the next batch. Idle, a request goes at once (a batch of one); busy, one transaction, one append to the audit
// chain and one commit serve many. That is what lets many answers a second be stored before their ack,
// instead of each queueing for the tenant's audit lock on its own.
// Batches may run side by side (`gelijktijdig`), each on its own connection, and then nothing orders them:
// requests with the same `sleutel` (answers on one casus) therefore never go in two batches at once, so
// they are stored in the order they arrived.
// How a batch is written (one transaction; when it fails, each request on its own) is groepsCommit's, in
// groepscommit.ts; this file only decides which requests go together.
import { buitenTransactie } from '../store/transactie.ts';
import type { Uitkomst } from './groepscommit.ts';

export type { Uitkomst };

interface Wachtend<I, O> {
  invoer: I;
  klaar: (waarde: O) => void;
  mis: (fout: unknown) => void;
}

export interface PartijOpties<I> {
  /** Most requests in one batch. */
  max?: number;
  /** Batches at once. */
  gelijktijdig?: number;
  /** Requests with the same key keep their order: they are never in two running batches at once. */
  sleutel?: (invoer: I) => string;
  /** An outcome with this error puts the request back at the head of the queue, for the next batch. */
  opnieuw?: (fout: unknown) => boolean;
}

export class Partijen<I, O> {
  private wachtrij: Wachtend<I, O>[] = [];
  private bezig = 0;
  /** Keys of the requests in running batches, with how many of them each. */
  private readonly lopend = new Map<string, number>();

  constructor(
    /** One outcome per input, in order; throws only when the batch as a whole failed. */
    private readonly verwerk: (partij: I[]) => Promise<Uitkomst<O>[]>,
    private readonly opties: PartijOpties<I> = {},
  ) {}

  voeg(invoer: I): Promise<O> {
    return new Promise<O>((klaar, mis) => {
      this.wachtrij.push({ invoer, klaar, mis });
      this.volgende();
    });
  }

  /** Starts batches while a slot is free and some waiting request's key is not in a running batch. */
  private volgende(): void {
    while (this.bezig < (this.opties.gelijktijdig ?? 1) && this.wachtrij.length > 0) {
      const partij = this.neemPartij();
      if (partij.length === 0) return;
      this.begin(partij);
    }
  }

  private begin(partij: Wachtend<I, O>[]): void {
    this.bezig++;
    const sleutel = this.opties.sleutel;
    const sleutels = sleutel ? partij.map((w) => sleutel(w.invoer)) : [];
    for (const k of sleutels) this.lopend.set(k, (this.lopend.get(k) ?? 0) + 1);
    // A batch is nobody's in particular: it must not join a transaction its first caller happened to be in.
    buitenTransactie(() => this.verwerk(partij.map((w) => w.invoer)))
      .then(
        (uitkomsten) => {
          const terug: Wachtend<I, O>[] = [];
          for (const [i, w] of partij.entries()) {
            const u = uitkomsten[i];
            if (!u) w.mis(new Error('geen uitkomst voor dit verzoek'));
            else if ('fout' in u && this.opties.opnieuw?.(u.fout)) terug.push(w);
            else if ('fout' in u) w.mis(u.fout);
            else w.klaar(u.waarde);
          }
          // In their arrival order, before anything that came later with the same key.
          this.wachtrij.unshift(...terug);
        },
        (fout: unknown) => {
          for (const w of partij) w.mis(fout);
        },
      )
      .finally(() => {
        for (const k of sleutels) {
          const n = (this.lopend.get(k) ?? 1) - 1;
          if (n === 0) this.lopend.delete(k);
          else this.lopend.set(k, n);
        }
        this.bezig--;
        this.volgende();
      });
  }

  /** The next batch: the oldest requests whose key is not in a running batch, in arrival order. */
  private neemPartij(): Wachtend<I, O>[] {
    const max = this.opties.max ?? 200;
    const sleutel = this.opties.sleutel;
    if (!sleutel) return this.wachtrij.splice(0, max);
    const partij: Wachtend<I, O>[] = [];
    const blijft: Wachtend<I, O>[] = [];
    for (const w of this.wachtrij) {
      if (partij.length < max && !this.lopend.has(sleutel(w.invoer))) partij.push(w);
      else blijft.push(w);
    }
    this.wachtrij = blijft;
    return partij;
  }
}
