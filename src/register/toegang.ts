// Which tables' besluiten a person may see: need-to-know, decided from stored state only.
// Members and chairs see the tables they sit at; a tenant-wide bestuurder sees every table of the tenant,
// a bestuurder of one table that table. Nobody sees another tenant.
import { DomeinFout } from '../domain/fouten.ts';
import type { Tx } from '../services/context.ts';

export interface Zicht {
  persoonId: string;
  tenantId: string;
  tafelIds: string[];
  /** A tenant-wide bestuurder: reports may span all tables. */
  alleTafels: boolean;
}

export async function zichtVoor(tx: Tx, persoon: { id: string; tenantId: string }): Promise<Zicht> {
  const [leden, rollen] = await Promise.all([
    tx.lid.findMany({ where: { persoonId: persoon.id, actief: true }, select: { tafelId: true } }),
    tx.bestuurder.findMany({ where: { persoonId: persoon.id, tenantId: persoon.tenantId } }),
  ]);
  const alleTafels = rollen.some((r) => r.tafelId === null);
  const ids = new Set([
    ...leden.map((l) => l.tafelId),
    ...rollen.flatMap((r) => (r.tafelId ? [r.tafelId] : [])),
  ]);
  if (alleTafels) {
    for (const t of await tx.tafel.findMany({ where: { tenantId: persoon.tenantId }, select: { id: true } }))
      ids.add(t.id);
  }
  // A membership row could point at another tenant's table only through a bad import; never show it.
  const eigen = await tx.tafel.findMany({
    where: { id: { in: [...ids] }, tenantId: persoon.tenantId },
    select: { id: true },
  });
  return { persoonId: persoon.id, tenantId: persoon.tenantId, tafelIds: eigen.map((t) => t.id), alleTafels };
}

/** Narrows the view to one table (by id or slug), refusing a table the person does not sit at. */
export async function beperkTotTafel(tx: Tx, zicht: Zicht, tafel: string): Promise<{ id: string; naam: string; slug: string }> {
  const gevonden = await tx.tafel.findFirst({
    where: { tenantId: zicht.tenantId, OR: [{ id: tafel }, { slug: tafel }] },
    select: { id: true, naam: true, slug: true },
  });
  if (!gevonden) {
    throw new DomeinFout('onbekend', 'Deze tafel bestaat niet.', [{ veld: 'tafel', bericht: 'Kies een bestaande tafel' }]);
  }
  if (!zicht.tafelIds.includes(gevonden.id)) {
    throw new DomeinFout('niet_bevoegd', `U zit niet aan ${gevonden.naam}; de besluiten van die tafel zijn niet voor u.`, [
      { veld: 'tafel', bericht: 'Kies een tafel waar u aan zit' },
    ]);
  }
  return gevonden;
}
