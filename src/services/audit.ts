// Appends to the tenant's hash-chained audit trail inside the caller's transaction.
import type { Prisma } from '@prisma/client';
import { auditHash, BEGIN_HASH } from '../domain/auditketen.ts';
import type { Tx } from './context.ts';

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
  | 'termijn_verlengd'
  | 'casus_ingetrokken'
  | 'ronde_heropend'
  | 'agenda_gedeeld'
  | 'bezorging_mislukt'
  | 'tekst_gewist'
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

export async function schrijfAudit(tx: Tx, regel: AuditRegel): Promise<void> {
  // The head row's lock serialises appends per tenant, so positions have no gaps or forks.
  await tx.$executeRaw`INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES (${regel.tenantId}, 0, ${BEGIN_HASH})
    ON CONFLICT ("tenantId") DO NOTHING`;
  const [kop] = await tx.$queryRaw<{ positie: number; hash: string }[]>`
    SELECT positie, hash FROM "AuditKop" WHERE "tenantId" = ${regel.tenantId} FOR UPDATE`;
  const positie = kop!.positie + 1;
  const inhoud = {
    positie,
    actie: regel.actie,
    actorSoort: regel.actorId ? 'persoon' : 'systeem',
    actorId: regel.actorId,
    casusRef: regel.casusRef ?? null,
    data: JSON.parse(JSON.stringify(regel.data ?? {})) as Prisma.InputJsonObject,
    moment: regel.moment.toISOString(),
    vorigeHash: kop!.hash,
  };
  const hash = auditHash(inhoud);
  await tx.auditEvent.create({
    data: { ...inhoud, tenantId: regel.tenantId, moment: regel.moment, hash },
  });
  await tx.auditKop.update({ where: { tenantId: regel.tenantId }, data: { positie, hash } });
}
