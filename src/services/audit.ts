// Appends to the tenant's hash-chained audit trail inside the caller's transaction.
import type { Prisma } from '@prisma/client';
import { auditHash, BEGIN_HASH } from '../domain/auditketen.ts';
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
  if (doeVoorCommit(tx, () => voegToe(tx, nieuw))) wachtrij.set(tx, nieuw);
  else await voegToe(tx, nieuw);
}

async function voegToe(tx: Tx, regels: AuditRegel[]): Promise<void> {
  const tenants = [...new Set(regels.map((r) => r.tenantId))].sort();
  for (const tenantId of tenants) {
    // The head row's lock serialises appends per tenant, so positions have no gaps or forks.
    await tx.$executeRaw`INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES (${tenantId}, 0, ${BEGIN_HASH})
      ON CONFLICT ("tenantId") DO NOTHING`;
    const [kop] = await tx.$queryRaw<{ positie: number; hash: string }[]>`
      SELECT positie, hash FROM "AuditKop" WHERE "tenantId" = ${tenantId} FOR UPDATE`;
    let positie = kop!.positie;
    let vorigeHash = kop!.hash;
    const events: Prisma.AuditEventCreateManyInput[] = [];
    for (const regel of regels.filter((r) => r.tenantId === tenantId)) {
      positie++;
      const inhoud = {
        positie,
        actie: regel.actie,
        actorSoort: regel.actorId ? 'persoon' : 'systeem',
        actorId: regel.actorId,
        casusRef: regel.casusRef ?? null,
        data: JSON.parse(JSON.stringify(regel.data ?? {})) as Prisma.InputJsonObject,
        moment: regel.moment.toISOString(),
        vorigeHash,
      };
      vorigeHash = auditHash(inhoud);
      events.push({ ...inhoud, tenantId, moment: regel.moment, hash: vorigeHash });
    }
    await tx.auditEvent.createMany({ data: events });
    await tx.auditKop.update({ where: { tenantId }, data: { positie, hash: vorigeHash } });
  }
}
