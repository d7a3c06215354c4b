// The chair binds a platform channel to their table; after that, the adapter reports what the platform showed of it; this use case judges
// that against the table as stored (the rule in src/domain/kanaalbreedte.ts) and puts the outcome on
// record. The audit holds codes and counts only: never who is in the channel, never a platform message.
import { DomeinFout } from '../domain/fouten.ts';
import { aantalVan, type Kanaalbreedte, type KanaalFeiten, kanaalBreedte } from '../domain/kanaalbreedte.ts';
import { z } from '../domain/validatie.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { type Diensten, inTransactie } from './context.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { voorzitterVan } from './lezen.ts';

/** Why (part of) a channel could not be read, as a code the adapters map their platform's errors to. */
export const LEESFOUTEN = ['geen_rechten', 'niet_in_kanaal', 'storing'] as const;
export type Leesfout = (typeof LEESFOUTEN)[number];

const id = z.string().min(1).max(255);

const waarnemingSchema = z.object({
  feiten: z.object({
    openbaar: z.boolean().nullable(),
    gedeeld: z.boolean().nullable(),
    aanwezigen: z
      .array(
        z.object({
          extern: id,
          gast: z.boolean().nullable().optional(),
          organisatie: id.nullable().optional(),
        }),
      )
      .max(10_000)
      .nullable(),
  }),
  leesfout: z.enum(LEESFOUTEN).nullable(),
  /** The Slack team / Entra tenant the request came from: the own organisation when none is stored. */
  werkruimte: id.optional(),
});

/** What the adapter saw of the channel; parsed again here, the service trusts no caller's shape. */
export interface Kanaalwaarneming {
  feiten: KanaalFeiten;
  leesfout: Leesfout | null;
  werkruimte?: string;
}

export interface Kanaalcontrole extends Kanaalbreedte {
  tafelNaam: string;
  tafelSlug: string;
  soort: 'tafel' | 'leer';
  leesfout: Leesfout | null;
}

export async function controleerKanaal(
  d: Diensten,
  identiteit: Identiteit,
  kanaal: { tafelId: string; platform: 'slack' | 'teams'; kanaalId: string; soort: 'tafel' | 'leer' },
  waarneming: Kanaalwaarneming,
): Promise<Kanaalcontrole> {
  const w = waarnemingSchema.parse(waarneming);
  return inTransactie(d, async (tx) => {
    const persoon = await bekendPersoon(tx, identiteit);
    const tafel = await tx.tafel.findFirst({
      where: { id: kanaal.tafelId, tenantId: persoon.tenantId },
      include: { tenant: true },
    });
    if (!tafel) throw new DomeinFout('onbekend', zin('fouten.onbekend.tafel'));
    const voorzitter = await voorzitterVan(tx, tafel.id);
    if (voorzitter?.persoonId !== persoon.id) {
      throw new DomeinFout('geen_voorzitter', zin('fouten.bevoegd.kanaal_koppelen', { tafel: tafel.naam }));
    }
    // Members and the chair of the table, as the platform knows them: that is who may read the channel.
    const leden = await tx.lid.findMany({
      where: { tafelId: tafel.id, actief: true },
      select: {
        persoon: {
          select: { identiteiten: { where: { platform: kanaal.platform }, select: { extern: true } } },
        },
      },
    });
    const eigen = kanaal.platform === 'slack' ? tafel.tenant.slackTeamId : tafel.tenant.teamsTenantId;
    const breedte = kanaalBreedte(kanaal.soort, w.feiten, {
      leden: new Set(leden.flatMap((l) => l.persoon.identiteiten.map((i) => i.extern))),
      eigenOrganisatie: eigen ?? w.werkruimte ?? null,
    });
    await schrijfAudit(tx, {
      tenantId: tafel.tenantId,
      actie: 'kanaal_gecontroleerd',
      actorId: persoon.id,
      data: {
        tafel: tafel.slug,
        platform: kanaal.platform,
        soort: kanaal.soort,
        kanaal: kanaal.kanaalId,
        uitkomst: breedte.uitkomst,
        redenen: breedte.redenen.map((r) => r.soort),
        nietLeden: aantalVan(breedte, 'niet_leden'),
        gasten: aantalVan(breedte, 'gasten'),
        andereOrganisatie: aantalVan(breedte, 'andere_organisatie'),
        onbekend: breedte.onbekend,
        leesfout: w.leesfout,
      },
      moment: d.klok.nu(),
    });
    return {
      ...breedte,
      tafelNaam: tafel.naam,
      tafelSlug: tafel.slug,
      soort: kanaal.soort,
      leesfout: w.leesfout,
    };
  });
}

/** The chair binds a platform channel to their table (Teams `koppel <tafel>`, Slack the same). */
export async function koppelKanaal(
  d: Diensten,
  identiteit: Identiteit,
  tafelSlug: string,
  kanaal: { platform: string; kanaalId: string; soort: 'tafel' | 'leer' },
) {
  return inTransactie(d, async (tx) => {
    const persoon = await bekendPersoon(tx, identiteit);
    const tafel = await tx.tafel.findFirst({
      where: { tenantId: persoon.tenantId, slug: tafelSlug, actief: true },
    });
    if (!tafel) throw new DomeinFout('onbekend', zin('fouten.onbekend.tafel_naam', { tafel: tafelSlug }));
    const voorzitter = await voorzitterVan(tx, tafel.id);
    if (voorzitter?.persoonId !== persoon.id) {
      throw new DomeinFout('geen_voorzitter', zin('fouten.bevoegd.kanaal_koppelen', { tafel: tafel.naam }));
    }
    await tx.kanaal.deleteMany({
      where: { tafelId: tafel.id, soort: kanaal.soort, platform: kanaal.platform },
    });
    await tx.kanaal.create({ data: { tafelId: tafel.id, ...kanaal } });
    await schrijfAudit(tx, {
      tenantId: tafel.tenantId,
      actie: 'kanaal_gekoppeld',
      actorId: persoon.id,
      data: { tafel: tafel.slug, platform: kanaal.platform, soort: kanaal.soort },
      moment: d.klok.nu(),
    });
    return { tafelId: tafel.id, tafelNaam: tafel.naam };
  });
}
