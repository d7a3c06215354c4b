// Appends to the tenant's hash-chained audit trail inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import { auditHash, BEGIN_HASH } from '../domain/auditketen.ts';
import { json, type Kolom, kolomArrays } from '../store/rijen.ts';
import { doeVoorCommit, type Tx } from './context.ts';

export type AuditActie =
  | 'casus_ingediend'
  | 'casus_crisis_doorverwezen'
  | 'ronde_geopend'
  | 'reactie_gegeven'
  | 'reactie_gewijzigd'
  | 'ronde_gesloten'
  | 'geescaleerd'
  | 'escalatie_verlopen'
  | 'voorzitter_beslist'
  | 'bestuurder_beslist'
  | 'informatie_gevraagd'
  | 'informatie_gegeven'
  | 'besluit_vastgelegd'
  | 'besluit_gedeeld'
  | 'op_agenda_gezet'
  | 'tafels_geimporteerd'
  | 'kanaal_gekoppeld'
  | 'kanaal_gecontroleerd'
  | 'termijn_verlengd'
  | 'casus_ingetrokken'
  | 'ronde_heropend'
  | 'agenda_gedeeld'
  | 'bezorging_mislukt'
  | 'tekst_gewist'
  | 'besluit_wacht_op_toestemming'
  | 'afwijking_gevraagd'
  | 'afwijking_toegelicht'
  | 'toestemming_vastgelegd'
  | 'toegang_geweigerd';

export interface AuditRegel {
  tenantId: string;
  actie: AuditActie;
  /** null for the system (jobs, closing rule). */
  actorId: string | null;
  casusRef?: string | null;
  /** References and digests only: never free text. */
  data?: Record<string, unknown>;
  moment: Date;
}

const wachtrij = new WeakMap<Tx, AuditRegel[]>();

/**
 * Appends an event to the tenant's chain. Inside `inTransactie` the append happens just before
 * commit: the chain head's row lock, which serialises a tenant's appends, is then held for
 * milliseconds instead of the whole use case, so concurrent answers do not queue behind each other.
 */
export async function schrijfAudit(tx: Tx, regel: AuditRegel): Promise<void> {
  const rij = wachtrij.get(tx);
  if (rij) {
    rij.push(regel);
    return;
  }
  const nieuw = [regel];
  if (doeVoorCommit(tx, () => voegToe(tx, nieuw), { laatst: true })) {
    wachtrij.set(tx, nieuw);
  } else await voegToe(tx, nieuw);
}

const AUDIT_KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['tenantId', 'text'],
  ['positie', 'int'],
  ['actie', 'text'],
  ['actorSoort', 'text'],
  ['actorId', 'text'],
  ['casusRef', 'text'],
  ['data', 'jsonb'],
  ['moment', 'timestamp(3)'],
  ['vorigeHash', 'text'],
  ['hash', 'text'],
];

async function voegToe(tx: Tx, regels: AuditRegel[]): Promise<void> {
  if (regels.length === 0) return;
  const tenants = [...new Set(regels.map((r) => r.tenantId))].sort();
  for (const tenantId of tenants) {
    // Creates the head on first use and locks it in one statement: the lock serialises a tenant's
    // appends, so positions have no gaps or forks; it is held from here to commit, two round trips.
    const [kop] = await tx.sql.query<{ positie: number; hash: string }>(
      `INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES ($1, 0, $2)
       ON CONFLICT ("tenantId") DO UPDATE SET positie = "AuditKop".positie
       RETURNING positie, hash`,
      [tenantId, BEGIN_HASH],
    );
    let positie = kop!.positie;
    let vorigeHash = kop!.hash;
    const rijen: unknown[][] = [];
    for (const regel of regels.filter((r) => r.tenantId === tenantId)) {
      positie++;
      const inhoud = {
        positie,
        actie: regel.actie,
        actorSoort: regel.actorId ? 'persoon' : 'systeem',
        actorId: regel.actorId,
        casusRef: regel.casusRef ?? null,
        data: JSON.parse(JSON.stringify(regel.data ?? {})) as unknown,
        moment: regel.moment.toISOString(),
        vorigeHash,
      };
      vorigeHash = auditHash(inhoud);
      rijen.push([
        randomUUID(),
        tenantId,
        positie,
        inhoud.actie,
        inhoud.actorSoort,
        inhoud.actorId,
        inhoud.casusRef,
        json(inhoud.data),
        regel.moment,
        inhoud.vorigeHash,
        vorigeHash,
      ]);
    }
    const { lijst, params } = kolomArrays(AUDIT_KOLOMMEN, rijen, 4);
    await tx.sql.query(
      `WITH nieuw AS (
         INSERT INTO "AuditEvent" (id, "tenantId", positie, actie, "actorSoort", "actorId", "casusRef", data, moment, "vorigeHash", hash)
         ${lijst})
       UPDATE "AuditKop" SET positie = $2, hash = $3 WHERE "tenantId" = $1`,
      [tenantId, positie, vorigeHash, ...params],
    );
  }
}
