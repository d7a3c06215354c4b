// Decision rounds: open with a deadline in working time, collect answers, close by the table's rule.
import { DomeinFout } from '../domain/fouten.ts';
import type { PrecedentWeergave } from '../domain/register.ts';
import { sluitRonde as pasSluitregelToe, type Sluituitkomst } from '../domain/sluitregel.ts';
import { leesOfWeiger, z } from '../domain/validatie.ts';
import { KEUZES, type Keuze } from '../domain/woorden.ts';
import { annuleerJobs, planJob } from '../jobs/plan.ts';
import { plaatsBericht } from '../outbox/plaats.ts';
import { amsterdamTijdstip, berekenDeadline, herinneringsmomenten } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { escaleerInTx } from './escalatie.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { werkKaartBij } from './kaart.ts';
import {
  bekendeNamen,
  type GeladenCasus,
  huidigeReacties,
  kaartStand,
  laadCasusVoorUpdate,
  laatsteRonde,
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
    bericht: { soort: 'casus_geplaatst', kaart: { ...(await kaartStand(tx, casus)), vergelijkbaar } },
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

/** A member answers or changes their answer; only members of that table, only while the round is open. */
export async function respond(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: ReactieInvoer,
  opties: VerzoekOpties = {},
): Promise<ReactieResultaat> {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const ronde = await laatsteRonde(tx, casus.id);
    if (!ronde || ronde.status !== 'open' || nu >= ronde.deadline) {
      throw new DomeinFout(
        'ronde_gesloten',
        `De besluitronde van ${casus.referentie} is gesloten; uw antwoord is niet meer meegeteld.`,
      );
    }
    const lid = await tx.lid.findFirst({
      where: { tafelId: casus.tafelId, persoonId: persoon.id, actief: true },
    });
    if (!lid || !ronde.verwachteLidIds.includes(lid.id)) {
      throw new DomeinFout(
        'geen_lid',
        `Alleen beslissingsbevoegde leden van ${casus.tafel.naam} kunnen op deze casus antwoorden.`,
      );
    }
    const r = leesOfWeiger(reactieSchema, invoer, 'Controleer uw antwoord.');
    poortVelden(
      d.privacy,
      { reden: r.reden, voorwaarden: r.voorwaarden, 'toezegging.taak': r.toezegging?.taak },
      await bekendeNamen(tx, casus.tenantId),
    );
    const vorige = await tx.reactie.findFirst({
      where: { rondeId: ronde.id, lidId: lid.id },
      orderBy: { revisie: 'desc' },
    });
    const revisie = (vorige?.revisie ?? 0) + 1;
    await tx.reactie.create({
      data: {
        rondeId: ronde.id,
        lidId: lid.id,
        revisie,
        keuze: r.keuze,
        reden: r.reden,
        voorwaarden: r.voorwaarden ?? null,
        toezeggingTaak: r.toezegging?.taak ?? null,
        toezeggingDatum: r.toezegging?.deadline ?? null,
        gegeven: nu,
      },
    });
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: vorige ? 'reactie_gewijzigd' : 'reactie_gegeven',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { ronde: ronde.volgnummer, keuze: r.keuze, revisie },
      moment: nu,
    });
    const gesloten = await probeerTeSluiten(tx, casus, ronde.id, nu);
    if (!gesloten) await werkKaartBij(tx, casus, nu);
    return { referentie: casus.referentie, revisie, keuze: r.keuze, gesloten: gesloten?.soort ?? null };
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
  const [ronde] = await tx.$queryRaw<
    { id: string; status: string; deadline: Date; verwachteLidIds: string[]; volgnummer: number }[]
  >`
    SELECT id, status, deadline, "verwachteLidIds", volgnummer FROM "Besluitronde" WHERE id = ${rondeId} FOR UPDATE`;
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

  await tx.besluitronde.update({
    where: { id: rondeId },
    data: { status: 'gesloten', gesloten: nu, uitkomst },
  });
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
      });
      break;
    case 'voorzitter':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'voorzitter',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.bestuurderRedenen,
        opAgenda: false,
        laat,
      });
      break;
    case 'bestuurder':
      await escaleerInTx(tx, casus, nu, {
        niveau: 'bestuurder',
        redenen: uitkomst.redenen,
        bestuurderRedenen: uitkomst.redenen,
        opAgenda: false,
        laat,
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
  const ronde = await tx.besluitronde.findUnique({ where: { id: rondeId } });
  if (!ronde || ronde.status !== 'open') return null;
  const casus = await laadCasusVoorUpdate(tx, ronde.casusId);
  return probeerTeSluiten(tx, casus, rondeId, nu, laat);
}

/** Job: remind those who have not answered yet. */
export async function herinnerLeden(
  tx: Tx,
  rondeId: string,
  nummer: number,
  nu: Date,
  laat: boolean,
): Promise<number> {
  const ronde = await tx.besluitronde.findUnique({ where: { id: rondeId } });
  if (!ronde || ronde.status !== 'open' || nu >= ronde.deadline) return 0;
  const casus = await laadCasusVoorUpdate(tx, ronde.casusId);
  const beantwoord = new Set((await huidigeReacties(tx, rondeId)).map((r) => r.lidId));
  const open = await tx.lid.findMany({
    where: { id: { in: ronde.verwachteLidIds.filter((id) => !beantwoord.has(id)) } },
  });
  const kaart = await kaartStand(tx, casus);
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
