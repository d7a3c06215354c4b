// Loads stored state into the shapes the rules and the neutral messages need.
import { Prisma } from '@prisma/client';

import { leesBeleid, leesKalender } from '../domain/beleid.ts';
import type { CasusSamenvatting, KaartStand, LidStand, ReactieRegel } from '../domain/berichten.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { isReferentie } from '../domain/referentie.ts';
import type {
  BesluitUitkomst,
  Betrokkenheid,
  Keuze,
  Leefgebied,
  Toestemming,
  Urgentie,
} from '../domain/woorden.ts';
import type { Tx } from './context.ts';

export const casusInclude = { tafel: { include: { tenant: true } }, knelpunt: true } as const;

/** A casus by id or by reference; locked for the rest of the transaction when it will change. */
export async function laadCasus(tx: Tx, casusIdOfReferentie: string, vergrendel = false) {
  const veld = isReferentie(casusIdOfReferentie) ? 'referentie' : 'id';
  const slot = vergrendel ? Prisma.sql`FOR UPDATE` : Prisma.empty;
  const rijen =
    veld === 'id'
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Casus" WHERE id = ${casusIdOfReferentie} ${slot}`
      : await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Casus" WHERE referentie = ${casusIdOfReferentie} ${slot}`;
  if (rijen.length === 0) throw new DomeinFout('onbekend', `Casus ${casusIdOfReferentie} bestaat niet.`);
  if (rijen.length > 1)
    throw new DomeinFout('onbekend', `Referentie ${casusIdOfReferentie} is niet eenduidig.`);
  const casus = await tx.casus.findUniqueOrThrow({ where: { id: rijen[0]!.id }, include: casusInclude });
  return {
    ...casus,
    beleid: leesBeleid(casus.tafel.beleid),
    kalender: leesKalender(casus.tafel.tenant.kalender),
  };
}

export function laadCasusVoorUpdate(tx: Tx, casusIdOfReferentie: string) {
  return laadCasus(tx, casusIdOfReferentie, true);
}

export type GeladenCasus = Awaited<ReturnType<typeof laadCasus>>;

export function samenvatting(c: GeladenCasus): CasusSamenvatting {
  return {
    casusId: c.id,
    referentie: c.referentie,
    tafelId: c.tafelId,
    tafelNaam: c.tafel.naam,
    titel: c.titel,
    situatie: c.situatie,
    knelpunt: {
      code: c.knelpunt?.code ?? null,
      naam: c.knelpunt?.naam ?? c.knelpuntVrij ?? '',
      regel: c.knelpunt?.regel ?? null,
    },
    leefgebieden: c.leefgebieden as Leefgebied[],
    gevraagdeOplossing: c.gevraagdeOplossing,
    kostenMaatwerkCent: c.kostenMaatwerkCent,
    kostenNietsDoenCent: c.kostenNietsDoenCent,
    kostenNietsDoenToelichting: c.kostenNietsDoenToelichting,
    urgentie: c.urgentie as Urgentie,
    betrokkenheid: c.betrokkenheid as Betrokkenheid,
    betrokkenheidToelichting: c.betrokkenheidToelichting,
    toestemming: c.toestemming as Toestemming,
    status: c.status,
    opAgenda: c.opAgenda,
  };
}

export async function laatsteRonde(tx: Tx, casusId: string) {
  return tx.besluitronde.findFirst({ where: { casusId }, orderBy: { volgnummer: 'desc' } });
}

/** The current answer per member: the highest revision counts. */
export async function huidigeReacties(tx: Tx, rondeId: string) {
  const alle = await tx.reactie.findMany({
    where: { rondeId },
    orderBy: [{ lidId: 'asc' }, { revisie: 'desc' }],
    include: { lid: { include: { persoon: true, organisatie: true } } },
  });
  const perLid = new Map<string, (typeof alle)[number]>();
  for (const r of alle) if (!perLid.has(r.lidId)) perLid.set(r.lidId, r);
  return [...perLid.values()];
}

export async function reactieRegels(tx: Tx, rondeId: string): Promise<ReactieRegel[]> {
  return (await huidigeReacties(tx, rondeId)).map((r) => ({
    organisatie: r.lid.organisatie.naam,
    naam: r.lid.persoon.naam,
    keuze: r.keuze as Keuze,
    reden: r.reden,
    voorwaarden: r.voorwaarden,
  }));
}

export async function kaartStand(tx: Tx, c: GeladenCasus): Promise<KaartStand> {
  const ronde = await laatsteRonde(tx, c.id);
  if (!ronde) return { casus: samenvatting(c), versie: c.versie, ronde: null };
  const reacties = await huidigeReacties(tx, ronde.id);
  const leden = await tx.lid.findMany({
    where: { id: { in: ronde.verwachteLidIds } },
    include: { persoon: true, organisatie: true },
    orderBy: { organisatie: { naam: 'asc' } },
  });
  const inhoudZichtbaar = ronde.status === 'gesloten' || c.beleid.reactiesZichtbaarVoorSluiten;
  const perLid = new Map(reacties.map((r) => [r.lidId, r]));
  const geantwoord: LidStand[] = [];
  const wachtend: LidStand[] = [];
  for (const lid of leden) {
    const basis = { lidId: lid.id, naam: lid.persoon.naam, organisatie: lid.organisatie.naam };
    const r = perLid.get(lid.id);
    if (!r) wachtend.push(basis);
    else if (inhoudZichtbaar)
      geantwoord.push({ ...basis, keuze: r.keuze as Keuze, reden: r.reden, voorwaarden: r.voorwaarden });
    else geantwoord.push(basis);
  }
  return {
    casus: samenvatting(c),
    versie: c.versie,
    ronde: {
      rondeId: ronde.id,
      status: ronde.status as 'open' | 'gesloten',
      deadline: ronde.deadline.toISOString(),
      geantwoord,
      wachtend,
      inhoudZichtbaar,
    },
  };
}

export async function voorzitterVan(tx: Tx, tafelId: string) {
  return tx.lid.findFirst({
    where: { tafelId, rol: 'voorzitter', actief: true },
    include: { persoon: true },
  });
}

export async function bekendeNamen(tx: Tx, tenantId: string): Promise<string[]> {
  // Professionals' own names must not end up describing the household either.
  const personen = await tx.persoon.findMany({ where: { tenantId }, select: { naam: true } });
  return personen.map((p) => p.naam);
}

export const uitkomstVanBeslissing: Record<string, BesluitUitkomst> = {
  toekennen: 'toegekend',
  deels_toekennen: 'deels_toegekend',
  afwijzen: 'afgewezen',
  doorverwijzen: 'doorverwezen',
};
