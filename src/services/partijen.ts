// Group commit: requests that arrive while a batch is being written wait, and go together in the next
// batch. Idle, a request goes at once (a batch of one); busy, one transaction, one append to the audit
// chain and one commit serve many. That is what lets many answers a second be stored before their ack,
// instead of each queueing for the tenant's audit lock on its own.
import { buitenTransactie } from '../store/transactie.ts';

export type Uitkomst<O> = { waarde: O } | { fout: unknown };

interface Wachtend<I, O> {
  invoer: I;
  klaar: (waarde: O) => void;
  mis: (fout: unknown) => void;
}

export class Partijen<I, O> {
  private readonly wachtrij: Wachtend<I, O>[] = [];
  private bezig = 0;

  constructor(
    /** One outcome per input, in order; throws only when the batch as a whole failed. */
    private readonly verwerk: (partij: I[]) => Promise<Uitkomst<O>[]>,
    private readonly opties: { max?: number; gelijktijdig?: number } = {},
  ) {}

  voeg(invoer: I): Promise<O> {
    return new Promise<O>((klaar, mis) => {
      this.wachtrij.push({ invoer, klaar, mis });
      this.volgende();
    });
  }

  private volgende(): void {
    if (this.bezig >= (this.opties.gelijktijdig ?? 1) || this.wachtrij.length === 0) return;
    this.bezig++;
    const partij = this.wachtrij.splice(0, this.opties.max ?? 200);
    // A batch is nobody's in particular: it must not join a transaction its first caller happened to be in.
    buitenTransactie(() => this.verwerk(partij.map((w) => w.invoer)))
      .then(
        (uitkomsten) => {
          for (const [i, w] of partij.entries()) {
            const u = uitkomsten[i];
            if (!u) w.mis(new Error('geen uitkomst voor dit verzoek'));
            else if ('fout' in u) w.mis(u.fout);
            else w.klaar(u.waarde);
          }
        },
        (fout: unknown) => {
          for (const w of partij) w.mis(fout);
        },
      )
      .finally(() => {
        this.bezig--;
        this.volgende();
      });
  }
}
