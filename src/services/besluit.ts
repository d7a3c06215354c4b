// legBesluitVastInTx: the outcome with its reasoning, shared with the table, the leerkanaal and the submitter.
import { Prisma } from '@prisma/client';
import type { BesluitWeergave } from '../domain/berichten.ts';
import { DomeinFout, veldFout } from '../domain/fouten.ts';
import { verwijzingNodig } from '../domain/verwijzing.ts';
import type { BesluitUitkomst, CasusStatus } from '../domain/woorden.ts';
import { controleerConsistentie } from '../register/consistentie.ts';
import { indexeerBesluit } from '../register/indexeren.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { planBewaartermijn } from './bewaartermijn.ts';
import type { Tx } from './context.ts';
import { annuleerJobs, planJob } from './jobplanning.ts';
import { werkKaartBij } from './kaart.ts';
import { type GeladenCasus, laatsteRonde } from './lezen.ts';
import { addMonths } from './maanden.ts';
import { planToezeggingLadder } from './opvolging.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { eisOvergang } from './overgang.ts';

export interface BesluitOpdracht {
  uitkomst: BesluitUitkomst;
  genomenDoor: BesluitWeergave['genomenDoor'];
  besluiterId: string | null;
  waarom: string;
  hoe: string;
  voorwaarden: string | null;
  verwijzing: string | null;
  /** With deels_toegekend: the amount granted, in cents (absent in besluiten waiting from before). */
  toegekendBedragCent?: number | null;
  /** Extra commitments; those members gave with their answer are always added. */
  toezeggingen: { organisatieId: string; taak: string; deadline: Date }[];
}

/**
 * Records the besluit, or — when the table requires consent or a recorded weighing and neither is
 * there — keeps it waiting on the casus and tells the submitter why; it is recorded the moment
 * consent is recorded. Returns null while it waits.
 */
export async function legBesluitVastInTx(tx: Tx, casus: GeladenCasus, nu: Date, o: BesluitOpdracht) {
  if (casus.beleid.toestemmingVereistVoorBesluit && casus.toestemming === 'nog_niet') {
    return laatWachtenOpToestemming(tx, casus, nu, o, eisOvergang(casus, 'besluit_wacht'));
  }
  return legBesluitVast(tx, casus, nu, o, eisOvergang(casus, 'besluit_vastgelegd'));
}

async function laatWachtenOpToestemming(
  tx: Tx,
  casus: GeladenCasus,
  nu: Date,
  o: BesluitOpdracht,
  status: CasusStatus,
): Promise<null> {
  await tx.casus.update({
    where: { id: casus.id },
    data: {
      status,
      wachtendBesluit: JSON.parse(JSON.stringify(o)) as Prisma.InputJsonObject,
    },
  });
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'besluit_wacht_op_toestemming',
    actorId: o.besluiterId,
    casusRef: casus.referentie,
    data: { uitkomst: o.uitkomst },
    moment: nu,
  });
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `toestemming:wacht:${casus.id}`,
    ontvangers: [{ soort: 'persoon', persoonId: casus.indienerId }],
    bericht: {
      soort: 'toestemming_herinnering',
      referentie: casus.referentie,
      titel: casus.titel,
      casusId: casus.id,
      wachtendeUitkomst: o.uitkomst,
    },
    moment: nu,
  });
  await werkKaartBij(tx, casus, nu);
  return null;
}

/** The stored waiting besluit, as it was taken (dates come back from JSON). */
export function leesWachtendBesluit(json: unknown): BesluitOpdracht {
  const o = json as BesluitOpdracht & {
    toezeggingen: { organisatieId: string; taak: string; deadline: string | Date }[];
  };
  return { ...o, toezeggingen: o.toezeggingen.map((t) => ({ ...t, deadline: new Date(t.deadline) })) };
}

async function legBesluitVast(
  tx: Tx,
  casus: GeladenCasus,
  nu: Date,
  o: BesluitOpdracht,
  status: CasusStatus,
) {
  if (verwijzingNodig(o.uitkomst) && !o.verwijzing?.trim()) {
    throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.verwijzing_nodig'), [
      veldFout('verwijzing', zin('fouten.veld.verwijzing_nodig')),
    ]);
  }
  const toegekend = o.uitkomst === 'toegekend' || o.uitkomst === 'deels_toegekend';
  const ronde = await laatsteRonde(tx, casus.id);
  const uitAntwoorden = ronde
    ? (
        await tx.antwoord.findMany({
          where: { rondeId: ronde.id, toezeggingTaak: { not: null } },
          orderBy: [{ lidId: 'asc' }, { revisie: 'desc' }],
          include: { lid: true },
        })
      ).filter((r, i, alle) => alle.findIndex((x) => x.lidId === r.lidId) === i)
    : [];
  // Only the latest revision of a member's answer counts, and only if it still carries a commitment.
  const laatstePerLid = ronde
    ? new Map(
        (await tx.antwoord.findMany({ where: { rondeId: ronde.id }, orderBy: { revisie: 'desc' } }))
          .map((r) => [r.lidId, r.id] as const)
          .reverse(),
      )
    : new Map<string, string>();
  const toezeggingen = toegekend
    ? [
        ...uitAntwoorden
          .filter((r) => laatstePerLid.get(r.lidId) === r.id)
          .map((r) => ({
            organisatieId: r.lid.organisatieId,
            taak: r.toezeggingTaak!,
            deadline: r.toezeggingDatum!,
            eigenaarId: r.lid.persoonId,
          })),
        ...o.toezeggingen,
      ]
    : [];
  const evaluatieDatum = toegekend ? addMonths(nu, casus.beleid.evaluatieNaMaanden) : null;
  const besluit = await tx.besluit.create({
    data: {
      casusId: casus.id,
      uitkomst: o.uitkomst,
      waarom: o.waarom,
      hoe: o.hoe,
      voorwaarden: o.voorwaarden,
      afgewekenRegel: toegekend ? (casus.knelpunt?.regel ?? casus.knelpuntVrij ?? null) : null,
      verwijzing: o.verwijzing,
      kostenMaatwerkCent: toegekend ? casus.kostenMaatwerkCent : 0,
      kostenNietsDoenCent: casus.kostenNietsDoenCent,
      toegekendBedragCent: o.uitkomst === 'deels_toegekend' ? (o.toegekendBedragCent ?? null) : null,
      genomenDoor: o.genomenDoor,
      besluiterId: o.besluiterId,
      genomen: nu,
      evaluatieDatum,
      toezeggingen: { create: toezeggingen },
    },
    include: { toezeggingen: { include: { organisatie: true } } },
  });
  await indexeerBesluit(tx, besluit.id);
  await tx.casus.update({
    where: { id: casus.id },
    data: { status, afgerond: nu, opAgenda: false, wachtendBesluit: Prisma.DbNull },
  });
  await planBewaartermijn(tx, casus, nu, nu);
  // Open escalations of this casus no longer apply.
  const open = await tx.escalatie.findMany({
    where: { casusId: casus.id, status: { in: ['open', 'info_gevraagd'] } },
  });
  for (const e of open) {
    await tx.escalatie.update({ where: { id: e.id }, data: { status: 'vervallen' } });
    await annuleerJobs(tx, `escalatie:${e.id}:`, nu);
  }
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'besluit_vastgelegd',
    actorId: o.besluiterId,
    casusRef: casus.referentie,
    data: {
      uitkomst: o.uitkomst,
      genomenDoor: o.genomenDoor,
      toezeggingen: toezeggingen.length,
      kostenMaatwerkCent: besluit.kostenMaatwerkCent,
      ...(besluit.toegekendBedragCent === null ? {} : { toegekendBedragCent: besluit.toegekendBedragCent }),
    },
    moment: nu,
  });
  // Each commitment's ladder: the reminder before its date, then the owner, then the chair.
  for (const t of besluit.toezeggingen) await planToezeggingLadder(tx, casus, t, nu);
  if (evaluatieDatum) {
    await planJob(
      tx,
      {
        soort: 'evaluatie_vragen',
        sleutel: `besluit:${besluit.id}:evaluatie`,
        due: evaluatieDatum,
        payload: { besluitId: besluit.id },
      },
      nu,
    );
  }
  const besluiter = o.besluiterId ? await tx.persoon.findUnique({ where: { id: o.besluiterId } }) : null;
  const weergave: BesluitWeergave = {
    uitkomst: o.uitkomst,
    waarom: o.waarom,
    hoe: o.hoe,
    voorwaarden: o.voorwaarden,
    afgewekenRegel: besluit.afgewekenRegel,
    verwijzing: o.verwijzing,
    kostenMaatwerkCent: besluit.kostenMaatwerkCent,
    kostenNietsDoenCent: besluit.kostenNietsDoenCent,
    toegekendBedragCent: besluit.toegekendBedragCent,
    genomenDoor: o.genomenDoor,
    besluiterNaam: besluiter?.naam ?? null,
    genomen: nu.toISOString(),
    toezeggingen: besluit.toezeggingen.map((t) => ({
      organisatie: t.organisatie.naam,
      taak: t.taak,
      deadline: t.deadline.toISOString(),
    })),
  };
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `besluit:${besluit.id}`,
    ontvangers: [
      { soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' },
      { soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'leer' },
      { soort: 'persoon', persoonId: casus.indienerId },
    ],
    bericht: {
      soort: 'besluit_gedeeld',
      referentie: casus.referentie,
      titel: casus.titel,
      tafelNaam: casus.tafel.naam,
      besluit: weergave,
    },
    moment: nu,
  });
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'besluit_gedeeld',
    actorId: null,
    casusRef: casus.referentie,
    moment: nu,
  });
  // Like cases alike: a besluit against most earlier ones on its knelpunt asks the chair why.
  await controleerConsistentie(tx, besluit.id, nu);
  await werkKaartBij(tx, casus, nu);
  return besluit;
}
