// Decision rounds: open with a deadline in working time, collect answers, close by the table's rule.
import { randomUUID } from 'node:crypto';
import { leesBeleid } from '../domain/beleid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { isReferentie } from '../domain/referentie.ts';
import type { PrecedentWeergave } from '../domain/register.ts';
import { sluitRonde as pasSluitregelToe, type Sluituitkomst } from '../domain/sluitregel.ts';
import { leesOfWeiger, z } from '../domain/validatie.ts';
import { KEUZES, type Keuze } from '../domain/woorden.ts';
import { annuleerJobs, planJob } from '../jobs/plan.ts';
import { plaatsBericht } from '../outbox/plaats.ts';
import { json } from '../store/rijen.ts';
import { amsterdamTijdstip, berekenDeadline, herinneringsmomenten } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { escaleerInTx } from './escalatie.ts';
import { type Identiteit, identiteitSchema } from './identiteit.ts';
import { werkKaartBij } from './kaart.ts';
import {
  alsRegels,
  bekendeNamen,
  type GeladenCasus,
  huidigeReacties,
  laadCasusVoorUpdate,
  laatsteRonde,
  leesCasus,
} from './lezen.ts';
import { poortVelden } from './privacypoort.ts';

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
}

interface AntwoordStand {
  id: string;
  referentie: string;
  tenantId: string;
  tafelId: string;
  tafelNaam: string;
  beleid: unknown;
  rondeId: string | null;
  rondeStatus: string | null;
  deadline: Date | null;
  verwachteLidIds: string[] | null;
  volgnummer: number | null;
  persoonId: string | null;
  lidId: string | null;
  vorigeRevisie: number | null;
  beantwoord: number;
}

/**
 * Locks the casus, then reads in one query what an answer needs: its round, the person behind the
 * platform identity, their membership, their previous revision and how many members answered. Two
 * statements, not one: a lock taken in the same statement would read the rest from before the wait.
 */
async function laadAntwoordStand(tx: Tx, identiteit: Identiteit, casusIdOfReferentie: string) {
  const veld = isReferentie(casusIdOfReferentie) ? 'referentie' : 'id';
  const slot = await tx.sql.query<{ id: string }>(`SELECT id FROM "Casus" WHERE ${veld} = $1 FOR UPDATE`, [
    casusIdOfReferentie,
  ]);
  if (slot.length === 0) throw new DomeinFout('onbekend', `Casus ${casusIdOfReferentie} bestaat niet.`);
  if (slot.length > 1)
    throw new DomeinFout('onbekend', `Referentie ${casusIdOfReferentie} is niet eenduidig.`);
  const [stand] = await tx.sql.query<AntwoordStand>(
    `SELECT c.id, c.referentie, c."tenantId", c."tafelId", t.naam AS "tafelNaam", t.beleid,
            r.id AS "rondeId", r.status AS "rondeStatus", r.deadline, r."verwachteLidIds", r.volgnummer,
            pers.id AS "persoonId", l.id AS "lidId",
            (SELECT max(x.revisie) FROM "Reactie" x WHERE x."rondeId" = r.id AND x."lidId" = l.id) AS "vorigeRevisie",
            (SELECT count(DISTINCT x."lidId") FROM "Reactie" x
              WHERE x."rondeId" = r.id AND x."lidId" = ANY(r."verwachteLidIds"))::int AS beantwoord
       FROM "Casus" c
       JOIN "Tafel" t ON t.id = c."tafelId"
       LEFT JOIN LATERAL (
         SELECT id, status, deadline, "verwachteLidIds", volgnummer FROM "Besluitronde"
          WHERE "casusId" = c.id ORDER BY volgnummer DESC LIMIT 1) r ON true
       LEFT JOIN LATERAL (
         SELECT p.id FROM "Identiteit" i JOIN "Persoon" p ON p.id = i."persoonId"
          WHERE i.platform = $2 AND i.extern = $3) pers ON true
       LEFT JOIN "Lid" l ON l."tafelId" = c."tafelId" AND l."persoonId" = pers.id AND l.actief
      WHERE c.id = $1`,
    [slot[0]!.id, identiteit.platform, identiteit.extern],
  );
  return stand!;
}

/**
 * A member answers or changes their answer; only members of that table, only while the round is open.
 * The common case (an answer that does not complete the round) is a handful of plain statements, so it
 * can be stored before Slack's ack; the answer that completes the round closes it in the same transaction.
 */
export async function respond(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: ReactieInvoer,
  opties: VerzoekOpties = {},
): Promise<ReactieResultaat> {
  const wie = identiteitSchema.parse(identiteit);
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const stand = await laadAntwoordStand(tx, wie, casusIdOfReferentie);
    if (!stand.persoonId) {
      throw new DomeinFout(
        'niet_bevoegd',
        'U bent (nog) niet bekend bij deze maatwerktafel. Vraag de voorzitter u toe te voegen.',
      );
    }
    if (!stand.rondeId || stand.rondeStatus !== 'open' || nu >= stand.deadline!) {
      throw new DomeinFout(
        'ronde_gesloten',
        `De besluitronde van ${stand.referentie} is gesloten; uw antwoord is niet meer meegeteld.`,
      );
    }
    const verwacht = stand.verwachteLidIds ?? [];
    if (!stand.lidId || !verwacht.includes(stand.lidId)) {
      throw new DomeinFout(
        'geen_lid',
        `Alleen beslissingsbevoegde leden van ${stand.tafelNaam} kunnen op deze casus antwoorden.`,
      );
    }
    const r = leesOfWeiger(reactieSchema, invoer, 'Controleer uw antwoord.');
    poortVelden(
      d.privacy,
      { reden: r.reden, voorwaarden: r.voorwaarden, 'toezegging.taak': r.toezegging?.taak },
      await bekendeNamen(tx, stand.tenantId),
    );
    const revisie = (stand.vorigeRevisie ?? 0) + 1;
    await tx.sql.query(
      `INSERT INTO "Reactie" (id, "rondeId", "lidId", revisie, keuze, reden, voorwaarden, "toezeggingTaak", "toezeggingDatum", gegeven)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
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
      ],
    );
    await schrijfAudit(tx, {
      tenantId: stand.tenantId,
      actie: revisie > 1 ? 'reactie_gewijzigd' : 'reactie_gegeven',
      actorId: stand.persoonId,
      casusRef: stand.referentie,
      data: { ronde: stand.volgnummer, keuze: r.keuze, revisie },
      moment: nu,
    });
    const beantwoord = stand.beantwoord + (revisie === 1 ? 1 : 0);
    // Before the deadline only a complete round can close (the closing rule's early close).
    const kanSluiten = beantwoord >= new Set(verwacht).size && leesBeleid(stand.beleid).vroegSluiten;
    const gesloten = kanSluiten
      ? await probeerTeSluiten(tx, await laadCasusVoorUpdate(tx, stand.id), stand.rondeId, nu)
      : null;
    if (!gesloten) await werkKaartBij(tx, stand, nu);
    return { referentie: stand.referentie, revisie, keuze: r.keuze, gesloten: gesloten?.soort ?? null };
  });
}

/** Applies the closing rule; closes and moves the casus on when it says so. Idempotent. */
export async function probeerTeSluiten(
  tx: Tx,
  casus: GeladenCasus,
  rondeId: string,
  nu: Date,
  laat = false,
): Promise<Sluituitkomst | null> {
  const [ronde] = await tx.sql.query<{
    id: string;
    status: string;
    deadline: Date;
    verwachteLidIds: string[];
    volgnummer: number;
  }>(
    `SELECT id, status, deadline, "verwachteLidIds", volgnummer FROM "Besluitronde" WHERE id = $1 FOR UPDATE`,
    [rondeId],
  );
  if (!ronde || ronde.status !== 'open') return null;
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

  const regels = alsRegels(reacties);
  switch (uitkomst.soort) {
    case 'toegekend': {
      const steun = reacties.filter((r) => r.keuze !== 'onthouding');
      const voorwaarden = reacties
        .filter((r) => r.voorwaarden)
        .map((r) => `${r.lid.organisatie.naam}: ${r.voorwaarden}`);
      await legBesluitVastInTx(tx, casus, nu, {
        uitkomst: 'toegekend',
        genomenDoor: 'tafel',
        besluiterId: null,
        waarom: [
          `De tafel ging akkoord (${steun.length} van ${ronde.verwachteLidIds.length} leden${reacties.length > steun.length ? `, ${reacties.length - steun.length} onthouding` : ''}).`,
          ...reacties.map((r) => `${r.lid.organisatie.naam}: ${r.reden}`),
        ].join('\n'),
        hoe: casus.gevraagdeOplossing,
        voorwaarden: voorwaarden.length > 0 ? voorwaarden.join('\n') : null,
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
  }
  return uitkomst;
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

/** Job: remind those who have not answered yet. */
export async function herinnerLeden(
  tx: Tx,
  rondeId: string,
  nummer: number,
  nu: Date,
  laat: boolean,
): Promise<number> {
  // The casus lock orders this reminder with the answers: nobody is reminded of what they just answered.
  const [casus] = await tx.sql.query<{ id: string; tenantId: string; versie: number }>(
    `SELECT c.id, c."tenantId", c.versie FROM "Casus" c JOIN "Besluitronde" r ON r."casusId" = c.id
      WHERE r.id = $1 FOR UPDATE OF c`,
    [rondeId],
  );
  if (!casus) return 0;
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
