// What the delivery to the platforms keeps and asks: where the bot posted about a casus (to update a card
// in place and thread replies), Teams' conversation references for proactive messages, the platform ids of
// table members, and a card's stored version. Asked by the adapters' bezorgers, not by the use cases.
import type { Prisma } from '@prisma/client';
import type { Diensten } from './context.ts';

/** Where the bot posted about a casus on a platform, to update in place and to thread replies. */
export async function registreerPlatformBericht(
  d: Diensten,
  b: { casusId: string; platform: string; soort: string; kanaalId: string; berichtId: string },
) {
  await d.db.platformBericht.upsert({
    where: {
      casusId_platform_soort_kanaalId: {
        casusId: b.casusId,
        platform: b.platform,
        soort: b.soort,
        kanaalId: b.kanaalId,
      },
    },
    create: b,
    update: { berichtId: b.berichtId },
  });
}

export async function platformBericht(
  d: Diensten,
  casusId: string,
  platform: string,
  soort: string,
  kanaalId: string,
) {
  return d.db.platformBericht.findUnique({
    where: { casusId_platform_soort_kanaalId: { casusId, platform, soort, kanaalId } },
  });
}

/** The casus card's stored version, or null for a casus that is gone: a delivery never shows an older card. */
export async function kaartVersie(d: Diensten, casusId: string): Promise<number | null> {
  const casus = await d.db.casus.findUnique({ where: { id: casusId }, select: { versie: true } });
  return casus?.versie ?? null;
}

/** Stored conversation references for proactive messages (Teams). */
export async function bewaarGesprek(
  d: Diensten,
  g: { platform: string; soort: string; sleutel: string; referentie: unknown },
) {
  const referentie = JSON.parse(JSON.stringify(g.referentie)) as Prisma.InputJsonObject;
  await d.db.gesprek.upsert({
    where: { platform_sleutel: { platform: g.platform, sleutel: g.sleutel } },
    create: { platform: g.platform, soort: g.soort, sleutel: g.sleutel, referentie, bijgewerkt: d.klok.nu() },
    update: { soort: g.soort, referentie, bijgewerkt: d.klok.nu() },
  });
}

export async function gesprek(d: Diensten, platform: string, sleutel: string) {
  return d.db.gesprek.findUnique({ where: { platform_sleutel: { platform, sleutel } } });
}

/**
 * The platform ids (Slack user ids, Entra object ids) of table members, e.g. for per-user card refresh, in
 * the order of `lidIds`: a caller that can list only so many puts first whom it needs most.
 */
export async function platformIdsVanLeden(
  d: Diensten,
  lidIds: readonly string[],
  platform: string,
): Promise<string[]> {
  if (lidIds.length === 0) return [];
  const leden = await d.db.lid.findMany({
    where: { id: { in: [...lidIds] } },
    select: {
      id: true,
      persoon: { select: { identiteiten: { where: { platform }, select: { extern: true } } } },
    },
  });
  const perLid = new Map(leden.map((l) => [l.id, l.persoon.identiteiten.map((i) => i.extern)]));
  return [...new Set(lidIds.flatMap((id) => perLid.get(id) ?? []))];
}

/** The active chair(s) of a table, as member ids. */
export async function voorzittersVanTafel(d: Diensten, tafelId: string): Promise<string[]> {
  const leden = await d.db.lid.findMany({
    where: { tafelId, rol: 'voorzitter', actief: true },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return leden.map((l) => l.id);
}
