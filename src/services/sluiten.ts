// Closing a round by the table's rule (after an answer, at the deadline, on request) and what the outcome
// sets in motion: the table's besluit or an escalation.
import { besluittekst } from '../domain/besluittekst.ts';
import { sluitRonde as pasSluitregelToe, type Sluituitkomst } from '../domain/sluitregel.ts';
import type { Keuze } from '../domain/woorden.ts';
import { json } from '../store/rijen.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { escaleerInTx } from './escalatie.ts';
import { annuleerJobs, planJob } from './jobplanning.ts';
import { alsRegels, type GeladenCasus, huidigeAntwoorden, laatsteRonde, leesCasus } from './lezen.ts';

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
  const antwoorden = await huidigeAntwoorden(tx, rondeId);
  const uitkomst = pasSluitregelToe({
    verwachteLidIds: ronde.verwachteLidIds,
    antwoorden: antwoorden.map((r) => ({ lidId: r.lidId, keuze: r.keuze as Keuze })),
    deadlineVerstreken: nu >= ronde.deadline,
    quorum: casus.beleid.quorum,
    vroegSluiten: casus.beleid.vroegSluiten,
    onthoudingTeltVoorQuorum: casus.beleid.onthoudingTeltVoorQuorum,
    kostenMaatwerkCent: casus.kostenOntbreken ? null : casus.kostenMaatwerkCent,
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
      antwoorden: antwoorden.length,
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
  } else await volgOpNaSluiten(tx, casus, ronde, uitkomst, antwoorden, nu, laat);
  return uitkomst;
}

interface GeslotenRonde {
  id: string;
  verwachteLidIds: string[];
  volgnummer: number;
}

type HuidigeAntwoorden = Awaited<ReturnType<typeof huidigeAntwoorden>>;

/** What a closed round's outcome sets in motion: the table's besluit, or an escalation. */
async function volgOpNaSluiten(
  tx: Tx,
  casus: GeladenCasus,
  ronde: GeslotenRonde,
  uitkomst: Sluituitkomst,
  antwoorden: HuidigeAntwoorden,
  nu: Date,
  laat: boolean,
): Promise<void> {
  const regels = alsRegels(antwoorden);
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
        antwoorden: regels,
      });
      break;
    case 'voorzitter':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'voorzitter',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.bestuurderRedenen,
        opAgenda: false,
        laat,
        antwoorden: regels,
      });
      break;
    case 'bestuurder':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'bestuurder',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.redenen,
        opAgenda: false,
        laat,
        antwoorden: regels,
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
  await volgOpNaSluiten(tx, casus, ronde, uitkomst, await huidigeAntwoorden(tx, rondeId), nu, laat);
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

export async function sluitRondeNu(d: Diensten, rondeId: string) {
  return inTransactie(d, (tx) => sluitNaDeadline(tx, rondeId, d.klok.nu()));
}
