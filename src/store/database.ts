// Opens the one database: embedded PGlite in a data directory, or PostgreSQL via DATABASE_URL.
// Both get the same Prisma client, the same migrations, and a raw handle for scripts and locks.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { vergrendelDataMap } from './datalock.ts';
import { pasMigratiesToe } from './migraties.ts';
import {
  pgliteBron,
  pgTypen,
  postgresBron,
  RoutendePool,
  routendePglite,
  type TransactieBron,
} from './transactie.ts';

export type DatabaseSoort = 'pglite' | 'postgres';

export interface RuweVerbinding {
  /** Runs a script of several statements without parameters (migrations). */
  script(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection holding a session advisory lock (PostgreSQL); PGlite is one process already. */
  exclusief<T>(slot: number, fn: (verbinding: RuweVerbinding) => Promise<T>): Promise<T>;
}

export interface Database {
  soort: DatabaseSoort;
  prisma: PrismaClient;
  ruw: RuweVerbinding;
  /** Transactions of our own, with Prisma routed into them (src/store/transactie.ts). */
  bron: TransactieBron;
  /** A human description for logs: never a password. */
  omschrijving: string;
  sluit(): Promise<void>;
}

export type DatabaseKeuze =
  | { soort: 'pglite'; dataMap: string }
  | { soort: 'pglite-geheugen' }
  | { soort: 'postgres'; url: string; poolGrootte?: number };

export interface OpenOpties {
  /** Apply pending migrations before returning (default true). */
  migreer?: boolean;
}

const bronnen = new WeakMap<PrismaClient, TransactieBron>();

/** The transaction source of a client opened here; services reach it through their PrismaClient. */
export function bronVan(prisma: PrismaClient): TransactieBron {
  const bron = bronnen.get(prisma);
  if (!bron) throw new Error('Deze PrismaClient is niet met openDatabase geopend.');
  return bron;
}

/** For a wrapped client (tests that slow the database down): the source its transactions use. */
export function koppelBron(prisma: PrismaClient, bron: TransactieBron): void {
  bronnen.set(prisma, bron);
}

export async function openDatabase(keuze: DatabaseKeuze, opties: OpenOpties = {}): Promise<Database> {
  const db =
    keuze.soort === 'postgres' ? await openPostgres(keuze.url, keuze.poolGrootte) : await openPglite(keuze);
  bronnen.set(db.prisma, db.bron);
  if (opties.migreer !== false) {
    try {
      await pasMigratiesToe(db.ruw);
    } catch (fout) {
      await db.sluit();
      throw fout;
    }
  }
  return db;
}

/**
 * PGlite's default buffer cache is PostgreSQL's 128 MB, every page of which ends up resident in the
 * WebAssembly memory of an idle server. One municipality's data is far smaller; 32 MB keeps its hot
 * tables and indexes cached (the register bench's search over 100,000 besluiten included) at a
 * quarter of the memory (see bench/geheugen).
 */
const PGLITE_START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

async function openPglite(keuze: { soort: 'pglite'; dataMap: string } | { soort: 'pglite-geheugen' }) {
  let ontgrendel: (() => Promise<void>) | undefined;
  let map = 'memory://';
  if (keuze.soort === 'pglite') {
    map = path.resolve(keuze.dataMap);
    mkdirSync(map, { recursive: true });
    // PGlite lets a second process open a directory in use and destroys it: refuse first.
    ontgrendel = await vergrendelDataMap(map);
  }
  let pglite: PGlite;
  try {
    pglite = new PGlite(keuze.soort === 'pglite' ? map : undefined, { startParams: PGLITE_START });
    await pglite.waitReady;
  } catch (fout) {
    await ontgrendel?.();
    throw fout;
  }
  // pglite-prisma-adapter is built against an older driver-adapter-utils; the runtime contract is the same.
  // Prisma and raw queries go through the router: inside one of our transactions they join it.
  const gerouteerd = routendePglite(pglite);
  const adapter = new PrismaPGlite(gerouteerd) as unknown as ConstructorParameters<
    typeof PrismaClient
  >[0] extends infer O
    ? O extends { adapter?: infer A }
      ? NonNullable<A>
      : never
    : never;
  const prisma = new PrismaClient({ adapter });
  const ruw: RuweVerbinding = {
    async script(sql) {
      await gerouteerd.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await gerouteerd.query(sql, params)).rows as T[];
    },
    exclusief: (_slot, fn) => fn(ruw),
  };
  return {
    soort: 'pglite' as const,
    prisma,
    ruw,
    bron: pgliteBron(pglite),
    omschrijving: keuze.soort === 'pglite' ? `PGlite in ${map}` : 'PGlite in het geheugen',
    async sluit() {
      await prisma.$disconnect();
      await pglite.close();
      await ontgrendel?.();
    },
  };
}

async function openPostgres(url: string, poolGrootte = 10) {
  const pool = new RoutendePool({ connectionString: url, max: poolGrootte, types: pgTypen });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const ruw: RuweVerbinding = {
    async script(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exclusief(slot, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [slot]);
        const verbinding: RuweVerbinding = {
          script: async (sql) => void (await client.query(sql)),
          query: async <T>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as T[],
          exclusief: (_s, f) => f(verbinding),
        };
        return await fn(verbinding);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [slot]).catch(() => {});
        client.release();
      }
    },
  };
  const host = new URL(url);
  return {
    soort: 'postgres' as const,
    prisma,
    ruw,
    bron: postgresBron(pool),
    omschrijving: `PostgreSQL op ${host.hostname}:${host.port || 5432}${host.pathname}`,
    async sluit() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
