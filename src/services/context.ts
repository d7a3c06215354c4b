// What every service needs: the database, the clock, the privacy gate. Injected, so tests control time.
import type { Prisma, PrismaClient } from '@prisma/client';
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

export type Tx = Prisma.TransactionClient;

const HERHAALBAAR = new Set(['P2034', '40001', '40P01']);

function isHerhaalbaar(fout: unknown): boolean {
  const f = fout as { code?: string; meta?: { code?: string }; message?: string };
  return (
    HERHAALBAAR.has(f?.code ?? '') ||
    HERHAALBAAR.has(f?.meta?.code ?? '') ||
    /deadlock detected|could not serialize/i.test(f?.message ?? '')
  );
}

const voorCommit = new WeakMap<Tx, (() => Promise<void>)[]>();

/**
 * Runs `stap` at the end of the transaction, just before it commits; false when `tx` was not opened
 * by `inTransactie` (the caller must then do the work right away).
 */
export function doeVoorCommit(tx: Tx, stap: () => Promise<void>): boolean {
  const stappen = voorCommit.get(tx);
  if (!stappen) return false;
  stappen.push(stap);
  return true;
}

/** One use case, one transaction; retried on deadlock or serialisation failure, never half-applied. */
export async function inTransactie<T>(d: Diensten, werk: (tx: Tx) => Promise<T>): Promise<T> {
  const metAfronding = async (tx: Tx) => {
    voorCommit.set(tx, []);
    const uitkomst = await werk(tx);
    const stappen = voorCommit.get(tx)!;
    while (stappen.length > 0) await stappen.shift()!();
    return uitkomst;
  };
  for (let poging = 1; ; poging++) {
    try {
      return await d.db.$transaction(metAfronding, { maxWait: 30_000, timeout: 60_000 });
    } catch (fout) {
      if (poging >= 5 || !isHerhaalbaar(fout)) throw fout;
    }
  }
}
