// One answer: what it may say (the input schema), the stored state it meets (read per batch, under the
// casus lock) and the rules it is judged by. The batch that stores answers is in antwoorden.ts.
import { magAntwoorden } from '../domain/bevoegdheid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { isReferentie } from '../domain/referentie.ts';
import { type Sluituitkomst, sluitVroeg } from '../domain/sluitregel.ts';
import { leesOfWeiger, melding, optioneleTekst, z } from '../domain/validatie.ts';
import { KEUZES, type Keuze } from '../domain/woorden.ts';
import { type Zin, zin } from '../taal/tekst.ts';
import { amsterdamTijdstip } from '../time/index.ts';
import type { Tx } from './context.ts';
import type { Identiteit } from './identiteit.ts';
import { beleidVan, NAMEN_VINGERAFDRUK } from './lezen.ts';

export const antwoordSchema = z
  .object({
    keuze: z.enum(KEUZES, {
      error: melding(zin('fouten.veld.keuze')),
    }),
    reden: z
      .string({ error: melding(zin('fouten.veld.reden')) })
      .trim()
      .min(3, { error: melding(zin('fouten.veld.reden_hoe_waarom')) })
      .max(2000, { error: melding(zin('fouten.veld.reden_te_lang')) }),
    voorwaarden: optioneleTekst(1000),
    toezegging: z
      .object({
        taak: z
          .string()
          .trim()
          .min(3, { error: melding(zin('fouten.veld.toezegging_taak')) })
          .max(500),
        // A bare date ('2026-12-07', as date pickers send) means the end of that working day in Amsterdam.
        deadline: z.preprocess(
          (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? amsterdamTijdstip(v, '17:00') : v),
          z.coerce.date({ error: melding(zin('fouten.veld.toezegging_datum')) }),
        ),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.keuze === 'akkoord_met_voorwaarden' && !v.voorwaarden) {
      ctx.addIssue({
        code: 'custom',
        path: ['voorwaarden'],
        message: melding(zin('fouten.veld.voorwaarden')),
      });
    }
  });

export type AntwoordInvoer = z.input<typeof antwoordSchema>;

export interface AntwoordResultaat {
  referentie: string;
  revisie: number;
  keuze: Keuze;
  gesloten: Sluituitkomst['soort'] | null;
  /** Until when the answer may be changed (ISO), while the round stays open. */
  deadline: string | null;
}

export interface AntwoordStand {
  n: number;
  id: string;
  referentie: string;
  /** The casus's status: a casus waiting for its submitter (no round yet) is refused as such. */
  status: string;
  tenantId: string;
  tafelId: string;
  tafelNaam: string;
  beleid: unknown;
  beleidDigest: string;
  namenVingerafdruk: string;
  kanalen: { platform: string; kanaalId: string }[];
  rondeId: string | null;
  rondeStatus: string | null;
  deadline: Date | null;
  verwachteLidIds: string[] | null;
  volgnummer: number | null;
  persoonId: string | null;
  lidId: string | null;
  vorigeRevisie: number | null;
  beantwoord: number;
  /** The stored result when this request was handled before (a redelivery). */
  eerder: AntwoordResultaat | null;
}

export interface AntwoordVraag {
  wie: Identiteit;
  casus: string;
  invoer: AntwoordInvoer;
  verzoek?: string | undefined;
}

/**
 * An answer whose casus another transaction (another replica's batch, a job) holds: it goes in a later batch,
 * so the answers on other casussen in this one do not wait for that transaction (see laadAntwoordStanden).
 */
export class CasusBezet extends Error {}

/**
 * Locks the casussen of the batch (in id order, so batches never deadlock each other), then reads all. A casus
 * locked elsewhere is skipped (SKIP LOCKED) and its answers wait for a later batch; only when every casus of the
 * batch is locked elsewhere does the batch wait, so it makes progress without spinning.
 */
export async function laadAntwoordStanden(tx: Tx, vragen: AntwoordVraag[]) {
  const ids = [...new Set(vragen.filter((v) => !isReferentie(v.casus)).map((v) => v.casus))];
  const refs = [...new Set(vragen.filter((v) => isReferentie(v.casus)).map((v) => v.casus))];
  const vergrendel = (wacht: boolean) =>
    tx.sql.query<{ id: string; referentie: string }>(
      `SELECT id, referentie FROM "Casus" WHERE id = ANY($1::text[]) OR referentie = ANY($2::text[])
        ORDER BY id FOR UPDATE${wacht ? '' : ' SKIP LOCKED'}`,
      [ids, refs],
    );
  let gevonden = await vergrendel(false);
  let bezet = new Set<string>();
  if (
    ids.some((id) => !gevonden.some((g) => g.id === id)) ||
    refs.some((r) => !gevonden.some((g) => g.referentie === r))
  ) {
    const alle = await tx.sql.query<{ id: string; referentie: string }>(
      `SELECT id, referentie FROM "Casus" WHERE id = ANY($1::text[]) OR referentie = ANY($2::text[])`,
      [ids, refs],
    );
    const overgeslagen = alle.filter((a) => !gevonden.some((g) => g.id === a.id));
    if (overgeslagen.length > 0 && gevonden.length === 0) gevonden = await vergrendel(true);
    else bezet = new Set(overgeslagen.flatMap((a) => [a.id, a.referentie]));
  }
  const casusVan = (v: AntwoordVraag): string | DomeinFout | CasusBezet => {
    if (bezet.has(v.casus)) return new CasusBezet(v.casus);
    const treffers = gevonden.filter((g) => (isReferentie(v.casus) ? g.referentie : g.id) === v.casus);
    if (treffers.length === 0)
      return new DomeinFout('onbekend', zin('fouten.onbekend.casus', { casus: v.casus }));
    if (treffers.length > 1)
      return new DomeinFout('onbekend', zin('fouten.onbekend.referentie_dubbel', { casus: v.casus }));
    return treffers[0]!.id;
  };
  const casussen = vragen.map(casusVan);
  const teLezen = casussen
    .map((c, n) => ({ c, n }))
    .filter((x): x is { c: string; n: number } => typeof x.c === 'string');
  // Read after the lock, in a statement of its own: the locking statement would see the rest from before the wait.
  const rijen = await tx.sql.query<AntwoordStand>(
    `SELECT v.n::int AS n, c.id, c.referentie, c.status, c."tenantId", c."tafelId", t.naam AS "tafelNaam", t.beleid,
            md5(t.beleid::text) AS "beleidDigest", ${NAMEN_VINGERAFDRUK.replace('$tenant', 'c."tenantId"')} AS "namenVingerafdruk",
            coalesce((SELECT json_agg(json_build_object('platform', k.platform, 'kanaalId', k."kanaalId") ORDER BY k.platform)
                        FROM "Kanaal" k WHERE k."tafelId" = c."tafelId" AND k.soort = 'tafel'), '[]') AS kanalen,
            r.id AS "rondeId", r.status AS "rondeStatus", r.deadline, r."verwachteLidIds", r.volgnummer,
            pers.id AS "persoonId", l.id AS "lidId",
            (SELECT max(x.revisie) FROM "Antwoord" x WHERE x."rondeId" = r.id AND x."lidId" = l.id) AS "vorigeRevisie",
            (SELECT count(DISTINCT x."lidId") FROM "Antwoord" x
              WHERE x."rondeId" = r.id AND x."lidId" = ANY(r."verwachteLidIds"))::int AS beantwoord,
            (SELECT vv.resultaat FROM "VerwerktVerzoek" vv WHERE vv.sleutel = v.sleutel) AS eerder
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(n, casus, platform, extern, sleutel)
       JOIN "Casus" c ON c.id = v.casus
       JOIN "Tafel" t ON t.id = c."tafelId"
       LEFT JOIN LATERAL (
         SELECT id, status, deadline, "verwachteLidIds", volgnummer FROM "Besluitronde"
          WHERE "casusId" = c.id ORDER BY volgnummer DESC LIMIT 1) r ON true
       LEFT JOIN LATERAL (
         SELECT p.id FROM "Identiteit" i JOIN "Persoon" p ON p.id = i."persoonId"
          WHERE i.platform = v.platform AND i.extern = v.extern) pers ON true
       LEFT JOIN "Lid" l ON l."tafelId" = c."tafelId" AND l."persoonId" = pers.id AND l.actief`,
    [
      teLezen.map((x) => x.n),
      teLezen.map((x) => x.c),
      teLezen.map((x) => vragen[x.n]!.wie.platform),
      teLezen.map((x) => vragen[x.n]!.wie.extern),
      teLezen.map((x) => vragen[x.n]!.verzoek ?? null),
    ],
  );
  const perVraag = new Map(rijen.map((r) => [r.n, r]));
  return casussen.map((c, n) => (typeof c === 'string' ? perVraag.get(n)! : c));
}

/**
 * An answer from someone not at the casus' table. When that person may not even see the casus (not its
 * submitter, no escalation target: a forged or replayed submission, since the card's button already refuses
 * them), it is an attempt on a casus like any other path (see toegang.ts): on record, and answered with the
 * same refusal, which tells nothing of the casus or its table. Checked after the batch (legPogingenVanBuitenVast
 * in antwoorden.ts), so the batch's own transaction stays short.
 */
export class AntwoordVanBuiten extends DomeinFout {
  constructor(
    readonly poging: { persoonId: string | null; casusId: string },
    code: 'geen_lid' | 'niet_bevoegd',
    bericht: Zin,
  ) {
    super(code, bericht);
  }
}

/** The rules for one answer, given what earlier answers of the same batch did. */
export function beoordeelAntwoord(
  stand: AntwoordStand,
  invoer: AntwoordInvoer,
  nu: Date,
  partij: {
    revisies: Map<string, number>;
    nieuweLeden: Map<string, Set<string>>;
    afgesloten: Map<string, number>;
  },
) {
  const poging = { persoonId: stand.persoonId, casusId: stand.id };
  const verwacht = new Set(stand.verwachteLidIds ?? []);
  const oordeel = magAntwoorden({
    bekend: !!stand.persoonId,
    casusStatus: stand.status,
    lidVanTafel: !!stand.lidId,
    // A round an earlier answer of this batch completed is closed, though not yet written as such.
    ronde: stand.rondeId
      ? {
          open: stand.rondeStatus === 'open' && !partij.afgesloten.has(stand.rondeId),
          deadlineVerstreken: nu >= stand.deadline!,
        }
      : null,
    verwachtInRonde: !!stand.lidId && verwacht.has(stand.lidId),
  });
  if (!oordeel.mag) {
    const geenLid = zin('fouten.bevoegd.antwoorden', { tafel: stand.tafelNaam });
    switch (oordeel.reden) {
      case 'onbekend':
        throw new AntwoordVanBuiten(poging, 'niet_bevoegd', zin('fouten.toegang.onbekend_persoon'));
      case 'ronde_gesloten':
        throw new DomeinFout(
          'ronde_gesloten',
          zin('fouten.stand.ronde_gesloten_antwoord', { referentie: stand.referentie }),
        );
      case 'wacht_op_aanvulling':
        throw new DomeinFout(
          'ronde_gesloten',
          zin('fouten.stand.wacht_op_aanvulling_antwoord', { referentie: stand.referentie }),
        );
      // Not at this table at all: maybe not even allowed to see the casus (see AntwoordVanBuiten).
      case 'geen_lid':
        throw new AntwoordVanBuiten(poging, 'geen_lid', geenLid);
      case 'niet_verwacht':
        throw new DomeinFout('geen_lid', geenLid);
    }
  }
  const rondeId = stand.rondeId!;
  const lidId = stand.lidId!;
  const r = leesOfWeiger(antwoordSchema, invoer, zin('fouten.invoer.controleer_antwoord'));
  const revisie = (partij.revisies.get(`${rondeId}:${lidId}`) ?? stand.vorigeRevisie ?? 0) + 1;
  const nieuw = partij.nieuweLeden.get(rondeId) ?? new Set<string>();
  const beantwoord = stand.beantwoord + nieuw.size + (revisie === 1 && !nieuw.has(lidId) ? 1 : 0);
  // Before the deadline only the closing rule's early close can close a round, and then it does.
  const kanSluiten = sluitVroeg(
    beantwoord,
    verwacht.size,
    beleidVan(stand.beleidDigest, stand.beleid).vroegSluiten,
  );
  return { r, revisie, kanSluiten };
}
