// Who is acting: always resolved from a platform identity to a stored person, never from a role
// claimed by a payload.
import { DomeinFout } from '../domain/fouten.ts';
import { z } from '../domain/validatie.ts';
import { STANDAARDTAAL, type Taal, taalOf } from '../taal/taal.ts';
import { zin } from '../taal/tekst.ts';
import type { Db, Diensten } from './context.ts';

export const identiteitSchema = z.object({
  platform: z.enum(['slack', 'teams', 'console']),
  extern: z.string().min(1).max(255),
  /** Display name from the platform, used only when the person is new to us. */
  naam: z.string().max(200).optional(),
  /** Slack team id or Entra tenant id, to find the tenant of a person we have not met. */
  werkruimte: z.string().max(255).optional(),
});

export type Identiteit = z.infer<typeof identiteitSchema>;

export async function vindPersoon(tx: Db, identiteit: Identiteit) {
  const id = identiteitSchema.parse(identiteit);
  const gevonden = await tx.identiteit.findUnique({
    where: { platform_extern: { platform: id.platform, extern: id.extern } },
    include: { persoon: true },
  });
  return gevonden?.persoon ?? null;
}

export async function bekendPersoon(tx: Db, identiteit: Identiteit) {
  const persoon = await vindPersoon(tx, identiteit);
  if (!persoon) {
    throw new DomeinFout('niet_bevoegd', zin('fouten.toegang.onbekend_persoon'));
  }
  return persoon;
}

/** A submitter need not be a table member: someone we have not met becomes a person of their tenant. */
export async function persoonVoorIndiener(tx: Db, identiteit: Identiteit) {
  const bestaand = await vindPersoon(tx, identiteit);
  if (bestaand) return bestaand;
  const tenant = await tenantVoorWerkruimte(tx, identiteit);
  return tx.persoon.create({
    data: {
      tenantId: tenant.id,
      naam: identiteit.naam?.trim() || 'Onbekende indiener',
      identiteiten: { create: { platform: identiteit.platform, extern: identiteit.extern } },
    },
  });
}

async function tenantVoorWerkruimte(tx: Db, identiteit: Identiteit) {
  if (identiteit.werkruimte) {
    const where =
      identiteit.platform === 'slack'
        ? { slackTeamId: identiteit.werkruimte }
        : identiteit.platform === 'teams'
          ? { teamsTenantId: identiteit.werkruimte }
          : { slug: identiteit.werkruimte };
    const tenant = await tx.tenant.findFirst({ where });
    if (tenant) return tenant;
  }
  const tenants = await tx.tenant.findMany({ take: 2 });
  if (tenants.length === 1) return tenants[0]!;
  throw new DomeinFout('niet_bevoegd', zin('fouten.toegang.werkruimte_niet_gekoppeld'));
}

/**
 * The language a person reads the bot in: their own choice in the tables file, else their tenant's;
 * someone we have not met reads the language of the tenant their workspace belongs to, else Dutch.
 */
export async function taalVan(d: Pick<Diensten, 'db'>, identiteit: Identiteit): Promise<Taal> {
  const tx = d.db;
  const id = identiteitSchema.safeParse(identiteit);
  if (!id.success) return STANDAARDTAAL;
  const gevonden = await tx.identiteit.findUnique({
    where: { platform_extern: { platform: id.data.platform, extern: id.data.extern } },
    select: { persoon: { select: { taal: true, tenant: { select: { taal: true } } } } },
  });
  if (gevonden) return taalOf(gevonden.persoon.taal ?? gevonden.persoon.tenant.taal);
  const werkruimte = id.data.werkruimte;
  if (!werkruimte) return STANDAARDTAAL;
  const tenant = await tx.tenant.findFirst({
    where: { OR: [{ slackTeamId: werkruimte }, { teamsTenantId: werkruimte }] },
    select: { taal: true },
  });
  return taalOf(tenant?.taal);
}
