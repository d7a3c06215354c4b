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

/** One use case, one transaction; retried on deadlock or serialisation failure, never half-applied. */
export async function inTransactie<T>(d: Diensten, werk: (tx: Tx) => Promise<T>): Promise<T> {
  for (let poging = 1; ; poging++) {
    try {
      return await d.db.$transaction(werk, { maxWait: 30_000, timeout: 60_000 });
    } catch (fout) {
      if (poging >= 5 || !isHerhaalbaar(fout)) throw fout;
    }
  }
}
