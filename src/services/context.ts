// What every service needs: the database, the clock, the privacy gate. Injected, so tests control time.
import type { Prisma, PrismaClient } from '@prisma/client';
import { bronVan } from '../store/database.ts';
import { isVerouderdPlan, type Sql } from '../store/transactie.ts';
import type { PrivacyPoort } from './privacypoort.ts';

export interface Klok {
  nu(): Date;
}

export const systeemklok: Klok = { nu: () => new Date() };

export interface Diensten {
  db: PrismaClient;
  klok: Klok;
  privacy: PrivacyPoort;
}

/** A client or an open transaction: for code that reads (or writes through Prisma) either way. */
export type Db = Prisma.TransactionClient;

/**
 * One open transaction: Prisma's model API (routed into it) and `sql` for plain SQL on the same
 * connection, for the hot paths where Prisma's per-query cost matters.
 */
export type Tx = Prisma.TransactionClient & { readonly sql: Sql };

const HERHAALBAAR = new Set(['P2034', '40001', '40P01']);

export function isHerhaalbaar(fout: unknown): boolean {
  const f = fout as { code?: string; meta?: { code?: string }; message?: string };
  return (
    HERHAALBAAR.has(f?.code ?? '') ||
    HERHAALBAAR.has(f?.meta?.code ?? '') ||
    /deadlock detected|could not serialize/i.test(f?.message ?? '') ||
    isVerouderdPlan(fout)
  );
}

interface Afronding {
  stappen: (() => Promise<void>)[];
  laatste: (() => Promise<void>)[];
}

const voorCommit = new WeakMap<Tx, Afronding>();

/**
 * Runs `stap` at the end of the transaction, just before it commits; false when `tx` was not opened
 * by `inTransactie` (the caller must then do the work right away). `laatst`: after the other steps, for
 * a step that takes a lock others wait for (the audit chain's head), so it is held as briefly as can be.
 */
export function doeVoorCommit(tx: Tx, stap: () => Promise<void>, opties: { laatst?: boolean } = {}): boolean {
  const afronding = voorCommit.get(tx);
  if (!afronding) return false;
  (opties.laatst ? afronding.laatste : afronding.stappen).push(stap);
  return true;
}

const geheugens = new WeakMap<Tx, Map<string, Promise<unknown>>>();

/**
 * Reads that do not change within one transaction (a table's chair, its bestuurders), done once per
 * transaction: a batch of jobs asks the same ones many times.
 */
export function perTransactie<T>(tx: Tx, sleutel: string, lees: () => Promise<T>): Promise<T> {
  let geheugen = geheugens.get(tx);
  if (!geheugen) {
    geheugen = new Map();
    geheugens.set(tx, geheugen);
  }
  let waarde = geheugen.get(sleutel) as Promise<T> | undefined;
  if (!waarde) {
    waarde = lees();
    geheugen.set(sleutel, waarde);
  }
  return waarde;
}

async function rondAf(afronding: Afronding) {
  while (afronding.stappen.length > 0 || afronding.laatste.length > 0) {
    const stap = afronding.stappen.shift() ?? afronding.laatste.shift()!;
    await stap();
  }
}

function alsTx(db: PrismaClient, sql: Sql): Tx {
  return new Proxy(db, {
    get: (doel, naam) => (naam === 'sql' ? sql : Reflect.get(doel, naam, doel)),
  }) as unknown as Tx;
}

/** One use case, one transaction; retried on deadlock or serialisation failure, never half-applied. */
export async function inTransactie<T>(d: Diensten, werk: (tx: Tx) => Promise<T>): Promise<T> {
  const bron = bronVan(d.db);
  for (let poging = 1; ; poging++) {
    try {
      return await bron.transactie(async (sql) => {
        const tx = alsTx(d.db, sql);
        const afronding: Afronding = { stappen: [], laatste: [] };
        voorCommit.set(tx, afronding);
        const uitkomst = await werk(tx);
        await rondAf(afronding);
        return uitkomst;
      });
    } catch (fout) {
      if (poging >= 5 || !isHerhaalbaar(fout)) throw fout;
    }
  }
}
