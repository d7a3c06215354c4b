// Read models for the adapters: what a person may see and do, always decided from stored state.
import type { Prisma } from '@prisma/client';
import type { KaartStand } from '../domain/berichten.ts';
import { type Bevoegdheden, bevoegdheden, type Kaartweergave, kaartweergave } from '../domain/bevoegdheid.ts';
import type { Keuze } from '../domain/woorden.ts';
import type { Diensten } from './context.ts';
import { type Identiteit, vindPersoon } from './identiteit.ts';
import { kaartStand } from './kaartstand.ts';
import { huidigeAntwoorden, laadCasus, laatsteRonde, voorzitterVan } from './lezen.ts';
import { eisToegang, metToegang, type Toegangspad } from './toegang.ts';

export interface Mogelijkheden {
  /** Expected to answer in the open round. */
  magAntwoorden: boolean;
  huidigeKeuze: Keuze | null;
  /** Chair with an open escalation: casting vote. */
  magAlsVoorzitterBeslissen: boolean;
  /** The bestuurder the open escalation is addressed to. */
  magAlsBestuurderBeslissen: boolean;
  isIndiener: boolean;
  /** The chair of the casus's table: may use the chair's controls (the services check again). */
  isVoorzitter: boolean;
  /** Which parts of the card this person sees (src/domain/bevoegdheid.ts, `kaartweergave`). */
  weergave: Kaartweergave;
  /** Their own answer in the latest round, when the rule shows it to them. */
  eigenAntwoord: { keuze: Keuze; reden: string; voorwaarden: string | null } | null;
}

export interface KaartVoorPersoon {
  kaart: KaartStand;
  mogelijkheden: Mogelijkheden;
  /** Every verdict of the rules (src/domain/bevoegdheid.ts), with the reason of each refusal. */
  bevoegdheid: Bevoegdheden;
}

/**
 * The card as one person may see it, with the controls they may use (Teams refresh, Slack modals, a casus
 * asked for by its reference). The one read of a casus's details for the adapters: whoever may not see it
 * is refused and the attempt audited, with `pad` saying how they came.
 */
export async function kaartVoor(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  pad: Toegangspad = 'kaart',
): Promise<KaartVoorPersoon> {
  return metToegang(d, async (tx) => {
    const persoon = await vindPersoon(tx, identiteit);
    const casus = await laadCasus(tx, casusIdOfReferentie);
    const toegang = await eisToegang(tx, persoon, casus, pad);
    const kaart = await kaartStand(tx.sql, casus.id);
    const ronde = await laatsteRonde(tx, casus.id);
    const lid = persoon
      ? await tx.lid.findFirst({ where: { tafelId: casus.tafelId, persoonId: persoon.id, actief: true } })
      : null;
    const huidige =
      lid && ronde ? (await huidigeAntwoorden(tx, ronde.id)).find((r) => r.lidId === lid.id) : undefined;
    const open = await tx.escalatie.findFirst({
      where: { casusId: casus.id, status: { in: ['open', 'info_gevraagd'] } },
      orderBy: { geopend: 'desc' },
    });
    const beslist = new Set(
      (
        await tx.escalatie.findMany({
          where: { casusId: casus.id, status: 'beslist' },
          select: { niveau: true },
          distinct: ['niveau'],
        })
      ).map((e) => e.niveau),
    );
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    const isVoorzitter = !!persoon && voorzitter?.persoonId === persoon.id;
    const feiten = {
      ...toegang,
      bekend: !!persoon,
      lidVanTafel: !!lid,
      voorzitter: isVoorzitter,
      casusStatus: casus.status,
      opAgenda: casus.opAgenda,
      ronde: ronde
        ? { open: ronde.status === 'open', deadlineVerstreken: d.klok.nu() >= ronde.deadline }
        : null,
      verwachtInRonde: !!lid && !!ronde?.verwachteLidIds.includes(lid.id),
      openEscalatie: open
        ? {
            niveau: open.niveau as 'voorzitter' | 'bestuurder',
            aanPersoon: !!persoon && open.doelId === persoon.id,
          }
        : null,
      beslist: { voorzitter: beslist.has('voorzitter'), bestuurder: beslist.has('bestuurder') },
    };
    const b = bevoegdheden(feiten);
    const weergave = kaartweergave({ ...feiten, geantwoord: !!huidige });
    return {
      kaart,
      mogelijkheden: {
        magAntwoorden: b.antwoorden.mag,
        huidigeKeuze: (huidige?.keuze as Keuze | undefined) ?? null,
        magAlsVoorzitterBeslissen: b.alsVoorzitter.mag,
        magAlsBestuurderBeslissen: b.alsBestuurder.mag,
        isIndiener: toegang.indiener,
        isVoorzitter,
        weergave,
        eigenAntwoord:
          weergave.eigenAntwoord && huidige
            ? { keuze: huidige.keuze as Keuze, reden: huidige.reden, voorwaarden: huidige.voorwaarden }
            : null,
      },
      bevoegdheid: b,
    };
  });
}

export async function tafelVoorKanaal(d: Diensten, platform: string, kanaalId: string) {
  const kanaal = await d.db.kanaal.findFirst({
    where: { platform, kanaalId, soort: 'tafel' },
    include: { tafel: true },
  });
  return kanaal ? { id: kanaal.tafel.id, slug: kanaal.tafel.slug, naam: kanaal.tafel.naam } : null;
}

/** Tables a person can raise a casus to: every active table of their tenant (submitters need not be members). */
export async function tafelsVoorIndiener(d: Diensten, identiteit: Identiteit) {
  const persoon = await d.db.identiteit.findUnique({
    where: { platform_extern: { platform: identiteit.platform, extern: identiteit.extern } },
    include: { persoon: true },
  });
  const tenantWhere: Prisma.TafelWhereInput = persoon
    ? { tenantId: persoon.persoon.tenantId }
    : identiteit.werkruimte
      ? { tenant: { OR: [{ slackTeamId: identiteit.werkruimte }, { teamsTenantId: identiteit.werkruimte }] } }
      : {};
  const tafels = await d.db.tafel.findMany({
    where: { ...tenantWhere, actief: true },
    orderBy: { naam: 'asc' },
  });
  const knelpunten = tafels[0]
    ? await d.db.knelpunt.findMany({ where: { tenantId: tafels[0].tenantId }, orderBy: { naam: 'asc' } })
    : [];
  return {
    tafels: tafels.map((t) => ({ id: t.id, slug: t.slug, naam: t.naam })),
    knelpunten: knelpunten.map((k) => ({ code: k.code, naam: k.naam, regel: k.regel })),
  };
}

export interface OpenBeslissing {
  casusId: string;
  referentie: string;
  titel: string;
  soort: 'antwoord' | 'voorzitter' | 'bestuurder';
  deadline: Date;
  tafelNaam: string;
}

/** App Home / personal chat: what waits for me. */
export async function mijnOpenBeslissingen(d: Diensten, identiteit: Identiteit): Promise<OpenBeslissing[]> {
  const persoon = await d.db.identiteit.findUnique({
    where: { platform_extern: { platform: identiteit.platform, extern: identiteit.extern } },
  });
  if (!persoon) return [];
  const leden = await d.db.lid.findMany({ where: { persoonId: persoon.persoonId, actief: true } });
  const lidIds = leden.map((l) => l.id);
  const rondes = await d.db.besluitronde.findMany({
    where: { status: 'open', verwachteLidIds: { hasSome: lidIds.length ? lidIds : ['-'] } },
    include: { casus: { include: { tafel: true } }, antwoorden: { where: { lidId: { in: lidIds } } } },
    orderBy: { deadline: 'asc' },
  });
  const uit: OpenBeslissing[] = rondes
    .filter((r) => r.antwoorden.length === 0)
    .map((r) => ({
      casusId: r.casusId,
      referentie: r.casus.referentie,
      titel: r.casus.titel,
      soort: 'antwoord',
      deadline: r.deadline,
      tafelNaam: r.casus.tafel.naam,
    }));
  const escalaties = await d.db.escalatie.findMany({
    where: { doelId: persoon.persoonId, status: { in: ['open', 'info_gevraagd'] } },
    include: { casus: { include: { tafel: true } } },
    orderBy: { deadline: 'asc' },
  });
  for (const e of escalaties) {
    uit.push({
      casusId: e.casusId,
      referentie: e.casus.referentie,
      titel: e.casus.titel,
      soort: e.niveau === 'voorzitter' ? 'voorzitter' : 'bestuurder',
      deadline: e.deadline,
      tafelNaam: e.casus.tafel.naam,
    });
  }
  return uit;
}

/**
 * The chair's own list: casussen of the tables this person chairs for which the rule gives them the chair's
 * controls (`kaartweergave`: not final), each with the controls that apply to it. Slack's App Home shows it with the chair's menu, because a
 * message in a channel looks the same to everyone and so cannot carry controls for the chair only.
 */
export async function voorzittersCasussen(d: Diensten, identiteit: Identiteit, aantal = 15) {
  const id = await d.db.identiteit.findUnique({
    where: { platform_extern: { platform: identiteit.platform, extern: identiteit.extern } },
  });
  if (!id) return [];
  const tafelIds = (
    await d.db.lid.findMany({ where: { persoonId: id.persoonId, actief: true, rol: 'voorzitter' } })
  ).map((l) => l.tafelId);
  if (tafelIds.length === 0) return [];
  const casussen = await d.db.casus.findMany({
    where: { tafelId: { in: tafelIds } },
    orderBy: { ingediend: 'desc' },
    take: aantal * 4,
    include: { tafel: true },
  });
  return casussen
    .map((c) => ({
      c,
      weergave: kaartweergave({
        bekend: true,
        lidVanTafel: true,
        voorzitter: true,
        casusStatus: c.status,
        ronde: null,
        verwachtInRonde: false,
        geantwoord: false,
      }),
    }))
    .filter(({ weergave }) => weergave.voorzittersacties)
    .slice(0, aantal)
    .map(({ c, weergave }) => ({
      casusId: c.id,
      referentie: c.referentie,
      titel: c.titel,
      status: c.status,
      opAgenda: c.opAgenda,
      tafelNaam: c.tafel.naam,
      /** Only the controls that apply to the casus in its state (a waiting casus: withdrawing). */
      beheeracties: weergave.beheeracties,
    }));
}

export async function mijnCasussen(d: Diensten, identiteit: Identiteit, aantal = 10) {
  const id = await d.db.identiteit.findUnique({
    where: { platform_extern: { platform: identiteit.platform, extern: identiteit.extern } },
  });
  if (!id) return [];
  const casussen = await d.db.casus.findMany({
    where: { indienerId: id.persoonId },
    orderBy: { ingediend: 'desc' },
    take: aantal,
    include: { tafel: true, besluit: true },
  });
  return casussen.map((c) => ({
    casusId: c.id,
    referentie: c.referentie,
    titel: c.titel,
    status: c.status,
    tafelNaam: c.tafel.naam,
    uitkomst: c.besluit?.uitkomst ?? null,
  }));
}

/** Recent besluiten of the tables I sit at (need-to-know: not other tables). */
export async function recenteBesluiten(d: Diensten, identiteit: Identiteit, aantal = 5) {
  const id = await d.db.identiteit.findUnique({
    where: { platform_extern: { platform: identiteit.platform, extern: identiteit.extern } },
  });
  if (!id) return [];
  const tafelIds = (await d.db.lid.findMany({ where: { persoonId: id.persoonId, actief: true } })).map(
    (l) => l.tafelId,
  );
  const besluiten = await d.db.besluit.findMany({
    where: { casus: { tafelId: { in: tafelIds } } },
    orderBy: { genomen: 'desc' },
    take: aantal,
    include: { casus: { include: { tafel: true } } },
  });
  return besluiten.map((b) => ({
    casusId: b.casusId,
    referentie: b.casus.referentie,
    titel: b.casus.titel,
    uitkomst: b.uitkomst,
    genomen: b.genomen,
    tafelNaam: b.casus.tafel.naam,
  }));
}
