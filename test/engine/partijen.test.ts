// Group commit (src/services/partijen.ts): batches side by side, but one key's requests in arrival order.
import { describe, expect, it } from 'vitest';
import { Partijen, type Uitkomst } from '../../src/services/partijen.ts';

interface Vraag {
  k: string;
  n: number;
}

/** A batch processor that holds every batch until the test lets it go. */
function opnemer() {
  const partijen: { vragen: Vraag[]; laatGaan: () => void }[] = [];
  const verwerk = (vragen: Vraag[]) =>
    new Promise<Uitkomst<string>[]>((klaar) => {
      partijen.push({ vragen, laatGaan: () => klaar(vragen.map((v) => ({ waarde: `${v.k}${v.n}` }))) });
    });
  return { partijen, verwerk };
}

const tik = () => new Promise((r) => setImmediate(r));
const namen = (vragen: Vraag[]) => vragen.map((v) => `${v.k}${v.n}`);

describe('Partijen', () => {
  it('never has one key in two running batches, so its requests are done in arrival order', async () => {
    const o = opnemer();
    const p = new Partijen<Vraag, string>(o.verwerk, { gelijktijdig: 2, sleutel: (v) => v.k });
    const uit = [
      p.voeg({ k: 'a', n: 1 }),
      p.voeg({ k: 'b', n: 1 }),
      p.voeg({ k: 'a', n: 2 }),
      p.voeg({ k: 'c', n: 1 }),
      p.voeg({ k: 'b', n: 2 }),
    ];
    await tik();
    // a1 went alone; b1 took the second slot at once; the rest wait for a free slot.
    expect(o.partijen.map((x) => namen(x.vragen))).toEqual([['a1'], ['b1']]);
    o.partijen[0]!.laatGaan();
    await tik();
    // a's slot is free: a2 and c1 may go, b2 must wait for b1, which is still running.
    expect(namen(o.partijen[2]!.vragen)).toEqual(['a2', 'c1']);
    o.partijen[1]!.laatGaan();
    await tik();
    expect(namen(o.partijen[3]!.vragen)).toEqual(['b2']);
    o.partijen[2]!.laatGaan();
    o.partijen[3]!.laatGaan();
    expect(await Promise.all(uit)).toEqual(['a1', 'b1', 'a2', 'c1', 'b2']);
  });

  it('without keys, takes the whole queue in arrival order, up to max per batch', async () => {
    const o = opnemer();
    const p = new Partijen<Vraag, string>(o.verwerk, { gelijktijdig: 1, max: 2 });
    const uit = [1, 2, 3, 4].map((n) => p.voeg({ k: 'a', n }));
    await tik();
    expect(o.partijen.map((x) => namen(x.vragen))).toEqual([['a1']]);
    o.partijen[0]!.laatGaan();
    await tik();
    expect(namen(o.partijen[1]!.vragen)).toEqual(['a2', 'a3']);
    o.partijen[1]!.laatGaan();
    await tik();
    expect(namen(o.partijen[2]!.vragen)).toEqual(['a4']);
    o.partijen[2]!.laatGaan();
    expect(await Promise.all(uit)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('a batch that fails as a whole fails each of its requests, and the queue goes on', async () => {
    let keer = 0;
    const p = new Partijen<Vraag, string>(async (vragen) => {
      keer++;
      if (keer === 1) throw new Error('verbinding weg');
      return vragen.map((v) => ({ waarde: `${v.k}${v.n}` }));
    });
    const eerste = p.voeg({ k: 'a', n: 1 });
    const tweede = p.voeg({ k: 'a', n: 2 });
    await expect(eerste).rejects.toThrow('verbinding weg');
    expect(await tweede).toBe('a2');
  });
});
