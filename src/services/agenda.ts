// The weekly meeting: the agenda before each meeting (a durable job per table and meeting), and
// the weekly digest (a cron slot, claimed once across replicas).
import { DateTime } from 'luxon';
import { leesBeleid, leesKalender } from '../domain/beleid.ts';
import type { Bericht } from '../domain/berichten.ts';
import { DomeinFout } from '../domain/fouten.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import { trekWerkurenAf, volgendeVergadering } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { type Overgeslagen, overslaan, planJob } from './jobplanning.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { eisTafelToegang, metToegang } from './toegang.ts';

// A casus whose round waits for the submitter (spelregels §4) is listed as such, without a deadline: the
// meeting sees what is still to come, and that it is not the table's turn yet.
const OPEN_STATUSSEN = ['wacht_op_aanvulling', 'in_besluitronde', 'bij_voorzitter', 'bij_bestuurder'];

async function laadTafel(tx: Tx, tafelId: string) {
  const tafel = await tx.tafel.findUniqueOrThrow({ where: { id: tafelId }, include: { tenant: true } });
  return { tafel, beleid: leesBeleid(tafel.beleid), kalender: leesKalender(tafel.tenant.kalender) };
}

/** Plans the agenda job for the table's next meeting (idempotent: one job per meeting). */
export async function planVolgendeAgenda(tx: Tx, tafelId: string, na: Date, nu: Date): Promise<Date | null> {
  const { tafel, beleid, kalender } = await laadTafel(tx, tafelId);
  if (!beleid.vergadering || !tafel.actief) return null;
  let vergadering = volgendeVergadering(na, beleid.vergadering, kalender);
  let moment = trekWerkurenAf(vergadering, beleid.agendaWerkurenVooraf, kalender);
  // Too late for this meeting's agenda moment only if the meeting itself has passed.
  if (vergadering <= nu) {
    vergadering = volgendeVergadering(nu, beleid.vergadering, kalender);
    moment = trekWerkurenAf(vergadering, beleid.agendaWerkurenVooraf, kalender);
  }
  await planJob(
    tx,
    {
      soort: 'agenda',
      sleutel: `agenda:${tafelId}:${vergadering.toISOString()}`,
      due: moment,
      payload: { tafelId, vergadering: vergadering.toISOString() },
    },
    nu,
  );
  return vergadering;
}

/** At start-up and after an import: every table with a schedule has its next agenda planned. */
export async function planAgendas(d: Diensten): Promise<number> {
  return inTransactie(d, async (tx) => {
    const nu = d.klok.nu();
    const tafels = await tx.tafel.findMany({ where: { actief: true } });
    let gepland = 0;
    for (const t of tafels) {
      const bestaand = await tx.job.findFirst({
        where: { soort: 'agenda', status: 'gepland', sleutel: { startsWith: `agenda:${t.id}:` } },
      });
      if (bestaand) continue;
      if (await planVolgendeAgenda(tx, t.id, nu, nu)) gepland++;
    }
    return gepland;
  });
}

/** Job: post the agenda of one meeting, then plan the next one. */
type AgendaBericht = Extract<Bericht, { soort: 'agenda' }>;

/** The agenda of a table's meeting as it stands now: also what `/casus agenda` shows on request. */
export async function stelAgendaOp(
  tx: Tx,
  tafelId: string,
  vergadering: Date,
  nu: Date,
  laat = false,
): Promise<AgendaBericht> {
  const { tafel } = await laadTafel(tx, tafelId);
  const vergaderingIso = vergadering.toISOString();
  // Besluiten since the previous agenda of this table (or a week, for the first one).
  const vorigeAgenda = await tx.outboxBericht.findFirst({
    where: {
      soort: 'agenda',
      sleutel: { startsWith: `agenda:${tafelId}:` },
      NOT: { sleutel: { startsWith: `agenda:${tafelId}:${vergaderingIso}` } },
    },
    orderBy: { volgorde: 'desc' },
  });
  const vorige = vorigeAgenda?.aangemaakt ?? new Date(vergadering.getTime() - 7 * 24 * 3_600_000);
  const casussen = await tx.casus.findMany({
    where: { tafelId, status: { in: OPEN_STATUSSEN } },
    include: {
      rondes: { orderBy: { volgnummer: 'desc' }, take: 1 },
      escalaties: { where: { status: { in: ['open', 'info_gevraagd'] } } },
    },
    orderBy: [{ opAgenda: 'desc' }, { ingediend: 'asc' }],
    take: 40,
  });
  const besluiten = await tx.besluit.findMany({
    where: { casus: { tafelId }, genomen: { gte: vorige, lt: vergadering } },
    include: { casus: true },
    orderBy: { genomen: 'asc' },
    take: 40,
  });
  const achterstallig = await tx.toezegging.findMany({
    where: { gedaan: null, deadline: { lt: nu }, besluit: { casus: { tafelId } } },
    include: { organisatie: true, besluit: { include: { casus: true } } },
    orderBy: { deadline: 'asc' },
    take: 40,
  });
  return {
    soort: 'agenda',
    tafelNaam: tafel.naam,
    vergadering: vergaderingIso,
    laat,
    punten: casussen.map((c) => ({
      referentie: c.referentie,
      titel: c.titel,
      status: c.status,
      opAgenda: c.opAgenda,
      deadline:
        (
          c.escalaties[0]?.deadline ?? (c.rondes[0]?.status === 'open' ? c.rondes[0].deadline : null)
        )?.toISOString() ?? null,
    })),
    besluitenSinds: besluiten.map((b) => ({
      referentie: b.casus.referentie,
      titel: b.casus.titel,
      uitkomst: b.uitkomst as BesluitUitkomst,
    })),
    achterstalligeToezeggingen: achterstallig.map((t) => ({
      referentie: t.besluit.casus.referentie,
      organisatie: t.organisatie.naam,
      taak: t.taak,
      deadline: t.deadline.toISOString(),
    })),
  };
}

/** For a member or the chair, on request: the agenda of the table's next meeting, as it stands now. */
export async function agendaOpVerzoek(
  d: Diensten,
  identiteit: Identiteit,
  tafelIdOfSlug: string,
): Promise<AgendaBericht> {
  // The agenda lists the table's casussen: a refusal is audited like a refused casus card.
  return metToegang(d, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const tafel = await tx.tafel.findFirst({
      where: { tenantId: persoon.tenantId, OR: [{ id: tafelIdOfSlug }, { slug: tafelIdOfSlug }] },
    });
    if (!tafel) throw new DomeinFout('onbekend', zin('fouten.onbekend.tafel'));
    await eisTafelToegang(tx, persoon, tafel, 'agenda', zin('fouten.toegang.agenda', { tafel: tafel.naam }));
    const { beleid, kalender } = await laadTafel(tx, tafel.id);
    if (!beleid.vergadering)
      throw new DomeinFout(
        'configuratie',
        zin('fouten.configuratie.geen_vergaderschema', { tafel: tafel.naam }),
      );
    return stelAgendaOp(tx, tafel.id, volgendeVergadering(nu, beleid.vergadering, kalender), nu);
  });
}

/** Job: post the agenda of one meeting, then plan the next one. */
export async function deelAgenda(
  tx: Tx,
  tafelId: string,
  vergaderingIso: string,
  nu: Date,
  laat: boolean,
): Promise<Overgeslagen | undefined> {
  const { tafel } = await laadTafel(tx, tafelId);
  const vergadering = new Date(vergaderingIso);
  // An agenda after its meeting tells the table nothing it can use: plan the next one instead.
  if (vergadering <= nu) {
    await planVolgendeAgenda(tx, tafelId, vergadering, nu);
    return overslaan(
      `de agenda van ${tafel.slug} voor de vergadering van ${vergaderingIso} kwam na die vergadering`,
    );
  }
  const bericht = await stelAgendaOp(tx, tafelId, vergadering, nu, laat);
  await plaatsBericht(tx, {
    tenantId: tafel.tenantId,
    sleutel: `agenda:${tafelId}:${vergaderingIso}`,
    ontvangers: [{ soort: 'kanaal', tafelId, kanaalSoort: 'tafel' }],
    bericht,
    moment: nu,
  });
  await schrijfAudit(tx, {
    tenantId: tafel.tenantId,
    actie: 'agenda_gedeeld',
    actorId: null,
    data: { tafel: tafel.slug, vergadering: vergaderingIso, punten: bericht.punten.length },
    moment: nu,
  });
  await planVolgendeAgenda(tx, tafelId, vergadering, nu);
  return undefined;
}

/**
 * Claims a cron slot for a task; returns true for exactly one caller across replicas.
 * The claim is part of the caller's transaction, so a slot whose work failed can be claimed again.
 */
export async function claimSlot(tx: Tx, taak: string, slot: string, nu: Date): Promise<boolean> {
  const rijen = await tx.$queryRaw<{ taak: string }[]>`
    INSERT INTO "CronSlot" (taak, slot, geclaimd) VALUES (${taak}, ${slot}, ${nu})
    ON CONFLICT (taak, slot) DO NOTHING RETURNING taak`;
  return rijen.length === 1;
}

/**
 * The weekly overview of the week that ended at `weekStart`, to each table's learning channel; false
 * when another replica already sent it. A table that did not exist yet when that week ended gets none:
 * an overview of a week before the table existed tells nothing true. Returns how many tables got one.
 */
export async function stuurWeekoverzicht(d: Diensten, weekStart: Date): Promise<number | false> {
  return inTransactie(d, async (tx) => {
    const nu = d.klok.nu();
    const slot = weekStart.toISOString();
    if (!(await claimSlot(tx, 'weekoverzicht', slot, nu))) return false;
    // A calendar week back, not 168 hours: across the clock change the week is 167 or 169 hours long.
    const van = DateTime.fromJSDate(weekStart, { zone: 'Europe/Amsterdam' }).minus({ weeks: 1 }).toJSDate();
    const tafels = await tx.tafel.findMany({ where: { actief: true, aangemaakt: { lte: weekStart } } });
    for (const t of tafels) {
      const besluiten = await tx.besluit.findMany({
        where: { casus: { tafelId: t.id }, genomen: { gte: van, lt: weekStart } },
        include: { casus: true },
        orderBy: { genomen: 'asc' },
        take: 40,
      });
      await plaatsBericht(tx, {
        tenantId: t.tenantId,
        sleutel: `weekoverzicht:${t.id}:${slot}`,
        ontvangers: [{ soort: 'kanaal', tafelId: t.id, kanaalSoort: 'leer' }],
        bericht: {
          soort: 'weekoverzicht',
          tafelNaam: t.naam,
          van: van.toISOString(),
          tot: weekStart.toISOString(),
          besluiten: besluiten.map((b) => ({
            referentie: b.casus.referentie,
            titel: b.casus.titel,
            uitkomst: b.uitkomst as BesluitUitkomst,
          })),
        },
        moment: nu,
      });
    }
    return tafels.length;
  });
}

/** Monday 08:00 Amsterdam of the week `moment` is in (before Monday 08:00: the previous week's). */
export function weekBegin(moment: Date): Date {
  const dt = DateTime.fromJSDate(moment, { zone: 'Europe/Amsterdam' });
  let begin = dt.startOf('week').set({ hour: 8 });
  if (begin > dt) begin = begin.minus({ weeks: 1 });
  return begin.toJSDate();
}
