// The audit chain's sequencer: gives committed, unchained events their position and hash, per tenant, in
// insertion order. It runs in every process's scheduler tick; per tenant one process at a time chains (the
// head row is taken FOR UPDATE SKIP LOCKED, on PostgreSQL and PGlite alike), the others skip that tenant.
//
// Why this order is right. A use case inserts its events just before it commits, so their insertion key
// (`volgnummer`, from a sequence) is taken after every lock the use case holds. Two causally related writes
// (the second waited for the first's casus lock, or started after the first committed) therefore have keys
// in commit order. The sequencer only sees committed events, and a snapshot that shows the later write also
// shows every write that committed before it. So when an event is chained, all its causal predecessors are
// visible too: chained before, or in the same run with a lower key. Events of unrelated transactions may
// land in the chain in another order than their keys (a lower key whose transaction commits later is chained
// in a later run); nothing orders those, so nothing is lost by it. The sequencer looks for events without a
// position, not for keys above the last one it saw, so a key taken by a transaction that commits late is never
// skipped (the outbox's classic gap problem does not arise).
import { type AuditInhoud, auditHash, BEGIN_HASH } from '../domain/auditketen.ts';
import { bronVan } from '../store/database.ts';
import { type Diensten, inTransactie } from './context.ts';

/** Events per transaction: the head's lock is held for one batch, then released. */
const PARTIJ = 2_000;

interface Ongeketend {
  id: string;
  actie: string;
  actorSoort: string;
  actorId: string | null;
  casusRef: string | null;
  data: unknown;
  moment: Date;
}

/** Chains what is committed and unchained, for every tenant; returns how many events it chained. */
export async function ketenAudit(d: Diensten): Promise<number> {
  const tenants = await bronVan(d.db).lees.query<{ tenantId: string }>(
    `SELECT DISTINCT "tenantId" FROM "AuditEvent" WHERE positie IS NULL`,
  );
  let totaal = 0;
  for (const { tenantId } of tenants) {
    for (;;) {
      const n = await ketenPartij(d, tenantId);
      totaal += n;
      if (n < PARTIJ) break;
    }
  }
  return totaal;
}

/** One batch of one tenant; 0 when another process holds the head (it chains them) or nothing waits. */
async function ketenPartij(d: Diensten, tenantId: string): Promise<number> {
  return inTransactie(d, async (tx) => {
    let [kop] = await tx.sql.query<{ positie: number; hash: string }>(
      `SELECT positie, hash FROM "AuditKop" WHERE "tenantId" = $1 FOR UPDATE SKIP LOCKED`,
      [tenantId],
    );
    if (!kop) {
      // Either another process holds it, or the tenant has no head yet (its first events).
      [kop] = await tx.sql.query<{ positie: number; hash: string }>(
        `INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES ($1, 0, $2)
         ON CONFLICT ("tenantId") DO NOTHING RETURNING positie, hash`,
        [tenantId, BEGIN_HASH],
      );
      if (!kop) return 0;
    }
    // Read after the lock, in a statement of its own: it sees what the previous holder chained.
    const events = await tx.sql.query<Ongeketend>(
      `SELECT id, actie, "actorSoort", "actorId", "casusRef", data, moment FROM "AuditEvent"
        WHERE "tenantId" = $1 AND positie IS NULL ORDER BY volgnummer LIMIT $2`,
      [tenantId, PARTIJ],
    );
    if (events.length === 0) return 0;
    let positie = kop.positie;
    let vorige = kop.hash;
    const ids: string[] = [];
    const posities: number[] = [];
    const vorigen: string[] = [];
    const hashes: string[] = [];
    for (const e of events) {
      positie++;
      const inhoud: AuditInhoud = {
        positie,
        actie: e.actie,
        actorSoort: e.actorSoort,
        actorId: e.actorId,
        casusRef: e.casusRef,
        data: e.data,
        moment: e.moment.toISOString(),
        vorigeHash: vorige,
      };
      const hash = auditHash(inhoud);
      ids.push(e.id);
      posities.push(positie);
      vorigen.push(vorige);
      hashes.push(hash);
      vorige = hash;
    }
    await tx.sql.query(
      `UPDATE "AuditEvent" e SET positie = u.positie, "vorigeHash" = u.vorige, hash = u.hash
         FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS u(id, positie, vorige, hash)
        WHERE e.id = u.id`,
      [ids, posities, vorigen, hashes],
    );
    await tx.sql.query(`UPDATE "AuditKop" SET positie = $2, hash = $3 WHERE "tenantId" = $1`, [
      tenantId,
      positie,
      vorige,
    ]);
    return events.length;
  });
}
