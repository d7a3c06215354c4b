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
import type { Db, Tx } from './context.ts';

export const casusInclude = { tafel: { include: { tenant: true } }, knelpunt: true } as const;

/** A casus by id or by reference; locked for the rest of the transaction when it will change. */
export async function laadCasus(tx: Db, casusIdOfReferentie: string, vergrendel = false) {
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

export function laadCasusVoorUpdate(tx: Db, casusIdOfReferentie: string) {
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

export async function laatsteRonde(tx: Db, casusId: string) {
  return tx.besluitronde.findFirst({ where: { casusId }, orderBy: { volgnummer: 'desc' } });
}

/** The current answer per member: the highest revision counts. */
export async function huidigeReacties(tx: Db, rondeId: string) {
  const alle = await tx.reactie.findMany({
    where: { rondeId },
    orderBy: [{ lidId: 'asc' }, { revisie: 'desc' }],
    include: { lid: { include: { persoon: true, organisatie: true } } },
  });
  const perLid = new Map<string, (typeof alle)[number]>();
  for (const r of alle) if (!perLid.has(r.lidId)) perLid.set(r.lidId, r);
  return [...perLid.values()];
}

export async function reactieRegels(tx: Db, rondeId: string): Promise<ReactieRegel[]> {
  return (await huidigeReacties(tx, rondeId)).map((r) => ({
    organisatie: r.lid.organisatie.naam,
    naam: r.lid.persoon.naam,
    keuze: r.keuze as Keuze,
    reden: r.reden,
    voorwaarden: r.voorwaarden,
  }));
}

export async function voorzitterVan(tx: Db, tafelId: string) {
  return tx.lid.findFirst({
    where: { tafelId, rol: 'voorzitter', actief: true },
    include: { persoon: true },
  });
}

interface NamenLijst {
  vingerafdruk: string;
  namen: string[];
}

const namenPerTenant = new Map<string, NamenLijst>();

/**
 * The names of a tenant's professionals, for the privacy gate: their own names must not end up
 * describing the household either. Asked for every gated text, so kept per process and reloaded when
 * the list's fingerprint (count and a hash over the names) changes, e.g. after an import or a newcomer.
 */
export async function bekendeNamen(tx: Db | Tx, tenantId: string): Promise<string[]> {
  const sql = 'sql' in tx ? tx.sql : null;
  const vraag = `SELECT count(*)::int AS n, coalesce(sum(hashtext(naam)::bigint), 0)::text AS h
                   FROM "Persoon" WHERE "tenantId" = $1`;
  const [{ n, h }] = (
    sql
      ? await sql.query<{ n: number; h: string }>(vraag, [tenantId])
      : await tx.$queryRawUnsafe<{ n: number; h: string }[]>(vraag, tenantId)
  ) as [{ n: number; h: string }];
  const vingerafdruk = `${n}:${h}`;
  const bewaard = namenPerTenant.get(tenantId);
  if (bewaard?.vingerafdruk === vingerafdruk) return bewaard.namen;
  const personen = await tx.persoon.findMany({
    where: { tenantId },
    select: { naam: true },
    orderBy: { id: 'asc' },
  });
  const namen = personen.map((p) => p.naam);
  namenPerTenant.set(tenantId, { vingerafdruk, namen });
  return namen;
}

export const uitkomstVanBeslissing: Record<string, BesluitUitkomst> = {
  toekennen: 'toegekend',
  deels_toekennen: 'deels_toegekend',
  afwijzen: 'afgewezen',
  doorverwijzen: 'doorverwezen',
};
