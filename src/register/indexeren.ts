// Keeps the register's search columns of Besluit in step with the besluit, in the caller's transaction.
// The tsvector itself is a generated column (see the register migration); this writes its inputs.
import { type Db, type Diensten, inTransactie } from '../services/context.ts';
import { zoekvelden } from './zoektekst.ts';

const BLOK = 500;

/** Bump when normaliseer.ts or zoektekst.ts changes what is indexed: start-up then re-indexes. */
export const ZOEKVERSIE = 1;

/** Writes search text and the tenant/table/knelpunt copies for these besluiten; returns how many. */
export async function indexeerBesluiten(tx: Db, besluitIds: readonly string[]): Promise<number> {
  if (besluitIds.length === 0) return 0;
  const besluiten = await tx.besluit.findMany({
    where: { id: { in: [...besluitIds] } },
    select: {
      id: true,
      waarom: true,
      hoe: true,
      voorwaarden: true,
      afgewekenRegel: true,
      verwijzing: true,
      afwijkingToelichting: true,
      casus: {
        select: {
          tenantId: true,
          tafelId: true,
          knelpuntId: true,
          titel: true,
          tekstGewist: true,
          knelpuntVrij: true,
          leefgebieden: true,
          knelpunt: { select: { naam: true } },
        },
      },
    },
  });
  if (besluiten.length === 0) return 0;
  const ids: string[] = [];
  const koppen: string[] = [];
  const teksten: string[] = [];
  const tenants: string[] = [];
  const tafels: string[] = [];
  const knelpunten: (string | null)[] = [];
  for (const b of besluiten) {
    const v = zoekvelden({
      // After the retention purge the title is a placeholder, and the words it had must leave the index.
      titel: b.casus.tekstGewist ? '' : b.casus.titel,
      knelpuntNaam: b.casus.knelpunt?.naam ?? null,
      knelpuntVrij: b.casus.knelpuntVrij,
      waarom: b.waarom,
      hoe: b.hoe,
      voorwaarden: b.voorwaarden,
      afgewekenRegel: b.afgewekenRegel,
      verwijzing: b.verwijzing,
      afwijkingToelichting: b.afwijkingToelichting,
      leefgebieden: b.casus.leefgebieden,
    });
    ids.push(b.id);
    koppen.push(v.zoekkop);
    teksten.push(v.zoektekst);
    tenants.push(b.casus.tenantId);
    tafels.push(b.casus.tafelId);
    knelpunten.push(b.casus.knelpuntId);
  }
  // One statement for the whole batch: a re-index of a large register stays a few round trips.
  return tx.$executeRaw`
    UPDATE "Besluit" AS b
       SET "zoekkop" = u.kop, "zoektekst" = u.tekst, "zoekversie" = ${ZOEKVERSIE}::int,
           "tenantId" = u.tenant, "tafelId" = u.tafel, "knelpuntId" = u.knelpunt
      FROM unnest(${ids}::text[], ${koppen}::text[], ${teksten}::text[], ${tenants}::text[], ${tafels}::text[],
                  ${knelpunten}::text[]) AS u(id, kop, tekst, tenant, tafel, knelpunt)
     WHERE b.id = u.id`;
}

/** The hook for recording a besluit (and for anything that changes what a besluit says). */
export async function indexeerBesluit(tx: Db, besluitId: string): Promise<void> {
  await indexeerBesluiten(tx, [besluitId]);
}

/** The hook for the retention purge: the casus' title left, so its besluit's search text must follow. */
export async function indexeerCasus(tx: Db, casusId: string): Promise<void> {
  const besluit = await tx.besluit.findUnique({ where: { casusId }, select: { id: true } });
  if (besluit) await indexeerBesluiten(tx, [besluit.id]);
}

/**
 * Indexes besluiten whose search text is missing or from an older normaliser (taken before the register
 * existed, before the hook, or before ZOEKVERSIE was bumped). Safe at start-up: a no-op when all are current.
 */
export async function herindexeerBesluiten(d: Diensten, opties: { alles?: boolean } = {}): Promise<number> {
  let totaal = 0;
  let na = '';
  for (;;) {
    const blok = await d.db.besluit.findMany({
      where: {
        id: { gt: na },
        ...(opties.alles ? {} : { OR: [{ zoekversie: null }, { zoekversie: { lt: ZOEKVERSIE } }] }),
      },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: BLOK,
    });
    if (blok.length === 0) return totaal;
    totaal += await inTransactie(d, (tx) =>
      indexeerBesluiten(
        tx,
        blok.map((b) => b.id),
      ),
    );
    na = blok.at(-1)!.id;
  }
}
