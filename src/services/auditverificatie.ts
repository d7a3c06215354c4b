// `maatwerkbot audit verifieer`: recomputes every tenant's chain and reports the first broken link.
import { type KetenOordeel, verifieerKeten } from '../domain/auditketen.ts';
import type { Diensten } from './context.ts';

export interface TenantOordeel {
  tenant: string;
  oordeel: KetenOordeel;
}

export async function verifieerAudit(d: Diensten): Promise<TenantOordeel[]> {
  const tenants = await d.db.tenant.findMany({ orderBy: { slug: 'asc' } });
  const uitkomst: TenantOordeel[] = [];
  for (const tenant of tenants) {
    const events = await d.db.auditEvent.findMany({
      where: { tenantId: tenant.id },
      orderBy: { positie: 'asc' },
    });
    const oordeel = verifieerKeten(
      events.map((e) => ({
        positie: e.positie,
        actie: e.actie,
        actorSoort: e.actorSoort,
        actorId: e.actorId,
        casusRef: e.casusRef,
        data: e.data,
        moment: e.moment.toISOString(),
        vorigeHash: e.vorigeHash,
        hash: e.hash,
      })),
    );
    // A truncated tail leaves a valid prefix: the head row remembers how long the chain was.
    const kop = await d.db.auditKop.findUnique({ where: { tenantId: tenant.id } });
    if (
      oordeel.geldig &&
      kop &&
      (kop.positie !== events.length || kop.hash !== (events.at(-1)?.hash ?? kop.hash))
    ) {
      uitkomst.push({
        tenant: tenant.slug,
        oordeel: {
          geldig: false,
          aantal: events.length,
          positie: Math.min(kop.positie, events.length + 1),
          reden: 'keten ingekort of kop gewijzigd',
        },
      });
      continue;
    }
    uitkomst.push({ tenant: tenant.slug, oordeel });
  }
  return uitkomst;
}
