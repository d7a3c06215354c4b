// Decision rounds: open with a deadline in working time, collect answers, close by the table's rule.
import { randomUUID } from 'node:crypto';
import { besluittekst } from '../domain/besluittekst.ts';
import { magAntwoorden } from '../domain/bevoegdheid.ts';
import { DomeinFout, isDomeinFout } from '../domain/fouten.ts';
import { isReferentie } from '../domain/referentie.ts';
import type { PrecedentWeergave } from '../domain/register.ts';
import { sluitRonde as pasSluitregelToe, type Sluituitkomst, sluitVroeg } from '../domain/sluitregel.ts';
import { leesOfWeiger, z } from '../domain/validatie.ts';
import { KEUZES, type Keuze } from '../domain/woorden.ts';
import { bronVan } from '../store/database.ts';
import { json, type Kolom, kolomArrays } from '../store/rijen.ts';
import { amsterdamTijdstip, berekenDeadline, herinneringsmomenten } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { AlVerwerkt, eerderResultaat, legVerzoekenVast, type VerzoekOpties } from './eenmalig.ts';
import { escaleerInTx } from './escalatie.ts';
import { type Identiteit, identiteitSchema } from './identiteit.ts';
import { annuleerJobs, planJob } from './jobplanning.ts';
import { plaatsKaart } from './kaart.ts';
import {
  alsRegels,
  bekendeNamen,
  beleidVan,
  type GeladenCasus,
  huidigeReacties,
  laadCasus,
  laadCasusVoorUpdate,
  laatsteRonde,
  leesCasus,
  NAMEN_VINGERAFDRUK,
} from './lezen.ts';
import { kenKanalenToe, plaatsBericht } from './outboxplaatsing.ts';
import { Partijen, type Uitkomst } from './partijen.ts';
import { poortVelden } from './privacypoort.ts';
import { eisToegang, metToegang } from './toegang.ts';

export async function openRonde(tx: Tx, casusId: string, nu: Date, vergelijkbaar?: PrecedentWeergave[]) {
  const casus = await laadCasusVoorUpdate(tx, casusId);
  const leden = await tx.lid.findMany({
    where: { tafelId: casus.tafelId, actief: true, beslissingsbevoegd: true, rol: 'lid' },
    orderBy: { organisatieId: 'asc' },
  });
  if (leden.length === 0) {
    throw new DomeinFout('configuratie', `Tafel ${casus.tafel.naam} heeft geen beslissingsbevoegde leden.`);
  }
  const termijn = casus.urgentie === 'spoed' ? casus.beleid.termijn.spoed : casus.beleid.termijn.normaal;
  const deadline = berekenDeadline(nu, termijn, casus.kalender, casus.beleid.vergadering);
  const vorige = await laatsteRonde(tx, casusId);
  const ronde = await tx.besluitronde.create({
    data: {
      casusId,
      volgnummer: (vorige?.volgnummer ?? 0) + 1,
      geopend: nu,
      deadline,
      verwachteLidIds: leden.map((l) => l.id),
      status: 'open',
    },
  });
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'ronde_geopend',
    actorId: null,
    casusRef: casus.referentie,
    data: { ronde: ronde.volgnummer, deadline: deadline.toISOString(), verwacht: leden.length },
    moment: nu,
  });
  await planJob(
    tx,
    {
      soort: 'ronde_sluiten',
      sleutel: `ronde:${ronde.id}:sluiten`,
      due: deadline,
      payload: { rondeId: ronde.id },
    },
    nu,
  );
  const momenten = herinneringsmomenten(nu, deadline, casus.beleid.herinneringen, casus.kalender);
  for (const [i, moment] of momenten.entries()) {
    await planJob(
      tx,
      {
        soort: 'herinnering',
        sleutel: `ronde:${ronde.id}:herinnering:${i}`,
        due: moment,
        payload: { rondeId: ronde.id, nummer: i },
      },
      nu,
    );
  }
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId,
    sleutel: `geplaatst:${casusId}:ronde${ronde.volgnummer}`,
    ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
    bericht: {
      soort: 'casus_geplaatst',
      kaart: { casusId, versie: casus.versie, ...(vergelijkbaar ? { vergelijkbaar } : {}) },
    },
    moment: nu,
  });
  return ronde;
}

export const reactieSchema = z
  .object({
    keuze: z.enum(KEUZES, {
      error: 'Kies akkoord, akkoord met voorwaarden, niet akkoord, buiten mandaat of onthouding',
    }),
    reden: z
      .string({ error: 'Geef een reden' })
      .trim()
      .min(3, { error: 'Geef een reden: de tafel deelt het hoe en waarom' })
      .max(2000, { error: 'De reden mag hooguit 2000 tekens zijn' }),
    voorwaarden: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000).optional()),
    toezegging: z
      .object({
        taak: z.string().trim().min(3, { error: 'Beschrijf wat uw organisatie doet' }).max(500),
        // A bare date ('2026-12-07', as date pickers send) means the end of that working day in Amsterdam.
        deadline: z.preprocess(
          (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? amsterdamTijdstip(v, '17:00') : v),
          z.coerce.date({ error: 'Geef een datum voor de toezegging' }),
        ),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.keuze === 'akkoord_met_voorwaarden' && !v.voorwaarden) {
      ctx.addIssue({
        code: 'custom',
        path: ['voorwaarden'],
        message: 'Noem de voorwaarden bij akkoord met voorwaarden',
      });
    }
  });

export type ReactieInvoer = z.input<typeof reactieSchema>;

export interface ReactieResultaat {
  referentie: string;
  revisie: number;
  keuze: Keuze;
  gesloten: Sluituitkomst['soort'] | null;
  /** Until when the answer may be changed (ISO), while the round stays open. */
  deadline: string | null;
}

interface AntwoordStand {
  n: number;
  id: string;
  referentie: string;
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
  eerder: ReactieResultaat | null;
}

interface AntwoordVraag {
  wie: Identiteit;
  casus: string;
  invoer: ReactieInvoer;
  verzoek?: string | undefined;
}

/**
 * A member answers or changes their answer; only members of that table, only while the round is open.
 * Answers that arrive together are stored together (see Partijen): one transaction, a handful of
 * statements for the whole batch, so they can be stored before Slack's ack even when many come at once.
 * The answer that completes a round closes it in the same transaction; what follows (besluit, escalation,
 * cards, messages) is a job due at once, run right after the ack (see probeerTeSluiten).
 */
export function respond(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: ReactieInvoer,
  opties: VerzoekOpties = {},
): Promise<ReactieResultaat> {
  const wie = identiteitSchema.parse(identiteit);
  let partijen = antwoordPartijen.get(d);
  if (!partijen) {
    partijen = new Partijen((vragen) => verwerkAntwoorden(d, vragen), {
      gelijktijdig: bronVan(d.db).gelijktijdig,
      // Answers on one casus in the order they came: a changed mind is not overtaken by the first answer,
      // and an answer after the one that closed the round stays after it. The casus as the request names
      // it: Slack and Teams always send its id.
      sleutel: (v) => v.casus,
      // An answer whose casus another replica holds right now: in the next batch, not a wait for this one.
      opnieuw: (fout) => fout instanceof CasusBezet,
    });
    antwoordPartijen.set(d, partijen);
  }
  return partijen.voeg({ wie, casus: casusIdOfReferentie, invoer, verzoek: opties.verzoek });
}

const antwoordPartijen = new WeakMap<Diensten, Partijen<AntwoordVraag, ReactieResultaat>>();

async function verwerkAntwoorden(
  d: Diensten,
  vragen: AntwoordVraag[],
): Promise<Uitkomst<ReactieResultaat>[]> {
  let uitkomsten: Uitkomst<ReactieResultaat>[];
  try {
    uitkomsten = await inTransactie(d, (tx) => antwoordenInTx(tx, d, vragen));
  } catch (fout) {
    // The batch as a whole did not go through (a twin of one request committed first, a deadlock that
    // kept coming back, an error while closing a round): nothing of it happened. Each on its own, then.
    if (vragen.length > 1) {
      const uit: Uitkomst<ReactieResultaat>[] = [];
      for (const vraag of vragen) uit.push(...(await verwerkAntwoorden(d, [vraag])));
      return uit;
    }
    const eerder = vragen[0]?.verzoek ? await eerderResultaat<ReactieResultaat>(d, vragen[0].verzoek) : null;
    return [eerder ? { waarde: eerder.resultaat } : { fout }];
  }
  await legPogingenVanBuitenVast(d, uitkomsten);
  return uitkomsten;
}

/**
 * An answer from someone not at the casus' table. When that person may not even see the casus (not its
 * submitter, no escalation target: a forged or replayed submission, since the card's button already refuses
 * them), it is an attempt on a casus like any other path (see toegang.ts): on record, and answered with the
 * same refusal, which tells nothing of the casus or its table. Checked after the batch, so the batch's own
 * transaction stays short.
 */
class AntwoordVanBuiten extends DomeinFout {
  constructor(
    readonly poging: { persoonId: string | null; casusId: string },
    code: 'geen_lid' | 'niet_bevoegd',
    bericht: string,
  ) {
    super(code, bericht);
  }
}

async function legPogingenVanBuitenVast(d: Diensten, uitkomsten: Uitkomst<ReactieResultaat>[]) {
  for (const [i, u] of uitkomsten.entries()) {
    if (!('fout' in u) || !(u.fout instanceof AntwoordVanBuiten)) continue;
    const { persoonId, casusId } = u.fout.poging;
    try {
      await metToegang(d, async (tx) => {
        const persoon = persoonId
          ? await tx.persoon.findUnique({ where: { id: persoonId }, select: { id: true, tenantId: true } })
          : null;
        await eisToegang(tx, persoon, await laadCasus(tx, casusId), 'kaart');
      });
    } catch (fout) {
      if (!isDomeinFout(fout)) throw fout;
      uitkomsten[i] = { fout };
    }
  }
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
async function laadAntwoordStanden(tx: Tx, vragen: AntwoordVraag[]) {
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
    if (treffers.length === 0) return new DomeinFout('onbekend', `Casus ${v.casus} bestaat niet.`);
    if (treffers.length > 1) return new DomeinFout('onbekend', `Referentie ${v.casus} is niet eenduidig.`);
    return treffers[0]!.id;
  };
  const casussen = vragen.map(casusVan);
  const teLezen = casussen
    .map((c, n) => ({ c, n }))
    .filter((x): x is { c: string; n: number } => typeof x.c === 'string');
  // Read after the lock, in a statement of its own: the locking statement would see the rest from before the wait.
  const rijen = await tx.sql.query<AntwoordStand>(
    `SELECT v.n::int AS n, c.id, c.referentie, c."tenantId", c."tafelId", t.naam AS "tafelNaam", t.beleid,
            md5(t.beleid::text) AS "beleidDigest", ${NAMEN_VINGERAFDRUK.replace('$tenant', 'c."tenantId"')} AS "namenVingerafdruk",
            coalesce((SELECT json_agg(json_build_object('platform', k.platform, 'kanaalId', k."kanaalId") ORDER BY k.platform)
                        FROM "Kanaal" k WHERE k."tafelId" = c."tafelId" AND k.soort = 'tafel'), '[]') AS kanalen,
            r.id AS "rondeId", r.status AS "rondeStatus", r.deadline, r."verwachteLidIds", r.volgnummer,
            pers.id AS "persoonId", l.id AS "lidId",
            (SELECT max(x.revisie) FROM "Reactie" x WHERE x."rondeId" = r.id AND x."lidId" = l.id) AS "vorigeRevisie",
            (SELECT count(DISTINCT x."lidId") FROM "Reactie" x
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

const VERZOEK_KOLOMMEN: readonly Kolom[] = [
  ['sleutel', 'text'],
  ['resultaat', 'jsonb'],
  ['moment', 'timestamp(3)'],
];

const REACTIE_KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['rondeId', 'text'],
  ['lidId', 'text'],
  ['revisie', 'int'],
  ['keuze', 'text'],
  ['reden', 'text'],
  ['voorwaarden', 'text'],
  ['toezeggingTaak', 'text'],
  ['toezeggingDatum', 'timestamp(3)'],
  ['gegeven', 'timestamp(3)'],
];

/** One batch of answers in one transaction; a refused answer is an outcome, not an exception. */
async function antwoordenInTx(
  tx: Tx,
  d: Diensten,
  vragen: AntwoordVraag[],
): Promise<Uitkomst<ReactieResultaat>[]> {
  const nu = d.klok.nu();
  const uitkomsten: (Uitkomst<ReactieResultaat> | undefined)[] = vragen.map(() => undefined);
  // A twin in this batch (same request key) gets the first one's outcome.
  const eersteMetSleutel = new Map<string, number>();
  const teDoen: number[] = [];
  for (const [i, v] of vragen.entries()) {
    if (v.verzoek && eersteMetSleutel.has(v.verzoek)) continue;
    if (v.verzoek) eersteMetSleutel.set(v.verzoek, i);
    teDoen.push(i);
  }
  const standen = await laadAntwoordStanden(
    tx,
    teDoen.map((i) => vragen[i]!),
  );

  const reacties: unknown[][] = [];
  const revisies = new Map<string, number>();
  const nieuweLeden = new Map<string, Set<string>>();
  const afgesloten = new Map<string, number>();
  const teSluiten: { casusId: string; rondeId: string; vraag: number }[] = [];
  const kaarten = new Map<string, AntwoordStand>();
  for (const [k, i] of teDoen.entries()) {
    const stand = standen[k]!;
    if (stand instanceof CasusBezet) {
      uitkomsten[i] = { fout: stand };
      continue;
    }
    try {
      if (stand instanceof DomeinFout) throw stand;
      // Handled before (a redelivery): its first result, nothing done again.
      if (stand.eerder) {
        uitkomsten[i] = { waarde: stand.eerder };
        continue;
      }
      const { r, revisie, kanSluiten } = beoordeelAntwoord(stand, vragen[i]!.invoer, nu, {
        revisies,
        nieuweLeden,
        afgesloten,
      });
      poortVelden(
        d.privacy,
        { reden: r.reden, voorwaarden: r.voorwaarden, 'toezegging.taak': r.toezegging?.taak },
        await bekendeNamen(tx, stand.tenantId, stand.namenVingerafdruk),
      );
      revisies.set(`${stand.rondeId}:${stand.lidId}`, revisie);
      if (revisie === 1) {
        const nieuw = nieuweLeden.get(stand.rondeId!) ?? new Set<string>();
        nieuw.add(stand.lidId!);
        nieuweLeden.set(stand.rondeId!, nieuw);
      }
      reacties.push([
        randomUUID(),
        stand.rondeId,
        stand.lidId,
        revisie,
        r.keuze,
        r.reden,
        r.voorwaarden ?? null,
        r.toezegging?.taak ?? null,
        r.toezegging?.deadline ?? null,
        nu,
      ]);
      await schrijfAudit(tx, {
        tenantId: stand.tenantId,
        actie: revisie > 1 ? 'reactie_gewijzigd' : 'reactie_gegeven',
        actorId: stand.persoonId,
        casusRef: stand.referentie,
        data: { ronde: stand.volgnummer, keuze: r.keuze, revisie },
        moment: nu,
      });
      if (kanSluiten) {
        afgesloten.set(stand.rondeId!, i);
        teSluiten.push({ casusId: stand.id, rondeId: stand.rondeId!, vraag: i });
      } else kaarten.set(stand.id, stand);
      uitkomsten[i] = {
        waarde: {
          referentie: stand.referentie,
          revisie,
          keuze: r.keuze,
          gesloten: null,
          deadline: stand.deadline!.toISOString(),
        },
      };
    } catch (fout) {
      if (!isDomeinFout(fout)) throw fout;
      uitkomsten[i] = { fout };
    }
  }

  for (const s of teSluiten) kaarten.delete(s.casusId);
  // The answers, their request keys and the cards' new versions in one statement. A key taken meanwhile
  // (a twin in another batch committed first) undoes the batch; each then goes on its own.
  const sleutelRijen = teDoen.flatMap((i): [string, string, Date][] => {
    const u = uitkomsten[i];
    const sleutel = vragen[i]!.verzoek;
    return sleutel && u && 'waarde' in u && !teSluiten.some((t) => t.vraag === i)
      ? [[sleutel, json(u.waarde), nu]]
      : [];
  });
  const reactieLijst = kolomArrays(REACTIE_KOLOMMEN, reacties, 1);
  const sleutelLijst = kolomArrays(VERZOEK_KOLOMMEN, sleutelRijen, REACTIE_KOLOMMEN.length + 1);
  const versieParam = `$${REACTIE_KOLOMMEN.length + VERZOEK_KOLOMMEN.length + 1}::text[]`;
  const geschreven = await tx.sql.query<{ id: string | null; versie: number | null; sleutels: number }>(
    `WITH reacties AS (
       INSERT INTO "Reactie" (${REACTIE_KOLOMMEN.map(([k]) => `"${k}"`).join(', ')}) ${reactieLijst.lijst}),
     sleutels AS (
       INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment) ${sleutelLijst.lijst}
       ON CONFLICT (sleutel) DO NOTHING RETURNING 1),
     versies AS (
       UPDATE "Casus" SET versie = versie + 1 WHERE id = ANY(${versieParam}) RETURNING id, versie)
     SELECT v.id, v.versie, (SELECT count(*) FROM sleutels)::int AS sleutels
       FROM (SELECT 1) een LEFT JOIN versies v ON true`,
    [...reactieLijst.params, ...sleutelLijst.params, [...kaarten.keys()]],
  );
  if ((geschreven[0]?.sleutels ?? 0) !== sleutelRijen.length)
    throw new AlVerwerkt('een verzoek van deze partij');
  for (const s of teSluiten) {
    const gesloten = await probeerTeSluiten(
      tx,
      await laadCasusVoorUpdate(tx, s.casusId),
      s.rondeId,
      nu,
      false,
      {
        afrondenLater: true,
      },
    );
    const u = uitkomsten[s.vraag];
    if (u && 'waarde' in u) {
      u.waarde = { ...u.waarde, gesloten: gesloten?.soort ?? null, deadline: null };
      const sleutel = vragen[s.vraag]!.verzoek;
      if (sleutel) legVerzoekenVast(tx, [[sleutel, json(u.waarde), nu]]);
    }
  }
  // One card update per casus: the card is read when it is delivered, so it shows every answer of the batch.
  for (const { id, versie } of geschreven) {
    if (!id || versie === null) continue;
    const stand = kaarten.get(id)!;
    kenKanalenToe(tx, stand.tafelId, 'tafel', stand.kanalen);
    await plaatsKaart(tx, stand, versie, nu);
  }
  for (const [i, v] of vragen.entries()) {
    if (!uitkomsten[i] && v.verzoek) uitkomsten[i] = uitkomsten[eersteMetSleutel.get(v.verzoek)!];
  }
  return uitkomsten as Uitkomst<ReactieResultaat>[];
}

/** The rules for one answer, given what earlier answers of the same batch did. */
function beoordeelAntwoord(
  stand: AntwoordStand,
  invoer: ReactieInvoer,
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
    const geenLid = `Alleen beslissingsbevoegde leden van ${stand.tafelNaam} kunnen op deze casus antwoorden.`;
    switch (oordeel.reden) {
      case 'onbekend':
        throw new AntwoordVanBuiten(
          poging,
          'niet_bevoegd',
          'U bent (nog) niet bekend bij deze maatwerktafel. Vraag de voorzitter u toe te voegen.',
        );
      case 'ronde_gesloten':
        throw new DomeinFout(
          'ronde_gesloten',
          `De besluitronde van ${stand.referentie} is gesloten; uw antwoord is niet meer meegeteld.`,
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
  const r = leesOfWeiger(reactieSchema, invoer, 'Controleer uw antwoord.');
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

/**
 * Applies the closing rule; closes and moves the casus on when it says so. Idempotent. `afrondenLater`: only
 * close the round here (a few statements on this casus's own rows) and leave what follows (besluit, register,
 * escalation, cards, messages) to a job due at once (`ronde_afronden`), in a transaction of its own. An
 * answer that closes a round uses that, so its batch (and the other casussen in it, and the answers on them
 * in other processes) never waits for the follow-up work.
 */
export async function probeerTeSluiten(
  tx: Tx,
  casus: GeladenCasus,
  rondeId: string,
  nu: Date,
  laat = false,
  opties: { afrondenLater?: boolean } = {},
): Promise<Sluituitkomst | null> {
  const [ronde] = await tx.sql.query<GeslotenRonde & { status: string; deadline: Date }>(
    `SELECT id, status, deadline, "verwachteLidIds", volgnummer FROM "Besluitronde" WHERE id = $1 FOR UPDATE`,
    [rondeId],
  );
  if (ronde?.status !== 'open') return null;
  const reacties = await huidigeReacties(tx, rondeId);
  const uitkomst = pasSluitregelToe({
    verwachteLidIds: ronde.verwachteLidIds,
    reacties: reacties.map((r) => ({ lidId: r.lidId, keuze: r.keuze as Keuze })),
    deadlineVerstreken: nu >= ronde.deadline,
    quorum: casus.beleid.quorum,
    vroegSluiten: casus.beleid.vroegSluiten,
    onthoudingTeltVoorQuorum: casus.beleid.onthoudingTeltVoorQuorum,
    kostenMaatwerkCent: casus.kostenMaatwerkCent,
    mandaatMaxCent: casus.beleid.mandaat === undefined ? null : Math.round(casus.beleid.mandaat * 100),
    regelAfwijkbaar: casus.knelpunt?.tafelMagAfwijken ?? true,
  });
  if (uitkomst.soort === 'open') return null;

  await tx.sql.query(
    `UPDATE "Besluitronde" SET status = 'gesloten', gesloten = $2, uitkomst = $3 WHERE id = $1`,
    [rondeId, nu, json(uitkomst)],
  );
  await annuleerJobs(tx, `ronde:${rondeId}:`, nu);
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'ronde_gesloten',
    actorId: null,
    casusRef: casus.referentie,
    data: {
      ronde: ronde.volgnummer,
      uitkomst,
      antwoorden: reacties.length,
      verwacht: ronde.verwachteLidIds.length,
    },
    moment: nu,
  });
  if (opties.afrondenLater) {
    await planJob(
      tx,
      { soort: 'ronde_afronden', sleutel: `ronde:${rondeId}:afronden`, due: nu, payload: { rondeId } },
      nu,
    );
  } else await volgOpNaSluiten(tx, casus, ronde, uitkomst, reacties, nu, laat);
  return uitkomst;
}

interface GeslotenRonde {
  id: string;
  verwachteLidIds: string[];
  volgnummer: number;
}

type HuidigeReacties = Awaited<ReturnType<typeof huidigeReacties>>;

/** What a closed round's outcome sets in motion: the table's besluit, or an escalation. */
async function volgOpNaSluiten(
  tx: Tx,
  casus: GeladenCasus,
  ronde: GeslotenRonde,
  uitkomst: Sluituitkomst,
  reacties: HuidigeReacties,
  nu: Date,
  laat: boolean,
): Promise<void> {
  const regels = alsRegels(reacties);
  switch (uitkomst.soort) {
    case 'toegekend': {
      const tekst = besluittekst({
        genomenDoor: 'tafel',
        verwachtAantal: ronde.verwachteLidIds.length,
        antwoorden: regels,
      });
      await legBesluitVastInTx(tx, casus, nu, {
        uitkomst: 'toegekend',
        genomenDoor: 'tafel',
        besluiterId: null,
        waarom: tekst.waarom,
        hoe: casus.gevraagdeOplossing,
        voorwaarden: tekst.voorwaarden,
        verwijzing: null,
        toezeggingen: [],
      });
      break;
    }
    case 'geen_quorum':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'voorzitter',
        redenen: ['geen_quorum'],
        bestuurderRedenen: [],
        opAgenda: true,
        laat,
        reacties: regels,
      });
      break;
    case 'voorzitter':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'voorzitter',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.bestuurderRedenen,
        opAgenda: false,
        laat,
        reacties: regels,
      });
      break;
    case 'bestuurder':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'bestuurder',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.redenen,
        opAgenda: false,
        laat,
        reacties: regels,
      });
      break;
    case 'open':
      break;
  }
}

/**
 * Job: the follow-up of a round an answer closed. Does nothing when the casus moved on meanwhile (withdrawn,
 * decided by the chair, a newer round): the casus is still in this round, or this is not for it to do.
 */
export async function rondRondeAf(tx: Tx, rondeId: string, nu: Date, laat = false): Promise<boolean> {
  const [ronde] = await tx.sql.query<GeslotenRonde & { casusId: string }>(
    `SELECT r.id, r."casusId", r."verwachteLidIds", r.volgnummer FROM "Besluitronde" r
       JOIN "Casus" c ON c.id = r."casusId"
      WHERE r.id = $1 AND r.status = 'gesloten' FOR UPDATE OF c`,
    [rondeId],
  );
  if (!ronde) return false;
  // Read after the lock, in statements of their own.
  const casus = await leesCasus(tx, ronde.casusId);
  const laatste = await laatsteRonde(tx, casus.id);
  if (casus.status !== 'in_besluitronde' || laatste?.id !== rondeId) return false;
  const [{ uitkomst }] = (await tx.sql.query<{ uitkomst: Sluituitkomst }>(
    `SELECT uitkomst FROM "Besluitronde" WHERE id = $1`,
    [rondeId],
  )) as [{ uitkomst: Sluituitkomst }];
  await volgOpNaSluiten(tx, casus, ronde, uitkomst, await huidigeReacties(tx, rondeId), nu, laat);
  return true;
}

/** Job: the deadline passed. */
export async function sluitNaDeadline(
  tx: Tx,
  rondeId: string,
  nu: Date,
  laat = false,
): Promise<Sluituitkomst | null> {
  const [vergrendeld] = await tx.sql.query<{ id: string }>(
    `SELECT c.id FROM "Casus" c WHERE c.id = (SELECT "casusId" FROM "Besluitronde" WHERE id = $1 AND status = 'open')
        FOR UPDATE`,
    [rondeId],
  );
  if (!vergrendeld) return null;
  return probeerTeSluiten(tx, await leesCasus(tx, vergrendeld.id), rondeId, nu, laat);
}

/** Job: remind those who have not answered yet. `job`: the reminder job itself, to coalesce overdue ones. */
export async function herinnerLeden(
  tx: Tx,
  rondeId: string,
  nummer: number,
  nu: Date,
  laat: boolean,
  job?: { id: string; due: Date },
): Promise<number> {
  // The casus lock orders this reminder with the answers: nobody is reminded of what they just answered.
  const [casus] = await tx.sql.query<{ id: string; tenantId: string; versie: number }>(
    `SELECT c.id, c."tenantId", c.versie FROM "Casus" c JOIN "Besluitronde" r ON r."casusId" = c.id
      WHERE r.id = $1 FOR UPDATE OF c`,
    [rondeId],
  );
  if (!casus) return 0;
  // After downtime several reminders of this round can be due at once: only the latest one that applies goes
  // out (nobody gets three reminders in one go); the earlier ones are marked superseded, with the reason.
  if (job) {
    const [later] = await tx.sql.query<{ sleutel: string }>(
      `SELECT sleutel FROM "Job"
        WHERE groep = $1 AND soort = 'herinnering' AND id <> $2 AND due > $3 AND due <= $4
          AND status IN ('gepland', 'klaar')
        ORDER BY due DESC LIMIT 1`,
      [`ronde:${rondeId}`, job.id, job.due, nu],
    );
    if (later) {
      await tx.sql.query(
        `UPDATE "Job" SET status = 'vervangen', afgerond = $2, "laatsteFout" = $3 WHERE id = $1`,
        [job.id, nu, `vervangen door ${later.sleutel}`],
      );
      return 0;
    }
  }
  // Those who have not answered, while the round is open (read after the lock).
  const open = await tx.sql.query<{ id: string; persoonId: string }>(
    `SELECT l.id, l."persoonId" FROM "Besluitronde" r JOIN "Lid" l ON l.id = ANY(r."verwachteLidIds")
      WHERE r.id = $1 AND r.status = 'open' AND r.deadline > $2
        AND NOT EXISTS (SELECT 1 FROM "Reactie" x WHERE x."rondeId" = r.id AND x."lidId" = l.id)
      ORDER BY l.id`,
    [rondeId, nu],
  );
  const kaart = { casusId: casus.id, versie: casus.versie };
  for (const lid of open) {
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `herinnering:${rondeId}:${nummer}:${lid.id}`,
      ontvangers: [{ soort: 'persoon', persoonId: lid.persoonId }],
      bericht: { soort: 'herinnering', kaart, lidId: lid.id, laat },
      moment: nu,
    });
  }
  return open.length;
}

export async function sluitRondeNu(d: Diensten, rondeId: string) {
  return inTransactie(d, (tx) => sluitNaDeadline(tx, rondeId, d.klok.nu()));
}
