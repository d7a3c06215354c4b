// Group commit (src/services/groepscommit.ts), the one helper answers and jobs share: units of work in one
// transaction; when it fails, each alone, so one bad unit does not fail the others; one report per unit;
// nothing half-written. Each unit writes one row (a VerwerktVerzoek key) so the test sees what committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doeVoorCommit, inTransactie, type Tx } from '../../src/services/context.ts';
import { type EenheidVerslag, groepsCommit, type Uitkomst } from '../../src/services/groepscommit.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';

/** What a unit does in the test: its work goes through, is refused (an outcome), or throws. */
type Gedrag = 'goed' | 'geweigerd' | 'stuk';

interface Geval {
  regel: string;
  eenheden: Record<string, Gedrag>;
  /** A step of the batch's transaction that fails whatever its units did (a commit-time step). */
  batchFaalt?: 'eenmaal' | 'altijd';
  /** Reported per unit: its value (the unit's name), or the error's message. */
  verslag: Record<string, string>;
  /** The units whose row is in the database afterwards. */
  geschreven: string[];
  /** Transactions the work ran in: 1 is the batch alone. */
  werkAanroepen: number;
  /** The units the failure hook was asked about. */
  bijFout: string[];
}

const GEVALLEN: Geval[] = [
  {
    regel: 'all succeed: one transaction, every unit committed and reported',
    eenheden: { a: 'goed', b: 'goed', c: 'goed' },
    verslag: { a: 'a', b: 'b', c: 'c' },
    geschreven: ['a', 'b', 'c'],
    werkAanroepen: 1,
    bijFout: [],
  },
  {
    regel: 'one fails: the others commit, each alone; the failing one is reported and nothing of it is kept',
    eenheden: { a: 'goed', b: 'stuk', c: 'goed' },
    verslag: { a: 'a', b: 'b is stuk', c: 'c' },
    geschreven: ['a', 'c'],
    werkAanroepen: 4,
    bijFout: ['b'],
  },
  {
    regel: 'one refused for its own reason: an outcome, the others commit in the same batch',
    eenheden: { a: 'goed', b: 'geweigerd', c: 'goed' },
    verslag: { a: 'a', b: 'b geweigerd', c: 'c' },
    geschreven: ['a', 'c'],
    werkAanroepen: 1,
    bijFout: [],
  },
  {
    regel: 'the batch fails for a reason of no unit: nothing of it is kept, then each alone commits',
    eenheden: { a: 'goed', b: 'goed', c: 'goed' },
    batchFaalt: 'eenmaal',
    verslag: { a: 'a', b: 'b', c: 'c' },
    geschreven: ['a', 'b', 'c'],
    werkAanroepen: 4,
    bijFout: [],
  },
  {
    regel: 'every transaction fails: every unit reported failed, nothing half-written',
    eenheden: { a: 'goed', b: 'goed' },
    batchFaalt: 'altijd',
    verslag: { a: 'de database weigert', b: 'de database weigert' },
    geschreven: [],
    werkAanroepen: 3,
    bijFout: ['a', 'b'],
  },
  {
    regel: 'a batch of one that fails is already alone: reported, not tried twice',
    eenheden: { a: 'stuk' },
    verslag: { a: 'a is stuk' },
    geschreven: [],
    werkAanroepen: 1,
    bijFout: ['a'],
  },
];

const waarde = (u: EenheidVerslag<string, string>['uitkomst']) =>
  'weg' in u ? 'weg' : 'waarde' in u ? u.waarde : (u.fout as Error).message;

describe.each(SOORTEN)('groepsCommit on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const rijen = async (voorvoegsel: string) =>
    (
      await o.db.prisma.verwerktVerzoek.findMany({
        where: { sleutel: { startsWith: voorvoegsel } },
        orderBy: { sleutel: 'asc' },
      })
    ).map((r) => r.sleutel.slice(voorvoegsel.length));

  it.each(GEVALLEN.map((g, i) => [g.regel, g, i] as const))('%s', async (_regel, g, i) => {
    const voorvoegsel = `geval${i}:`;
    let werkAanroepen = 0;
    let batchGefaald = false;
    const bijFout: string[] = [];
    const werk = async (tx: Tx, eenheden: string[]): Promise<Uitkomst<string>[]> => {
      werkAanroepen++;
      const uit: Uitkomst<string>[] = [];
      for (const e of eenheden) {
        if (g.eenheden[e] === 'geweigerd') {
          uit.push({ fout: new Error(`${e} geweigerd`) });
          continue;
        }
        await tx.sql.query(
          `INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment) VALUES ($1, 'null', $2)`,
          [voorvoegsel + e, o.klok.nu()],
        );
        // Written first, then broken: the row must not survive.
        if (g.eenheden[e] === 'stuk') throw new Error(`${e} is stuk`);
        uit.push({ waarde: e });
      }
      const faalt = g.batchFaalt === 'altijd' || (g.batchFaalt === 'eenmaal' && !batchGefaald);
      if (faalt) {
        batchGefaald = true;
        doeVoorCommit(tx, async () => {
          throw new Error('de database weigert');
        });
      }
      return uit;
    };
    const verslag = await groepsCommit<string, string>(o.d, {
      eenheden: Object.keys(g.eenheden),
      werk,
      bijFout: async (e, fout) => {
        bijFout.push(e);
        return { fout };
      },
    });
    expect(Object.fromEntries(verslag.map((v) => [v.eenheid, waarde(v.uitkomst)]))).toEqual(g.verslag);
    expect(await rijen(voorvoegsel)).toEqual(g.geschreven);
    expect(werkAanroepen).toBe(g.werkAanroepen);
    expect(bijFout).toEqual(g.bijFout);
  });

  it('claims its units in the transaction, claims them again alone, and reports one another took as gone', async () => {
    const voorvoegsel = 'claim:';
    for (const e of ['a', 'b', 'c', 'd'])
      await o.db.prisma.verwerktVerzoek.create({
        data: { sleutel: voorvoegsel + e, resultaat: 'open', moment: o.klok.nu() },
      });
    const neem = (tx: Tx, sleutel?: string) =>
      tx.sql.query<{ sleutel: string }>(
        `SELECT sleutel FROM "VerwerktVerzoek" WHERE resultaat = '"open"' AND sleutel LIKE $1
          ORDER BY sleutel LIMIT 3 FOR UPDATE SKIP LOCKED`,
        [sleutel ?? `${voorvoegsel}%`],
      );
    const verslag = await groepsCommit<string, string>(o.d, {
      eenheden: async (tx) => (await neem(tx)).map((r) => r.sleutel.slice(voorvoegsel.length)),
      werk: async (tx, eenheden) => {
        const uit: Uitkomst<string>[] = [];
        for (const e of eenheden) {
          await tx.sql.query(`UPDATE "VerwerktVerzoek" SET resultaat = '"klaar"' WHERE sleutel = $1`, [
            voorvoegsel + e,
          ]);
          if (e === 'a') throw new Error('a is stuk');
          uit.push({ waarde: e });
        }
        return uit;
      },
      opnieuwNemen: async (tx, e) => ((await neem(tx, voorvoegsel + e)).length > 0 ? e : null),
      // While a's failure is dealt with, another replica does c.
      bijFout: async (_e, fout) => {
        await inTransactie(o.d, (tx) =>
          tx.sql.query(`UPDATE "VerwerktVerzoek" SET resultaat = '"elders"' WHERE sleutel = $1`, [
            `${voorvoegsel}c`,
          ]),
        );
        return { fout };
      },
    });
    expect(verslag.map((v) => [v.eenheid, waarde(v.uitkomst)])).toEqual([
      ['a', 'a is stuk'],
      ['b', 'b'],
      ['c', 'weg'],
    ]);
    const stand = await o.db.prisma.verwerktVerzoek.findMany({
      where: { sleutel: { startsWith: voorvoegsel } },
      orderBy: { sleutel: 'asc' },
    });
    // d was not claimed (three at most); a kept nothing; c was done once, elsewhere.
    expect(stand.map((r) => [r.sleutel.slice(voorvoegsel.length), r.resultaat])).toEqual([
      ['a', 'open'],
      ['b', 'klaar'],
      ['c', 'elders'],
      ['d', 'open'],
    ]);
  });

  it('a claim that fails is the call failing: no unit taken, nothing reported', async () => {
    let gewerkt = false;
    await expect(
      groepsCommit<string, string>(o.d, {
        eenheden: async () => {
          throw new Error('claim mislukt');
        },
        werk: async () => {
          gewerkt = true;
          return [];
        },
      }),
    ).rejects.toThrow('claim mislukt');
    expect(gewerkt).toBe(false);
  });
});
