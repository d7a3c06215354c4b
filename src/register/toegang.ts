// Which tables' besluiten a person may see: need-to-know, decided from stored state only.
// Members and chairs see the tables they sit at; a tenant-wide bestuurder sees every table of the tenant,
// a bestuurder of one table that table. Nobody sees another tenant.
import { DomeinFout, isDomeinFout, veldFout } from '../domain/fouten.ts';
import type { Db, Diensten } from '../services/context.ts';
import { bekendPersoon, type Identiteit, identiteitSchema } from '../services/identiteit.ts';
import { legWeigeringVast } from '../services/toegang.ts';
import { zin } from '../taal/tekst.ts';

export interface Zicht {
  persoonId: string;
  tenantId: string;
  tafelIds: string[];
  /** A tenant-wide bestuurder: reports may span all tables. */
  alleTafels: boolean;
  /** The table asked for (by id or slug) within the tenant, if any; not yet checked against tafelIds. */
  tafel: { id: string; naam: string } | null;
  /** The knelpunt asked for (by code or id) within the tenant, if any. */
  knelpuntId: string | null;
  /** Lexemes in the tsquery `zoek` after the stop words: 0 means "no words". */
  lexemen: number;
}

interface ZichtRij {
  persoonId: string;
  tenantId: string;
  tafelIds: string[];
  alleTafels: boolean;
  tafelId: string | null;
  tafelNaam: string | null;
  knelpuntId: string | null;
  lexemen: number;
}

/**
 * Who is asking and what they may see, with the lookups a search needs, in one round trip: a search
 * is interactive, and each extra query costs a round trip on a busy server.
 */
export async function zichtVoor(
  tx: Db,
  identiteit: Identiteit,
  vraag: { tafel?: string; knelpunt?: string; zoek?: string } = {},
): Promise<Zicht> {
  const id = identiteitSchema.parse(identiteit);
  const tafel = vraag.tafel ?? null;
  const knelpunt = vraag.knelpunt ?? null;
  const zoek = vraag.zoek ?? '';
  const [rij] = await tx.$queryRaw<ZichtRij[]>`
    WITH p AS (
      SELECT pe.id, pe."tenantId" FROM "Identiteit" i JOIN "Persoon" pe ON pe.id = i."persoonId"
       WHERE i.platform = ${id.platform} AND i.extern = ${id.extern}
    ), rol AS (
      SELECT EXISTS (SELECT 1 FROM "Bestuurder" b, p
                      WHERE b."persoonId" = p.id AND b."tenantId" = p."tenantId" AND b."tafelId" IS NULL) AS alle
    )
    SELECT p.id AS "persoonId", p."tenantId", rol.alle AS "alleTafels",
           ARRAY(SELECT t.id FROM "Tafel" t
                  WHERE t."tenantId" = p."tenantId"
                    AND (rol.alle
                         OR t.id IN (SELECT l."tafelId" FROM "Lid" l WHERE l."persoonId" = p.id AND l.actief)
                         OR t.id IN (SELECT b."tafelId" FROM "Bestuurder" b WHERE b."persoonId" = p.id))
                  ORDER BY t.id) AS "tafelIds",
           (SELECT t.id FROM "Tafel" t WHERE t."tenantId" = p."tenantId" AND (t.id = ${tafel} OR t.slug = ${tafel})
             LIMIT 1) AS "tafelId",
           (SELECT t.naam FROM "Tafel" t WHERE t."tenantId" = p."tenantId" AND (t.id = ${tafel} OR t.slug = ${tafel})
             LIMIT 1) AS "tafelNaam",
           (SELECT k.id FROM "Knelpunt" k WHERE k."tenantId" = p."tenantId" AND (k.code = ${knelpunt} OR k.id = ${knelpunt})
             LIMIT 1) AS "knelpuntId",
           CASE WHEN ${zoek} = '' THEN 0 ELSE numnode(to_tsquery('dutch', ${zoek})) END::int AS lexemen
      FROM p, rol`;
  if (!rij) {
    // The engine's own refusal and message for people it does not know.
    await bekendPersoon(tx, identiteit);
    throw new DomeinFout('niet_bevoegd', 'U bent (nog) niet bekend bij deze maatwerktafel.');
  }
  return {
    persoonId: rij.persoonId,
    tenantId: rij.tenantId,
    tafelIds: rij.tafelIds,
    alleTafels: rij.alleTafels,
    tafel: rij.tafelId ? { id: rij.tafelId, naam: rij.tafelNaam ?? '' } : null,
    knelpuntId: rij.knelpuntId,
    lexemen: rij.lexemen,
  };
}

/** The one table asked for, refusing a table that does not exist or that the person does not sit at. */
export function gevraagdeTafel(zicht: Zicht): { id: string; naam: string } {
  const t = zicht.tafel;
  if (!t) {
    throw new DomeinFout('onbekend', zin('rapport.fout.tafel_onbekend'), [
      veldFout('tafel', zin('rapport.veld.bestaande_tafel')),
    ]);
  }
  if (!zicht.tafelIds.includes(t.id)) {
    throw new DomeinFout('niet_bevoegd', zin('rapport.fout.niet_aan_tafel', { tafel: t.naam }), [
      veldFout('tafel', zin('rapport.veld.eigen_tafel')),
    ]);
  }
  return t;
}

export const GEEN_TAFEL =
  'U zit aan geen maatwerktafel: eerdere besluiten zijn er voor de leden van een tafel en hun bestuurders.';

/**
 * The tables a search looks in: the one asked for, or every table the person may see. Refused, and the
 * attempt on record, when the table asked for is not theirs, or when they see no table at all (a submitter
 * who sits at none): both are attempts to read besluiten one has no need to know.
 */
export async function zoektafels(d: Diensten, zicht: Zicht, metTafel: boolean): Promise<string[]> {
  try {
    if (metTafel) return [gevraagdeTafel(zicht).id];
    if (zicht.tafelIds.length === 0) throw new DomeinFout('niet_bevoegd', GEEN_TAFEL);
    return zicht.tafelIds;
  } catch (fout) {
    if (isDomeinFout(fout) && fout.code === 'niet_bevoegd') {
      await legWeigeringVast(d, {
        tenantId: zicht.tenantId,
        actorId: zicht.persoonId,
        casusRef: null,
        pad: 'zoeken',
        tafelId: zicht.tafel?.id ?? null,
      });
    }
    throw fout;
  }
}
