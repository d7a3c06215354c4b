// Our own transactions, on one connection of the pool (PostgreSQL) or PGlite's single one, with
// Prisma routed into them. Why: Prisma 6's JS query engine costs ~1 ms of CPU to open and close an
// interactive transaction and ~2 ms per model query; the hot paths (an answer in the ack, a batch of
// due jobs) write plain SQL on the transaction's connection instead, while everything else keeps
// Prisma's model API in the same transaction. A query Prisma sends while a transaction of ours is
// current in the async context (AsyncLocalStorage) goes to that transaction's connection.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { PGlite, Transaction as PgliteTransactie } from '@electric-sql/pglite';
import pg from 'pg';

/** Plain SQL on the current transaction: `$1..$n` parameters, one PostgreSQL dialect everywhere. */
export interface Sql {
  query<T = Record<string, unknown>>(tekst: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface TransactieBron {
  /** Runs `werk` in one transaction: committed when it returns, rolled back when it throws. */
  transactie<T>(werk: (sql: Sql) => Promise<T>): Promise<T>;
  /** Plain SQL outside a transaction (inside one, it joins it): for reads. */
  lees: Sql;
  /** How many transactions can usefully run at once (PGlite has one connection). */
  gelijktijdig: number;
}

export class TransactieFout extends Error {}

interface Lopend {
  /** For Prisma's routed queries: the pool's client or PGlite's transaction. */
  pg?: pg.PoolClient;
  pglite?: PgliteTransactie;
  open: boolean;
}

const lopend = new AsyncLocalStorage<Lopend>();

function huidig(): Lopend | undefined {
  const t = lopend.getStore();
  if (t && !t.open) {
    // Work started inside a transaction that outlived it (a timer, a forgotten promise): never let it
    // write outside the transaction it belonged to.
    throw new TransactieFout('Deze transactie is al afgesloten; een query kwam te laat.');
  }
  return t;
}

/** Runs `f` outside any current transaction, e.g. background work started from a use case. */
export function buitenTransactie<T>(f: () => T): T {
  return lopend.exit(f);
}

// Timestamps are stored as UTC instants in `timestamp(3)` (Prisma's DateTime); read them as UTC whatever
// the process' time zone, and send Dates as ISO instants (pg would send local time with an offset).
const TIMESTAMP = 1114;
const INT8 = 20;
const alsUtc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
const alsGetal = (s: string) => {
  const n = BigInt(s);
  return n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER) ? n : Number(n);
};
const naarParam = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

// Named statements: PostgreSQL parses and plans each once per connection instead of on every call.
// The hot paths send the same few dozen texts thousands of times; that halves the server's CPU per query.
// A migration by another replica can change what `SELECT *` returns; PostgreSQL then refuses the cached
// statement ("cached plan must not change result type"). New names make every connection prepare afresh,
// and the transaction is retried (see isHerhaalbaar).
const namen = new Map<string, string>();
let generatie = 0;

export function isVerouderdPlan(fout: unknown): boolean {
  const f = fout as { code?: string; message?: string };
  if (f?.code !== '0A000' || !/cached plan must not change result type/.test(f.message ?? '')) return false;
  generatie++;
  namen.clear();
  return true;
}

function pgVraag(tekst: string, params: readonly unknown[]): pg.QueryConfig {
  let naam = namen.get(tekst);
  if (!naam) {
    naam = `mwb${generatie}_${createHash('sha1').update(tekst).digest('hex').slice(0, 20)}`;
    if (namen.size > 5_000) namen.clear();
    namen.set(tekst, naam);
  }
  return { name: naam, text: tekst, values: params.map(naarParam) };
}

export const pgTypen = {
  getTypeParser(oid: number, formaat?: 'text' | 'binary') {
    if (oid === TIMESTAMP) return alsUtc;
    if (oid === INT8) return alsGetal;
    return pg.types.getTypeParser(oid, formaat);
  },
} as pg.CustomTypesConfig;

const pgliteParsers = { [TIMESTAMP]: alsUtc, [INT8]: alsGetal };

/**
 * Prisma opens a transaction of its own for a write of several statements (a nested create, an upsert).
 * Inside ours that becomes a savepoint on our connection: atomic within ours, committed with it.
 */
let savepoints = 0;
const volgendeSavepoint = () => `prisma_${++savepoints}`;

function geneste(client: pg.PoolClient): pg.PoolClient {
  const naam = volgendeSavepoint();
  const vertaal = (tekst: unknown) => {
    const s = typeof tekst === 'string' ? tekst : (tekst as { text?: string })?.text;
    if (s === 'BEGIN') return `SAVEPOINT ${naam}`;
    if (s === 'COMMIT') return `RELEASE SAVEPOINT ${naam}`;
    if (s === 'ROLLBACK') return `ROLLBACK TO SAVEPOINT ${naam}`;
    return null;
  };
  return new Proxy(client, {
    get(doel, sleutel) {
      if (sleutel === 'query') {
        return (...args: unknown[]) => {
          const vervangen = vertaal(args[0]);
          // biome-ignore lint/suspicious/noExplicitAny: forwards pg's own overloads
          return vervangen ? doel.query(vervangen) : (doel.query as any)(...args);
        };
      }
      // The connection stays ours: Prisma's release and error listeners must not touch it.
      if (sleutel === 'release') return () => {};
      if (sleutel === 'on' || sleutel === 'removeListener') return () => doel;
      const waarde = Reflect.get(doel, sleutel, doel);
      return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
    },
  });
}

/** A pg.Pool whose `query` and `connect` (what Prisma's adapter calls) join the current transaction. */
export class RoutendePool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg.Pool.query has many overloads; this forwards them all
  override query(...args: any[]): any {
    const t = huidig();
    // biome-ignore lint/suspicious/noExplicitAny: see above
    if (t?.pg) return (t.pg.query as any)(...args);
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (super.query as any)(...args);
  }

  // biome-ignore lint/suspicious/noExplicitAny: forwards both the callback and the promise form
  override connect(...args: any[]): any {
    if (args.length === 0) {
      const t = huidig();
      if (t?.pg) return Promise.resolve(geneste(t.pg));
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (super.connect as any)(...args);
  }

  eigenVerbinding(): Promise<pg.PoolClient> {
    return super.connect();
  }
}

export function postgresBron(pool: RoutendePool, gelijktijdig = 2): TransactieBron {
  return {
    gelijktijdig,
    lees: {
      async query<T>(tekst: string, params: readonly unknown[] = []) {
        return (await pool.query(pgVraag(tekst, params))).rows as T[];
      },
    },
    async transactie(werk) {
      const client = await pool.eigenVerbinding();
      const t: Lopend = { pg: client, open: true };
      const sql: Sql = {
        async query<T>(tekst: string, params: readonly unknown[] = []) {
          if (!t.open) throw new TransactieFout('Deze transactie is al afgesloten.');
          return (await client.query(pgVraag(tekst, params))).rows as T[];
        },
      };
      let kapot = false;
      try {
        await client.query('BEGIN');
        const uitkomst = await lopend.run(t, () => werk(sql));
        await client.query('COMMIT');
        return uitkomst;
      } catch (fout) {
        await client.query('ROLLBACK').catch(() => {
          kapot = true;
        });
        throw fout;
      } finally {
        t.open = false;
        client.release(kapot ? new Error('verbinding na mislukte ROLLBACK') : undefined);
      }
    },
  };
}

/**
 * PGlite has one connection; its `transaction()` holds it. The wrapper handed to Prisma's adapter sends a
 * query made inside our transaction to that transaction (anything else would wait for it forever).
 */
export function routendePglite(pglite: PGlite): PGlite {
  return new Proxy(pglite, {
    get(doel, naam) {
      if (naam === 'query' || naam === 'exec') {
        return (...args: unknown[]) => {
          const t = huidig();
          const ontvanger = t?.pglite ?? doel;
          // biome-ignore lint/suspicious/noExplicitAny: forwards PGlite's own signature
          return (ontvanger[naam] as any).apply(ontvanger, args);
        };
      }
      if (naam === 'transaction') {
        return async (werk: (tx: PgliteTransactie) => Promise<unknown>) => {
          const t = huidig();
          if (!t?.pglite) return doel.transaction(werk);
          return genesteInPglite(t.pglite, werk);
        };
      }
      const waarde = Reflect.get(doel, naam, doel);
      return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
    },
  });
}

/** Prisma's own transaction inside ours, on PGlite: a savepoint (see `geneste`). */
async function genesteInPglite(tx: PgliteTransactie, werk: (tx: PgliteTransactie) => Promise<unknown>) {
  const naam = volgendeSavepoint();
  let terug = false;
  const binnen: PgliteTransactie = {
    query: (...a) => tx.query(...a),
    sql: (...a) => tx.sql(...a),
    exec: (...a) => tx.exec(...a),
    listen: (...a) => tx.listen(...a),
    async rollback() {
      terug = true;
    },
    get closed() {
      return tx.closed;
    },
  };
  await tx.query(`SAVEPOINT ${naam}`);
  try {
    const uitkomst = await werk(binnen);
    await tx.query(terug ? `ROLLBACK TO SAVEPOINT ${naam}` : `RELEASE SAVEPOINT ${naam}`);
    return uitkomst;
  } catch (fout) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${naam}`).catch(() => {});
    throw fout;
  }
}

export function pgliteBron(pglite: PGlite): TransactieBron {
  return {
    gelijktijdig: 1,
    lees: {
      async query<T>(tekst: string, params: readonly unknown[] = []) {
        const ontvanger = huidig()?.pglite ?? pglite;
        return (
          await ontvanger.query<T>(tekst, params.map(naarParam) as unknown[], { parsers: pgliteParsers })
        ).rows;
      },
    },
    transactie(werk) {
      return pglite.transaction(async (tx) => {
        const t: Lopend = { pglite: tx, open: true };
        const sql: Sql = {
          async query<T>(tekst: string, params: readonly unknown[] = []) {
            if (!t.open) throw new TransactieFout('Deze transactie is al afgesloten.');
            return (await tx.query<T>(tekst, params.map(naarParam) as unknown[], { parsers: pgliteParsers }))
              .rows;
          },
        };
        try {
          return await lopend.run(t, () => werk(sql));
        } finally {
          t.open = false;
        }
      });
    },
  };
}
