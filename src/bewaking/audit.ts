// Audit events written but not yet in the hash chain, for the metric `maatwerkbot_audit_ongeketend`.
// Today every event is chained in the transaction that writes it (the head in AuditKop moves with it), so
// this is 0. When the chain is sequenced after commit, adapt the count to how an unchained event is marked
// then (e.g. `positie IS NULL`, with a partial index on it) and the metric follows. Counted per tenant
// beyond its head, through the (tenantId, positie) index: no scan of the whole trail at every scrape.
import type { Diensten } from '../services/context.ts';
import { bronVan } from '../store/database.ts';

export async function telOngeketend(d: Diensten): Promise<number> {
  const [rij] = await bronVan(d.db).lees.query<{ aantal: number }>(
    `SELECT coalesce(sum((SELECT count(*) FROM "AuditEvent" e
                           WHERE e."tenantId" = k."tenantId" AND e.positie > k.positie)), 0)::int AS aantal
       FROM "AuditKop" k`,
  );
  return rij?.aantal ?? 0;
}
