// Loads stored state into the shapes the rules and the neutral messages need. Plain SQL: these reads
// are on every hot path (answers, closing rounds, escalations).
import type { Antwoord, Besluitronde, Casus, Knelpunt, Lid, Persoon, Tafel, Tenant } from '@prisma/client';
import { leesBeleid, leesKalender, type TafelBeleid } from '../domain/beleid.ts';
import type { AntwoordRegel, CasusSamenvatting } from '../domain/berichten.ts';
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
import { zin } from '../taal/tekst.ts';
import type { Werkkalender } from '../time/index.ts';
import { type Db, perTransactie, type Tx } from './context.ts';
import { type PoortKennis, poortKennis } from './privacypoort.ts';

interface CasusRij extends Casus {
  tafel: Omit<Tafel, never>;
  tenant: Omit<Tenant, 'aangemaakt'> & { aangemaakt: string };
  knelpunt: Knelpunt | null;
  beleidSleutel: string;
  kalenderSleutel: string;
}

export interface GeladenCasus extends Casus {
  tafel: Tafel & { tenant: Tenant };
  knelpunt: Knelpunt | null;
  beleid: TafelBeleid;
  kalender: Werkkalender;
}

// A table's policy and a tenant's calendar are parsed with zod on every load; the same JSON parses the
// same, so the result is kept per content digest (computed by the database with the row).
const beleidPerDigest = new Map<string, TafelBeleid>();
const kalenderPerDigest = new Map<string, Werkkalender>();

function eenmaalGeparsed<T>(
  geheugen: Map<string, T>,
  sleutel: string,
  json: unknown,
  lees: (j: unknown) => T,
): T {
  let waarde = geheugen.get(sleutel);
  if (waarde === undefined) {
    waarde = lees(json);
    if (geheugen.size > 10_000) geheugen.clear();
    geheugen.set(sleutel, waarde);
  }
  return waarde;
}

/** A casus by id or by reference; locked for the rest of the transaction when it will change. */
export async function laadCasus(
  tx: Tx,
  casusIdOfReferentie: string,
  vergrendel = false,
): Promise<GeladenCasus> {
  const veld = isReferentie(casusIdOfReferentie) ? 'referentie' : 'id';
  // Locked first, read after: a read in the locking statement would see the row from before the wait.
  const rijen = await tx.sql.query<{ id: string }>(
    `SELECT id FROM "Casus" WHERE ${veld} = $1${vergrendel ? ' FOR UPDATE' : ''}`,
    [casusIdOfReferentie],
  );
  if (rijen.length === 0)
    throw new DomeinFout('onbekend', zin('fouten.onbekend.casus', { casus: casusIdOfReferentie }));
  if (rijen.length > 1)
    throw new DomeinFout(
      'onbekend',
      zin('fouten.onbekend.referentie_dubbel', { casus: casusIdOfReferentie }),
    );
  return leesCasus(tx, rijen[0]!.id);
}

/** The casus with its table, tenant and knelpunt, by id; lock it first (in its own statement) if it will change. */
export async function leesCasus(tx: Tx, casusId: string): Promise<GeladenCasus> {
  const [rij] = await tx.sql.query<CasusRij>(
    `SELECT c.*, row_to_json(t) AS tafel, row_to_json(te) AS tenant, row_to_json(k) AS knelpunt,
            md5(t.beleid::text) AS "beleidSleutel", md5(te.kalender::text) AS "kalenderSleutel"
       FROM "Casus" c
       JOIN "Tafel" t ON t.id = c."tafelId"
       JOIN "Tenant" te ON te.id = t."tenantId"
       LEFT JOIN "Knelpunt" k ON k.id = c."knelpuntId"
      WHERE c.id = $1`,
    [casusId],
  );
  if (!rij) throw new DomeinFout('onbekend', zin('fouten.onbekend.casus', { casus: casusId }));
  const { tafel, tenant, knelpunt, beleidSleutel, kalenderSleutel, ...casus } = rij!;
  return {
    ...casus,
    tafel: { ...tafel, tenant: { ...tenant, aangemaakt: new Date(`${tenant.aangemaakt}Z`) } },
    knelpunt,
    beleid: eenmaalGeparsed(beleidPerDigest, beleidSleutel, tafel.beleid, leesBeleid),
    kalender: eenmaalGeparsed(kalenderPerDigest, kalenderSleutel, tenant.kalender, leesKalender),
  };
}

export function laadCasusVoorUpdate(tx: Tx, casusIdOfReferentie: string) {
  return laadCasus(tx, casusIdOfReferentie, true);
}

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

export async function laatsteRonde(tx: Tx, casusId: string): Promise<Besluitronde | null> {
  const [ronde] = await tx.sql.query<Besluitronde>(
    `SELECT * FROM "Besluitronde" WHERE "casusId" = $1 ORDER BY volgnummer DESC LIMIT 1`,
    [casusId],
  );
  return ronde ?? null;
}

export type HuidigeAntwoord = Antwoord & {
  lid: {
    id: string;
    persoonId: string;
    organisatieId: string;
    persoon: { naam: string };
    organisatie: { naam: string };
  };
};

/** The current answer per member: the highest revision counts. */
export async function huidigeAntwoorden(tx: Tx, rondeId: string): Promise<HuidigeAntwoord[]> {
  const rijen = await tx.sql.query<
    Antwoord & { persoonId: string; organisatieId: string; persoonNaam: string; organisatieNaam: string }
  >(
    `SELECT DISTINCT ON (r."lidId") r.*, l."persoonId", l."organisatieId", p.naam AS "persoonNaam", o.naam AS "organisatieNaam"
       FROM "Antwoord" r
       JOIN "Lid" l ON l.id = r."lidId"
       JOIN "Persoon" p ON p.id = l."persoonId"
       JOIN "Organisatie" o ON o.id = l."organisatieId"
      WHERE r."rondeId" = $1
      ORDER BY r."lidId", r.revisie DESC`,
    [rondeId],
  );
  return rijen.map(({ persoonId, organisatieId, persoonNaam, organisatieNaam, ...r }) => ({
    ...r,
    lid: {
      id: r.lidId,
      persoonId,
      organisatieId,
      persoon: { naam: persoonNaam },
      organisatie: { naam: organisatieNaam },
    },
  }));
}

export function alsRegels(antwoorden: readonly HuidigeAntwoord[]): AntwoordRegel[] {
  return antwoorden.map((r) => ({
    organisatie: r.lid.organisatie.naam,
    naam: r.lid.persoon.naam,
    keuze: r.keuze as Keuze,
    reden: r.reden,
    voorwaarden: r.voorwaarden,
  }));
}

export async function antwoordRegels(tx: Tx, rondeId: string): Promise<AntwoordRegel[]> {
  return alsRegels(await huidigeAntwoorden(tx, rondeId));
}

export type VoorzitterLid = Lid & { persoon: Persoon };

/** The table's chair; read once per transaction (a batch of jobs asks it for every escalation). */
export function voorzitterVan(tx: Tx, tafelId: string): Promise<VoorzitterLid | null> {
  return perTransactie(tx, `voorzitter:${tafelId}`, async () => {
    const [rij] = await tx.sql.query<Lid & { persoon: Persoon }>(
      `SELECT l.*, row_to_json(p) AS persoon FROM "Lid" l JOIN "Persoon" p ON p.id = l."persoonId"
        WHERE l."tafelId" = $1 AND l.rol = 'voorzitter' AND l.actief ORDER BY l.id LIMIT 1`,
      [tafelId],
    );
    return rij ?? null;
  });
}

/**
 * SQL for the fingerprint of a tenant's names and vocabulary (people, organisations, knelpunten, tables
 * and the tenant's own name; $tenant, written once: the tenant id's parameter or column), to read in a
 * query of one's own.
 */
export const NAMEN_VINGERAFDRUK = `(SELECT count(*)::text || ':' || coalesce(sum(hashtext(n.naam)::bigint), 0)::text
    FROM (SELECT $tenant::text AS t) p CROSS JOIN LATERAL (
      SELECT naam FROM "Persoon" WHERE "tenantId" = p.t
      UNION ALL SELECT naam FROM "Organisatie" WHERE "tenantId" = p.t
      UNION ALL SELECT naam FROM "Knelpunt" WHERE "tenantId" = p.t
      UNION ALL SELECT naam FROM "Tafel" WHERE "tenantId" = p.t
      UNION ALL SELECT naam FROM "Tenant" WHERE id = p.t) n)`;

/** A table's policy from its JSON, parsed once per content (`digest`: md5 of the JSON text). */
export function beleidVan(digest: string, json: unknown): TafelBeleid {
  return eenmaalGeparsed(beleidPerDigest, digest, json, leesBeleid);
}

interface NamenLijst {
  vingerafdruk: string;
  kennis: PoortKennis;
}

const namenPerTenant = new Map<string, NamenLijst>();

/**
 * The names of a tenant's professionals, for the privacy gate: their own names must not end up
 * describing the household either; with them the tenant's vocabulary (its own name, organisations,
 * knelpunten, tables), which is never a person's name, built by `poortKennis` as the command line builds
 * it from the tables file. Asked for every gated text, so kept per process and reloaded when the
 * fingerprint (count and a hash over all of them) changes, e.g. after an import or a newcomer.
 */
export async function bekendeNamen(tx: Db | Tx, tenantId: string, bekend?: string): Promise<PoortKennis> {
  const sql = 'sql' in tx ? tx.sql : null;
  let vingerafdruk = bekend;
  if (vingerafdruk === undefined) {
    const vraag = `SELECT ${NAMEN_VINGERAFDRUK.replace('$tenant', '$1')} AS v`;
    const [{ v }] = (
      sql
        ? await sql.query<{ v: string }>(vraag, [tenantId])
        : await tx.$queryRawUnsafe<{ v: string }[]>(vraag, tenantId)
    ) as [{ v: string }];
    vingerafdruk = v;
  }
  const bewaard = namenPerTenant.get(tenantId);
  if (bewaard?.vingerafdruk === vingerafdruk) return bewaard.kennis;
  const alleen = { where: { tenantId }, select: { naam: true }, orderBy: { id: 'asc' as const } };
  // one after the other: a transaction's connection runs one query at a time
  const personen = await tx.persoon.findMany(alleen);
  const organisaties = await tx.organisatie.findMany(alleen);
  const knelpunten = await tx.knelpunt.findMany(alleen);
  const tafels = await tx.tafel.findMany(alleen);
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { naam: true } });
  const kennis = poortKennis({
    ...(tenant ? { gemeente: tenant.naam } : {}),
    personen: personen.map((p) => p.naam),
    organisaties: organisaties.map((o) => o.naam),
    knelpunten: knelpunten.map((k) => k.naam),
    tafels: tafels.map((t) => t.naam),
  });
  namenPerTenant.set(tenantId, { vingerafdruk, kennis });
  return kennis;
}

export const uitkomstVanBeslissing: Record<string, BesluitUitkomst> = {
  toekennen: 'toegekend',
  deels_toekennen: 'deels_toegekend',
  afwijzen: 'afgewezen',
  doorverwijzen: 'doorverwezen',
};
