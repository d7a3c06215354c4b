// The knelpunten report: one query for the rows, the pure aggregation in rapportage.ts, and the outputs
// (CSV, PNG, message text) for the CLI, the monthly delivery and the adapters.
import { Prisma } from '@prisma/client';
import { leesKalender } from '../domain/beleid.ts';
import { DomeinFout, veldFout } from '../domain/fouten.ts';
import { melding, veldFouten, z } from '../domain/validatie.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import type { Db, Diensten } from '../services/context.ts';
import type { Identiteit } from '../services/identiteit.ts';
import { taalOf } from '../taal/taal.ts';
import { zin } from '../taal/tekst.ts';
import { dagTekst, isDag, periode } from './periode.ts';
import { aggregeer, type Rapport, type RapportRij } from './rapportage.ts';
import { gevraagdeTafel, zichtVoor } from './toegang.ts';

export { naarPng, naarSvg } from './grafiek.ts';
export type { KnelpuntCijfers, Rapport } from './rapportage.ts';
export { naarCsv, samenvatting } from './rapportuitvoer.ts';

const dag = z.union([z.date(), z.string().refine(isDag, { error: melding(zin('fouten.veld.datum')) })]);

const rapportSchema = z
  .object({
    tenantId: z.string().min(1),
    van: dag,
    tot: dag,
    /** One table; without it, every table of the tenant. */
    tafelId: z.string().min(1).optional(),
  })
  .refine((v) => periode(v.van).begin! < periode(undefined, v.tot).eind!, {
    error: melding(zin('fouten.veld.einde_voor_begin')),
    path: ['tot'],
  });

export type RapportVraag = z.input<typeof rapportSchema>;

interface Rij {
  knelpuntCode: string | null;
  knelpuntNaam: string | null;
  status: string;
  ingediend: Date;
  besluitId: string | null;
  uitkomst: string | null;
  genomen: Date | null;
  kostenMaatwerkCent: number | null;
  kostenNietsDoenCent: number | null;
  toegekendBedragCent: number | null;
  evaluatieGewerkt: boolean | null;
  openToezeggingen: number;
  verlopenToezeggingen: number;
}

async function leesRijen(
  tx: Db,
  tenantId: string,
  begin: Date,
  eind: Date,
  tafelId: string | undefined,
  peil: Date,
): Promise<RapportRij[]> {
  const tafelFilter = tafelId ? Prisma.sql`AND c."tafelId" = ${tafelId}` : Prisma.empty;
  const rijen = await tx.$queryRaw<Rij[]>`
    SELECT k.code AS "knelpuntCode", k.naam AS "knelpuntNaam", c.status, c.ingediend,
           b.id AS "besluitId", b.uitkomst, b.genomen, b."kostenMaatwerkCent", b."kostenNietsDoenCent",
           b."toegekendBedragCent",
           b."evaluatieGewerkt",
           coalesce(tz.open, 0)::int AS "openToezeggingen", coalesce(tz.verlopen, 0)::int AS "verlopenToezeggingen"
      FROM "Casus" c
      LEFT JOIN "Knelpunt" k ON k.id = c."knelpuntId"
      LEFT JOIN "Besluit" b ON b."casusId" = c.id
      LEFT JOIN (
        SELECT t."besluitId",
               count(*) FILTER (WHERE t.gedaan IS NULL) AS open,
               count(*) FILTER (WHERE t.gedaan IS NULL AND t.deadline < ${peil}) AS verlopen
          FROM "Toezegging" t
          JOIN "Besluit" tb ON tb.id = t."besluitId"
          JOIN "Casus" tc ON tc.id = tb."casusId"
         WHERE tc."tenantId" = ${tenantId} AND tc.ingediend >= ${begin} AND tc.ingediend < ${eind}
         GROUP BY t."besluitId") tz ON tz."besluitId" = b.id
     WHERE c."tenantId" = ${tenantId} AND c.ingediend >= ${begin} AND c.ingediend < ${eind}
       AND c.status <> 'crisis_doorverwezen' ${tafelFilter}`;
  return rijen.map((r) => ({
    knelpuntCode: r.knelpuntCode,
    knelpuntNaam: r.knelpuntNaam,
    status: r.status,
    ingediend: r.ingediend,
    besluit:
      r.besluitId === null
        ? null
        : {
            uitkomst: r.uitkomst as BesluitUitkomst,
            genomen: r.genomen!,
            kostenMaatwerkCent: r.kostenMaatwerkCent ?? 0,
            kostenNietsDoenCent: r.kostenNietsDoenCent ?? 0,
            toegekendBedragCent: r.toegekendBedragCent,
            evaluatieGewerkt: r.evaluatieGewerkt,
            openToezeggingen: r.openToezeggingen,
            verlopenToezeggingen: r.verlopenToezeggingen,
          },
  }));
}

/** The report for a tenant, one table or all; no access check (the CLI and scheduled delivery). */
export async function maakRapport(d: Diensten, vraag: RapportVraag): Promise<Rapport> {
  const parsed = rapportSchema.safeParse(vraag);
  if (!parsed.success)
    throw new DomeinFout(
      'ongeldige_invoer',
      zin('fouten.invoer.controleer_periode'),
      veldFouten(parsed.error),
    );
  const v = parsed.data;
  const tx: Db = d.db;
  const tenant = await tx.tenant.findUnique({ where: { id: v.tenantId } });
  if (!tenant) throw new DomeinFout('onbekend', zin('fouten.onbekend.gemeente'));
  const tafel = v.tafelId
    ? await tx.tafel.findFirst({ where: { id: v.tafelId, tenantId: tenant.id } })
    : null;
  if (v.tafelId && !tafel) throw new DomeinFout('onbekend', zin('fouten.onbekend.tafel'));
  const { begin, eind } = periode(v.van, v.tot);
  const nu = d.klok.nu();
  const rijen = await leesRijen(tx, tenant.id, begin!, eind!, tafel?.id, nu);
  // The report is written in the tenant's language: its channel and its bestuurders read it together.
  const taal = taalOf(tenant.taal);
  const { knelpunten, totaal } = aggregeer(rijen, leesKalender(tenant.kalender), taal);
  return {
    tenant: { slug: tenant.slug, naam: tenant.naam, taal },
    tafel: tafel ? { slug: tafel.slug, naam: tafel.naam } : null,
    van: typeof v.van === 'string' ? v.van : dagTekst(v.van),
    tot: typeof v.tot === 'string' ? v.tot : dagTekst(v.tot),
    gemaakt: nu.toISOString(),
    doorlooptijdEenheid: 'werkuren',
    knelpunten,
    totaal,
  };
}

/**
 * The report as a person may see it: a tenant-wide bestuurder gets all tables (or the one asked for);
 * members and chairs a table they sit at, which they must name when they sit at more than one.
 */
export async function rapportVoor(
  d: Diensten,
  identiteit: Identiteit,
  vraag: { van: string | Date; tot: string | Date; tafel?: string },
): Promise<Rapport> {
  const zicht = await zichtVoor(d.db, identiteit, { tafel: vraag.tafel });
  let tafelId: string | undefined;
  if (vraag.tafel) tafelId = gevraagdeTafel(zicht).id;
  else if (!zicht.alleTafels) {
    if (zicht.tafelIds.length !== 1) {
      throw new DomeinFout(
        zicht.tafelIds.length === 0 ? 'niet_bevoegd' : 'ongeldige_invoer',
        zicht.tafelIds.length === 0
          ? zin('fouten.toegang.geen_tafel_rapport')
          : zin('fouten.invoer.kies_rapporttafel'),
        [veldFout('tafel', zin('fouten.veld.kies_tafel'))],
      );
    }
    tafelId = zicht.tafelIds[0];
  }
  return maakRapport(d, { tenantId: zicht.tenantId, van: vraag.van, tot: vraag.tot, tafelId });
}
