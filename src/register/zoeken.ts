// The precedent register: find earlier besluiten by words, knelpunt, leefgebied, outcome, period and
// table; ranked, with a short excerpt. Only the tenant of the person and the tables they may see.
import { Prisma } from '@prisma/client';
import { DomeinFout, veldFout } from '../domain/fouten.ts';
import { leesOfWeiger, melding, z } from '../domain/validatie.ts';
import { type BesluitUitkomst, LEEFGEBIEDEN, type Leefgebied, UITKOMSTEN } from '../domain/woorden.ts';
import type { Db, Diensten } from '../services/context.ts';
import type { Identiteit } from '../services/identiteit.ts';
import { zin } from '../taal/tekst.ts';
import { BEGIN, beginFragment, EIND, leesFragment, type Markering } from './fragment.ts';
import { isDag, periode } from './periode.ts';
import { zichtVoor, zoektafels } from './toegang.ts';
import { ofVraag, type Zoekvraag, zoekvraag } from './zoekvraag.ts';

export interface Precedent {
  besluitId: string;
  casusId: string;
  referentie: string;
  titel: string;
  uitkomst: BesluitUitkomst;
  /** null when the casus named its knelpunt in its own words only. */
  knelpunt: { code: string | null; naam: string } | null;
  leefgebieden: Leefgebied[];
  tafelNaam: string;
  /** ISO instant, JSON-safe for neutral messages. */
  genomen: string;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  /** The submitter's evaluation: did the maatwerk work? null = not (yet) evaluated. */
  gewerkt: boolean | null;
  /** The chair's answer when the besluit went against earlier practice. */
  afwijkingToelichting: string | null;
  /** Plain text from waarom/hoe; bold `markeringen` in the platform's own markup, after escaping. */
  fragment: string;
  markeringen: Markering[];
  /** Relevance (ts_rank); 0 without words. */
  score: number;
}

const dag = z.union([z.date(), z.string().refine(isDag, { error: melding(zin('fouten.veld.datum')) })]);

const ONBEKENDE_UITKOMST = melding(zin('fouten.veld.uitkomst_onbekend'));

export const zoekSchema = z
  .object({
    woorden: z
      .string()
      .max(500, { error: melding(zin('fouten.veld.zoekwoorden_te_lang', { max: '500' })) })
      .optional(),
    knelpunt: z.string().max(80).optional(),
    leefgebied: z.enum(LEEFGEBIEDEN, { error: melding(zin('fouten.veld.leefgebied_onbekend')) }).optional(),
    uitkomst: z
      .union([
        z.enum(UITKOMSTEN, { error: ONBEKENDE_UITKOMST }),
        z.array(z.enum(UITKOMSTEN, { error: ONBEKENDE_UITKOMST })),
      ])
      .optional(),
    van: dag.optional(),
    tot: dag.optional(),
    tafel: z.string().max(255).optional(),
    limiet: z
      .number()
      .int()
      .min(1)
      .max(50, { error: melding(zin('fouten.veld.hooguit_resultaten', { max: '50' })) })
      .default(10),
  })
  .refine((v) => !v.van || !v.tot || periode(v.van).begin! < periode(undefined, v.tot).eind!, {
    error: melding(zin('fouten.veld.einde_voor_begin')),
    path: ['tot'],
  });

export type ZoekFilters = z.input<typeof zoekSchema>;

/**
 * Ranking looks at the most recent matches only, at most this many. Ranking every match of a common word
 * in a large register costs a look at every one of them (bench/register: ~2-4 µs a row on PostgreSQL, so
 * 40,000 matches cost 100 ms); a table's practice is also what it decided lately. Below this many
 * matches, ranking is complete.
 */
export const KANDIDATEN = 500;
/** Of the same knelpunt, the latest this many compete on shared words for "similar" besluiten. */
const VERGELIJKBAAR_ZELFDE = 200;

// ts_headline: short, at most two pieces, markers instead of HTML (see fragment.ts).
const KOPREGEL_OPTIES = `StartSel=${BEGIN}, StopSel=${EIND}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Search the register as this person. */
export async function zoekBesluiten(
  d: Diensten,
  identiteit: Identiteit,
  filters: ZoekFilters = {},
): Promise<Precedent[]> {
  const f = leesOfWeiger(zoekSchema, filters, zin('fouten.invoer.controleer_zoekopdracht'));
  // Reads only: no transaction, so a search never waits on one.
  const tx: Db = d.db;
  const gevraagd = zoekvraag(f.woorden ?? '');
  const zicht = await zichtVoor(tx, identiteit, {
    tafel: f.tafel,
    knelpunt: f.knelpunt,
    zoek: gevraagd.zoek,
  });
  const tafelIds = await zoektafels(d, zicht, !!f.tafel);
  if (f.knelpunt && !zicht.knelpuntId) {
    throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.controleer_zoekopdracht'), [
      veldFout('knelpunt', zin('fouten.veld.knelpunt_onbekend')),
    ]);
  }
  const knelpuntId = zicht.knelpuntId;
  // Stop words only ("de het") is an empty query to PostgreSQL: treat it as no words.
  const vraag = zicht.lexemen > 0 ? gevraagd : { zoek: '', markeer: '' };
  const zoek = vraag.zoek;
  const { begin, eind } = periode(f.van, f.tot);
  const uitkomsten = f.uitkomst === undefined ? null : [f.uitkomst].flat();
  const voorwaarden: Prisma.Sql[] = [Prisma.sql`b."tenantId" = ${zicht.tenantId}`, aanTafels(tafelIds)];
  if (zoek) voorwaarden.push(Prisma.sql`b.zoekvector @@ to_tsquery('dutch', ${zoek})`);
  if (knelpuntId) voorwaarden.push(Prisma.sql`b."knelpuntId" = ${knelpuntId}`);
  if (uitkomsten) voorwaarden.push(Prisma.sql`b.uitkomst = ANY(${uitkomsten}::text[])`);
  if (begin) voorwaarden.push(Prisma.sql`b.genomen >= ${begin}`);
  if (eind) voorwaarden.push(Prisma.sql`b.genomen < ${eind}`);
  if (f.leefgebied) {
    voorwaarden.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Casus" c WHERE c.id = b."casusId" AND ${f.leefgebied} = ANY(c.leefgebieden))`,
    );
  }
  const waar = Prisma.join(voorwaarden, ' AND ');
  const treffers = zoek
    ? await tx.$queryRaw<{ id: string; score: number }[]>`
        SELECT k.id, ts_rank(k.zoekvector, to_tsquery('dutch', ${zoek}), 1)::float8 AS score
          FROM (SELECT b.id, b.genomen, b.zoekvector FROM "Besluit" b WHERE ${waar}
                 ORDER BY b.genomen DESC LIMIT ${KANDIDATEN}) k
         ORDER BY score DESC, k.genomen DESC, k.id
         LIMIT ${f.limiet}`
    : await tx.$queryRaw<{ id: string; score: number }[]>`
        SELECT b.id, 0::float8 AS score FROM "Besluit" b WHERE ${waar}
         ORDER BY b.genomen DESC, b.id
         LIMIT ${f.limiet}`;
  return laadPrecedenten(tx, treffers, vraag.markeer);
}

export interface VergelijkbaarVraag {
  tenantId: string;
  /** Tables whose besluiten may be shown where the result goes (the casus' own table on intake). */
  tafelIds: readonly string[];
  knelpuntId: string | null;
  /** Titel, situatie, gevraagde oplossing of the new casus: words to compare on. */
  tekst: string;
  /** Leave out the besluit of this casus itself (when asked after it was decided). */
  behalveCasusId?: string;
}

/** Up to `max` earlier besluiten like a new casus: same knelpunt first, then shared words. */
export async function vergelijkbareBesluiten(tx: Db, v: VergelijkbaarVraag, max = 3): Promise<Precedent[]> {
  if (v.tafelIds.length === 0 || max <= 0) return [];
  const vraag = await alleenMetLexemen(tx, ofVraag(v.tekst));
  const zoek = vraag.zoek;
  if (!zoek && !v.knelpuntId) return [];
  const basis: Prisma.Sql[] = [Prisma.sql`b."tenantId" = ${v.tenantId}`, aanTafels(v.tafelIds)];
  if (v.behalveCasusId) basis.push(Prisma.sql`b."casusId" <> ${v.behalveCasusId}`);
  const waar = Prisma.join(basis, ' AND ');
  // Two bounded candidate sets, each the most recent: the same knelpunt, and other besluiten sharing words.
  const delen: Prisma.Sql[] = [];
  if (v.knelpuntId) {
    delen.push(Prisma.sql`(SELECT b.id, b.genomen, b.zoekvector, true AS zelfde FROM "Besluit" b
       WHERE ${waar} AND b."knelpuntId" = ${v.knelpuntId}
       ORDER BY b.genomen DESC LIMIT ${VERGELIJKBAAR_ZELFDE})`);
  }
  if (zoek) {
    const ander = v.knelpuntId
      ? Prisma.sql`AND b."knelpuntId" IS DISTINCT FROM ${v.knelpuntId}`
      : Prisma.empty;
    delen.push(Prisma.sql`(SELECT b.id, b.genomen, b.zoekvector, false AS zelfde FROM "Besluit" b
       WHERE ${waar} ${ander} AND b.zoekvector @@ to_tsquery('dutch', ${zoek})
       ORDER BY b.genomen DESC LIMIT ${KANDIDATEN})`);
  }
  const score = zoek ? Prisma.sql`ts_rank(k.zoekvector, to_tsquery('dutch', ${zoek}), 1)` : Prisma.sql`0`;
  const treffers = await tx.$queryRaw<{ id: string; score: number }[]>`
    SELECT k.id, ${score}::float8 AS score
      FROM (${Prisma.join(delen, ' UNION ALL ')}) k
     ORDER BY k.zelfde DESC, score DESC, k.genomen DESC, k.id
     LIMIT ${max}`;
  return laadPrecedenten(tx, treffers, vraag.markeer);
}

/** One table as an equality, so the (tafelId, genomen) index can give the newest first without sorting. */
function aanTafels(tafelIds: readonly string[]): Prisma.Sql {
  return tafelIds.length === 1
    ? Prisma.sql`b."tafelId" = ${tafelIds[0]}`
    : Prisma.sql`b."tafelId" = ANY(${[...tafelIds]}::text[])`;
}

/** A query of stop words only ("de het") is empty to PostgreSQL and would match nothing: treat it as no words. */
async function alleenMetLexemen(tx: Db, vraag: Zoekvraag): Promise<Zoekvraag> {
  if (!vraag.zoek) return vraag;
  const [rij] = await tx.$queryRaw<
    { n: number }[]
  >`SELECT numnode(to_tsquery('dutch', ${vraag.zoek}))::int AS n`;
  return (rij?.n ?? 0) > 0 ? vraag : { zoek: '', markeer: '' };
}

interface PrecedentRij {
  id: string;
  casusId: string;
  referentie: string;
  titel: string;
  uitkomst: string;
  knelpuntCode: string | null;
  knelpuntNaam: string | null;
  leefgebieden: string[];
  tafelNaam: string;
  genomen: Date;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  evaluatieGewerkt: boolean | null;
  afwijkingToelichting: string | null;
  bron: string;
  kopregel: string | null;
}

/** Details and excerpts for the ranked ids only: ts_headline is the costly part, so never for all matches. */
export async function laadPrecedenten(
  tx: Db,
  treffers: readonly { id: string; score: number }[],
  /** tsquery text to highlight (Zoekvraag.markeer); '' for the start of the text instead. */
  markeer: string,
): Promise<Precedent[]> {
  if (treffers.length === 0) return [];
  const ids = treffers.map((t) => t.id);
  // The control characters used as markers are taken out of the text first, so text cannot fake one.
  const bron = Prisma.sql`translate(concat_ws(' ', b.waarom, b.hoe, b."afwijkingToelichting"), chr(2) || chr(3), '')`;
  const kopregel = markeer
    ? Prisma.sql`ts_headline('dutch', ${bron}, to_tsquery('dutch', ${markeer}), ${KOPREGEL_OPTIES})`
    : Prisma.sql`NULL::text`;
  const rijen = await tx.$queryRaw<PrecedentRij[]>`
    SELECT b.id, b."casusId", c.referentie, c.titel, b.uitkomst, k.code AS "knelpuntCode",
           coalesce(k.naam, c."knelpuntVrij") AS "knelpuntNaam", c.leefgebieden, t.naam AS "tafelNaam",
           b.genomen, b."kostenMaatwerkCent", b."kostenNietsDoenCent", b."evaluatieGewerkt",
           b."afwijkingToelichting", ${bron} AS bron, ${kopregel} AS kopregel
      FROM "Besluit" b
      JOIN "Casus" c ON c.id = b."casusId"
      JOIN "Tafel" t ON t.id = c."tafelId"
      LEFT JOIN "Knelpunt" k ON k.id = c."knelpuntId"
     WHERE b.id = ANY(${ids}::text[])`;
  const perId = new Map(rijen.map((r) => [r.id, r]));
  return treffers.flatMap((t) => {
    const r = perId.get(t.id);
    if (!r) return [];
    const fragment = r.kopregel ? leesFragment(r.kopregel) : beginFragment(r.bron);
    return [
      {
        besluitId: r.id,
        casusId: r.casusId,
        referentie: r.referentie,
        titel: r.titel,
        uitkomst: r.uitkomst as BesluitUitkomst,
        knelpunt: r.knelpuntNaam ? { code: r.knelpuntCode, naam: r.knelpuntNaam } : null,
        leefgebieden: r.leefgebieden as Leefgebied[],
        tafelNaam: r.tafelNaam,
        genomen: r.genomen.toISOString(),
        kostenMaatwerkCent: r.kostenMaatwerkCent,
        kostenNietsDoenCent: r.kostenNietsDoenCent,
        gewerkt: r.evaluatieGewerkt,
        afwijkingToelichting: r.afwijkingToelichting,
        fragment: fragment.tekst,
        markeringen: fragment.markeringen,
        score: Number(t.score),
      },
    ];
  });
}
