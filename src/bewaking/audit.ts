// Audit events written but not yet in the hash chain, for the metric `maatwerkbot_audit_ongeketend`. A use
// case inserts its events unchained (positie NULL); the sequencer chains them just after commit
// (src/services/auditvolgorde.ts). Counted through the partial index on unchained events: no scan of the
// whole trail at every scrape.
import type { Diensten } from '../services/context.ts';
import { bronVan } from '../store/database.ts';

export async function telOngeketend(d: Diensten): Promise<number> {
  const [rij] = await bronVan(d.db).lees.query<{ aantal: number }>(
    `SELECT count(*)::int AS aantal FROM "AuditEvent" WHERE positie IS NULL`,
  );
  return rij?.aantal ?? 0;
}
