// Escalation to the chair (casting vote) and up the bestuurder tiers, each with its own deadline.
import { randomUUID } from 'node:crypto';
import type { Bestuurder, Escalatie, Persoon } from '@prisma/client';
import type { ReactieRegel } from '../domain/berichten.ts';
import { besluittekst } from '../domain/besluittekst.ts';
import {
  type EscalatieWeigering,
  magBeslissenAlsBestuurder,
  magBeslissenAlsVoorzitter,
} from '../domain/bevoegdheid.ts';
import { eersteTrede, volgendeStap } from '../domain/escalatieladder.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { leesOfWeiger, z } from '../domain/validatie.ts';
import { eisVerwijzing } from '../domain/verwijzing.ts';
import { BESTUURDER_BESLUITEN, VOORZITTER_UITKOMSTEN } from '../domain/woorden.ts';
import { json } from '../store/rijen.ts';
import { berekenDeadline, telWerkdagenOp, telWerkurenOp } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { type Diensten, perTransactie, type Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { annuleerJobs, planJob } from './jobplanning.ts';
import { werkKaartBij } from './kaart.ts';
import {
  bekendeNamen,
  type GeladenCasus,
  laadCasusVoorUpdate,
  laatsteRonde,
  leesCasus,
  reactieRegels,
  samenvatting,
  uitkomstVanBeslissing,
  voorzitterVan,
} from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { eisOvergang } from './overgang.ts';
import { poortVelden } from './privacypoort.ts';

export interface EscalatieRedenen {
  /** Why it escalated (closing-rule codes, 'geen_quorum', 'bestuurder_verlopen', ...). */
  redenen: string[];
  /** What a bestuurder must still approve if the chair grants it. */
  bestuurderRedenen: string[];
  /** Earlier decisions in the ladder, shown to the next one. */
  eerder?: { door: string; uitkomst: string; reden: string }[];
}

interface EscaleerOpdracht extends EscalatieRedenen {
  niveau: 'voorzitter' | 'bestuurder';
  /** For bestuurder: the tier; default the first one. */
  trede?: number;
  opAgenda: boolean;
  laat?: boolean;
  /** The table's answers, when the caller has them already (closing a round); else read here. */
  reacties?: ReactieRegel[];
}

type BestuurderMetPersoon = Bestuurder & { persoon: Persoon };

/** The bestuurder tiers of a casus's table; read once per transaction. */
function bestuurdersVan(tx: Tx, casus: GeladenCasus): Promise<BestuurderMetPersoon[]> {
  return perTransactie(tx, `bestuurders:${casus.tafelId}`, async () => {
    const alle = await tx.sql.query<BestuurderMetPersoon>(
      `SELECT b.*, row_to_json(p) AS persoon FROM "Bestuurder" b JOIN "Persoon" p ON p.id = b."persoonId"
        WHERE b."tenantId" = $1 AND (b."tafelId" = $2 OR b."tafelId" IS NULL)
        ORDER BY b.trede, b.id`,
      [casus.tenantId, casus.tafelId],
    );
    // A table's own bestuurder for a tier goes before the tenant-wide one.
    return alle.sort((a, b) => a.trede - b.trede || Number(b.tafelId !== null) - Number(a.tafelId !== null));
  });
}

/** A new open escalation; its id is ours, so the timeout job can name it in the same transaction. */
export async function maakEscalatie(
  tx: Tx,
  e: {
    casusId: string;
    niveau: 'voorzitter' | 'bestuurder';
    trede: number;
    doelId: string;
    redenen: EscalatieRedenen;
    geopend: Date;
    deadline: Date;
  },
): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.sql.query(
    `INSERT INTO "Escalatie" (id, "casusId", niveau, trede, "doelId", redenen, geopend, deadline, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open')`,
    [id, e.casusId, e.niveau, e.trede, e.doelId, json(e.redenen), e.geopend, e.deadline],
  );
  return { id };
}

export async function escaleerInTx(
  tx: Tx,
  casus: GeladenCasus,
  nu: Date,
  opdracht: EscaleerOpdracht,
): Promise<void> {
  const bestuurders = await bestuurdersVan(tx, casus);
  const treden = [...new Set(bestuurders.map((b) => b.trede))];
  let niveau = opdracht.niveau;
  let redenen = opdracht.redenen;
  let trede = 0;
  if (niveau === 'bestuurder') {
    const gekozen = opdracht.trede ?? eersteTrede(treden);
    if (gekozen === null) {
      niveau = 'voorzitter';
      redenen = [...redenen, 'geen_bestuurder'];
    } else {
      trede = gekozen;
    }
  }
  const status = eisOvergang(casus, niveau === 'voorzitter' ? 'naar_voorzitter' : 'naar_bestuurder');
  let doelId: string;
  let titel: string;
  let deadline: Date;
  if (niveau === 'voorzitter') {
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    if (!voorzitter) throw new DomeinFout('configuratie', `Tafel ${casus.tafel.naam} heeft geen voorzitter.`);
    doelId = voorzitter.persoonId;
    titel = 'Voorzitter';
    deadline = berekenDeadline(nu, casus.beleid.voorzitterTermijn, casus.kalender, casus.beleid.vergadering);
  } else {
    const bestuurder = bestuurders.find((b) => b.trede === trede)!;
    doelId = bestuurder.persoonId;
    titel = bestuurder.titel;
    deadline = telWerkdagenOp(nu, bestuurder.termijnWerkdagen, casus.kalender);
  }
  const opgeslagenRedenen: EscalatieRedenen = {
    redenen,
    bestuurderRedenen: opdracht.bestuurderRedenen,
    eerder: opdracht.eerder ?? [],
  };
  const escalatie = await maakEscalatie(tx, {
    casusId: casus.id,
    niveau,
    trede,
    doelId,
    redenen: opgeslagenRedenen,
    geopend: nu,
    deadline,
  });
  const opAgenda = casus.opAgenda || opdracht.opAgenda;
  const bijgewerkt = { ...casus, status, opAgenda };
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'geescaleerd',
    actorId: null,
    casusRef: casus.referentie,
    data: { niveau, trede, doel: doelId, redenen, deadline: deadline.toISOString() },
    moment: nu,
  });
  if (opdracht.opAgenda && !casus.opAgenda) {
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'op_agenda_gezet',
      actorId: null,
      casusRef: casus.referentie,
      data: { redenen },
      moment: nu,
    });
  }
  await planJob(
    tx,
    {
      soort: 'escalatie_verlopen',
      sleutel: `escalatie:${escalatie.id}:verlopen`,
      due: deadline,
      payload: { escalatieId: escalatie.id },
    },
    nu,
  );
  let reacties = opdracht.reacties;
  if (!reacties) {
    const ronde = await laatsteRonde(tx, casus.id);
    reacties = ronde ? await reactieRegels(tx, ronde.id) : [];
  }
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `escalatie:${escalatie.id}`,
    ontvangers: [{ soort: 'persoon', persoonId: doelId }],
    bericht: {
      soort: 'escalatie',
      escalatieId: escalatie.id,
      niveau,
      trede,
      titel,
      redenen,
      deadline: deadline.toISOString(),
      casus: samenvatting(bijgewerkt),
      reacties,
      eerdereBesluiten: opgeslagenRedenen.eerder ?? [],
      laat: opdracht.laat ?? false,
    },
    moment: nu,
  });
  // The status change and the card's new version in one statement.
  await werkKaartBij(tx, casus, nu, { status, opAgenda });
}

/**
 * The escalation at `niveau` that waits for an answer, and the facts the rules need to judge who may give it.
 */
async function openEscalatieMetFeiten(
  tx: Tx,
  casus: GeladenCasus,
  niveau: 'voorzitter' | 'bestuurder',
  persoonId: string,
) {
  const escalatie = await tx.escalatie.findFirst({
    where: { casusId: casus.id, niveau, status: { in: ['open', 'info_gevraagd'] } },
    orderBy: { geopend: 'desc' },
  });
  const beslist =
    !escalatie &&
    !!(await tx.escalatie.findFirst({ where: { casusId: casus.id, niveau, status: 'beslist' } }));
  return {
    escalatie,
    feiten: {
      casusStatus: casus.status,
      openEscalatie: escalatie ? { niveau, aanPersoon: escalatie.doelId === persoonId } : null,
      beslist: {
        voorzitter: niveau === 'voorzitter' && beslist,
        bestuurder: niveau === 'bestuurder' && beslist,
      },
    },
  };
}

/** A refusal of the rules in bevoegdheid.ts, as the error the chair or bestuurder sees. */
function weigerEscalatieBesluit(
  casus: GeladenCasus,
  niveau: 'voorzitter' | 'bestuurder',
  reden: 'geen_voorzitter' | EscalatieWeigering | 'andere_bestuurder',
): never {
  switch (reden) {
    case 'geen_voorzitter':
      throw new DomeinFout(
        'geen_voorzitter',
        `Alleen de voorzitter van ${casus.tafel.naam} beslist bij verschil van mening.`,
      );
    case 'al_beslist':
      throw new DomeinFout(
        'al_beslist',
        `Over ${casus.referentie} is al beslist; er is niets meer goed te keuren.`,
      );
    case 'niet_aan_de_beurt':
      throw new DomeinFout(
        'ongeldige_overgang',
        `${casus.referentie} ligt nu niet bij de ${niveau === 'voorzitter' ? 'voorzitter' : 'bestuurder'}.`,
      );
    case 'andere_bestuurder':
      throw new DomeinFout(
        'niet_bevoegd',
        `Dit verzoek over ${casus.referentie} ligt bij een andere bestuurder.`,
      );
  }
}

/** The open escalation the chair `persoonId` may answer; refused as the rules say otherwise. */
async function eisVoorzitterAanDeBeurt(tx: Tx, casus: GeladenCasus, persoonId: string) {
  const voorzitter = await voorzitterVan(tx, casus.tafelId);
  const { escalatie, feiten } = await openEscalatieMetFeiten(tx, casus, 'voorzitter', persoonId);
  const oordeel = magBeslissenAlsVoorzitter({ ...feiten, voorzitter: voorzitter?.persoonId === persoonId });
  if (!oordeel.mag) weigerEscalatieBesluit(casus, 'voorzitter', oordeel.reden);
  return escalatie!;
}

/** The open escalation the bestuurder `persoonId` may answer; refused as the rules say otherwise. */
async function eisBestuurderAanDeBeurt(tx: Tx, casus: GeladenCasus, persoonId: string) {
  const { escalatie, feiten } = await openEscalatieMetFeiten(tx, casus, 'bestuurder', persoonId);
  const oordeel = magBeslissenAlsBestuurder(feiten);
  if (!oordeel.mag) weigerEscalatieBesluit(casus, 'bestuurder', oordeel.reden);
  return escalatie!;
}

/** An escalation was answered: it is closed and its timeout no longer applies. */
async function markeerBeslist(tx: Tx, escalatieId: string, uitkomst: string, reden: string, nu: Date) {
  await tx.escalatie.update({
    where: { id: escalatieId },
    data: { status: 'beslist', uitkomst, reden, beslist: nu },
  });
  await annuleerJobs(tx, `escalatie:${escalatieId}:`, nu);
}

export const voorzitterBesluitSchema = z
  .object({
    uitkomst: z.enum(VOORZITTER_UITKOMSTEN, {
      error: 'Kies een uitkomst',
    }),
    reden: z
      .string({ error: 'Geef een reden' })
      .trim()
      .min(3, { error: 'Geef een reden: de tafel deelt het hoe en waarom' })
      .max(3000),
    hoe: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(2000).optional()),
    voorwaarden: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000).optional()),
    verwijzing: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000).optional()),
  })
  .superRefine(eisVerwijzing((v) => uitkomstVanBeslissing[v.uitkomst]!));

/** The chair's casting vote. */
export async function beslisAlsVoorzitter(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof voorzitterBesluitSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const escalatie = await eisVoorzitterAanDeBeurt(tx, casus, persoon.id);
    const b = leesOfWeiger(voorzitterBesluitSchema, invoer, 'Controleer het besluit.');
    poortVelden(
      d.privacy,
      { reden: b.reden, hoe: b.hoe, voorwaarden: b.voorwaarden, verwijzing: b.verwijzing },
      await bekendeNamen(tx, casus.tenantId),
    );
    await markeerBeslist(tx, escalatie.id, b.uitkomst, b.reden, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'voorzitter_beslist',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { uitkomst: b.uitkomst },
      moment: nu,
    });
    const redenen = escalatie.redenen as unknown as EscalatieRedenen;
    const toekennen = b.uitkomst === 'toekennen' || b.uitkomst === 'deels_toekennen';
    if (toekennen && redenen.bestuurderRedenen.length > 0) {
      await escaleerInTx(tx, casus, nu, {
        niveau: 'bestuurder',
        redenen: redenen.bestuurderRedenen,
        bestuurderRedenen: redenen.bestuurderRedenen,
        eerder: [
          ...(redenen.eerder ?? []),
          { door: `Voorzitter ${persoon.naam}`, uitkomst: b.uitkomst, reden: b.reden },
        ],
        opAgenda: false,
      });
      return { referentie: casus.referentie, gevolg: 'naar_bestuurder' as const };
    }
    const ronde = await laatsteRonde(tx, casus.id);
    const genomenDoor = casus.opAgenda ? 'vergadering' : 'voorzitter';
    const tekst = besluittekst({
      genomenDoor,
      reden: b.reden,
      voorwaarden: b.voorwaarden ?? null,
      antwoorden: ronde ? await reactieRegels(tx, ronde.id) : [],
    });
    const vastgelegd = await legBesluitVastInTx(tx, casus, nu, {
      uitkomst: uitkomstVanBeslissing[b.uitkomst]!,
      genomenDoor,
      besluiterId: persoon.id,
      waarom: tekst.waarom,
      hoe: b.hoe ?? (toekennen ? casus.gevraagdeOplossing : ''),
      voorwaarden: tekst.voorwaarden,
      verwijzing: b.verwijzing ?? null,
      toezeggingen: [],
    });
    return {
      referentie: casus.referentie,
      gevolg: vastgelegd ? ('besloten' as const) : ('wacht_op_toestemming' as const),
    };
  });
}

export const bestuurderBesluitSchema = z
  .object({
    besluit: z.enum(BESTUURDER_BESLUITEN, { error: 'Kies goedkeuren of afwijzen' }),
    reden: z
      .string({ error: 'Geef een reden' })
      .trim()
      .min(3, { error: 'Geef een reden voor uw besluit' })
      .max(3000),
    verwijzing: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(1000).optional()),
  })
  .superRefine(eisVerwijzing((v) => (v.besluit === 'afwijzen' ? 'afgewezen' : 'toegekend')));

/** A bestuurder approves or rejects an exception beyond the table's mandate. */
export async function decideAsBestuurder(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof bestuurderBesluitSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const escalatie = await eisBestuurderAanDeBeurt(tx, casus, persoon.id);
    const b = leesOfWeiger(bestuurderBesluitSchema, invoer, 'Controleer het besluit.');
    poortVelden(
      d.privacy,
      { reden: b.reden, verwijzing: b.verwijzing },
      await bekendeNamen(tx, casus.tenantId),
    );
    await markeerBeslist(tx, escalatie.id, b.besluit, b.reden, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'bestuurder_beslist',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { besluit: b.besluit, trede: escalatie.trede },
      moment: nu,
    });
    const redenen = escalatie.redenen as unknown as EscalatieRedenen;
    const ronde = await laatsteRonde(tx, casus.id);
    const tekst = besluittekst({
      genomenDoor: 'bestuurder',
      reden: b.reden,
      eerder: redenen.eerder ?? [],
      antwoorden: ronde ? await reactieRegels(tx, ronde.id) : [],
    });
    const vastgelegd = await legBesluitVastInTx(tx, casus, nu, {
      uitkomst: b.besluit === 'goedkeuren' ? 'toegekend' : 'afgewezen',
      genomenDoor: 'bestuurder',
      besluiterId: persoon.id,
      waarom: tekst.waarom,
      hoe: b.besluit === 'goedkeuren' ? casus.gevraagdeOplossing : '',
      voorwaarden: tekst.voorwaarden,
      verwijzing: b.verwijzing ?? null,
      toezeggingen: [],
    });
    return {
      referentie: casus.referentie,
      gevolg: vastgelegd ? ('besloten' as const) : ('wacht_op_toestemming' as const),
    };
  });
}

/** The bestuurder asks for more information; the clock stops until the answer comes. */
export async function vraagInformatie(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  vraag: string,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const escalatie = await eisBestuurderAanDeBeurt(tx, casus, persoon.id);
    const vraagTekst = leesOfWeiger(
      z.string().trim().min(5, { error: 'Stel een vraag van minstens 5 tekens' }).max(2000),
      vraag,
      'Controleer uw vraag.',
      'vraag',
    );
    poortVelden(d.privacy, { vraag: vraagTekst }, await bekendeNamen(tx, casus.tenantId));
    const verzoek = await tx.informatieverzoek.create({
      data: { escalatieId: escalatie.id, vraag: vraagTekst, gevraagd: nu },
    });
    await tx.escalatie.update({ where: { id: escalatie.id }, data: { status: 'info_gevraagd' } });
    await annuleerJobs(tx, `escalatie:${escalatie.id}:`, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'informatie_gevraagd',
      actorId: persoon.id,
      casusRef: casus.referentie,
      moment: nu,
    });
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `infovraag:${verzoek.id}`,
      ontvangers: [
        { soort: 'persoon', persoonId: casus.indienerId },
        ...(voorzitter ? [{ soort: 'persoon' as const, persoonId: voorzitter.persoonId }] : []),
      ],
      bericht: {
        soort: 'informatie_gevraagd',
        escalatieId: escalatie.id,
        verzoekId: verzoek.id,
        referentie: casus.referentie,
        titel: casus.titel,
        vraag: vraagTekst,
        vanNaam: persoon.naam,
      },
      moment: nu,
    });
    return { verzoekId: verzoek.id };
  });
}

/** The submitter or the chair answers; the bestuurder's clock starts again. */
export async function beantwoordInformatie(
  d: Diensten,
  identiteit: Identiteit,
  verzoekId: string,
  antwoord: string,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const verzoek = await tx.informatieverzoek.findUnique({
      where: { id: verzoekId },
      include: { escalatie: true },
    });
    if (!verzoek) throw new DomeinFout('onbekend', 'Deze informatievraag bestaat niet.');
    const casus = await laadCasusVoorUpdate(tx, verzoek.escalatie.casusId);
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    if (persoon.id !== casus.indienerId && persoon.id !== voorzitter?.persoonId) {
      throw new DomeinFout(
        'niet_bevoegd',
        'Alleen de indiener of de voorzitter kan deze vraag beantwoorden.',
      );
    }
    if (verzoek.beantwoord || verzoek.escalatie.status !== 'info_gevraagd') {
      throw new DomeinFout('al_beslist', 'Deze vraag is al beantwoord.');
    }
    const antwoordTekst = leesOfWeiger(
      z.string().trim().min(3, { error: 'Geef een antwoord' }).max(3000),
      antwoord,
      'Controleer uw antwoord.',
      'antwoord',
    );
    poortVelden(d.privacy, { antwoord: antwoordTekst }, await bekendeNamen(tx, casus.tenantId));
    const bestuurder = await tx.bestuurder.findFirst({
      where: {
        persoonId: verzoek.escalatie.doelId,
        tenantId: casus.tenantId,
        trede: verzoek.escalatie.trede,
      },
    });
    const deadline = telWerkdagenOp(nu, bestuurder?.termijnWerkdagen ?? 3, casus.kalender);
    await tx.informatieverzoek.update({
      where: { id: verzoekId },
      data: { antwoord: antwoordTekst, beantwoord: nu },
    });
    await tx.escalatie.update({ where: { id: verzoek.escalatieId }, data: { status: 'open', deadline } });
    await planJob(
      tx,
      {
        soort: 'escalatie_verlopen',
        sleutel: `escalatie:${verzoek.escalatieId}:verlopen`,
        due: deadline,
        payload: { escalatieId: verzoek.escalatieId },
      },
      nu,
    );
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'informatie_gegeven',
      actorId: persoon.id,
      casusRef: casus.referentie,
      moment: nu,
    });
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `infoantwoord:${verzoek.id}`,
      ontvangers: [{ soort: 'persoon', persoonId: verzoek.escalatie.doelId }],
      bericht: {
        soort: 'informatie_gegeven',
        escalatieId: verzoek.escalatieId,
        referentie: casus.referentie,
        titel: casus.titel,
        antwoord: antwoordTekst,
        deadline: deadline.toISOString(),
      },
      moment: nu,
    });
  });
}

/** Job: nobody answered in time; go one step up the ladder. */
export async function escalatieVerlopen(
  tx: Tx,
  escalatieId: string,
  nu: Date,
  laat: boolean,
): Promise<string | null> {
  const [vergrendeld] = await tx.sql.query<{ id: string }>(
    `SELECT c.id FROM "Casus" c WHERE c.id = (SELECT "casusId" FROM "Escalatie" WHERE id = $1) FOR UPDATE`,
    [escalatieId],
  );
  if (!vergrendeld) return null;
  const casus = await leesCasus(tx, vergrendeld.id);
  // Read again under the casus lock: an answer may have closed it while we waited.
  const [escalatie] = await tx.sql.query<Escalatie>(`SELECT * FROM "Escalatie" WHERE id = $1`, [escalatieId]);
  if (escalatie?.status !== 'open' || nu < escalatie.deadline) return null;
  await tx.sql.query(`UPDATE "Escalatie" SET status = 'verlopen' WHERE id = $1`, [escalatieId]);
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'escalatie_verlopen',
    actorId: null,
    casusRef: casus.referentie,
    data: { niveau: escalatie.niveau, trede: escalatie.trede },
    moment: nu,
  });
  const redenen = escalatie.redenen as unknown as EscalatieRedenen;
  const bestuurders = await bestuurdersVan(tx, casus);
  const stap = volgendeStap(
    escalatie.niveau as 'voorzitter' | 'bestuurder',
    escalatie.trede,
    bestuurders.map((b) => b.trede),
  );
  const voorzitter = await voorzitterVan(tx, casus.tafelId);
  if (stap.soort === 'bestuurder') {
    await escaleerInTx(tx, casus, nu, {
      ...redenen,
      niveau: 'bestuurder',
      trede: stap.trede,
      opAgenda: false,
      laat,
    });
    return `bestuurder:${stap.trede}`;
  }
  // Nobody is left above: the weekly meeting takes it, with the chair holding the pen.
  if (escalatie.niveau === 'bestuurder') {
    await escaleerInTx(tx, casus, nu, {
      ...redenen,
      redenen: [...redenen.redenen, 'bestuurder_verlopen'],
      niveau: 'voorzitter',
      opAgenda: true,
      laat,
    });
  } else {
    if (!casus.opAgenda) {
      await tx.sql.query(`UPDATE "Casus" SET "opAgenda" = true WHERE id = $1`, [casus.id]);
      await schrijfAudit(tx, {
        tenantId: casus.tenantId,
        actie: 'op_agenda_gezet',
        actorId: null,
        casusRef: casus.referentie,
        data: { redenen: ['voorzitter_verlopen'] },
        moment: nu,
      });
    }
    // The chair keeps an open escalation so the meeting's decision can be recorded; no further timeout.
    await maakEscalatie(tx, {
      casusId: casus.id,
      niveau: 'voorzitter',
      trede: 0,
      doelId: escalatie.doelId,
      redenen: { ...redenen, redenen: [...redenen.redenen, 'voorzitter_verlopen'] },
      geopend: nu,
      deadline: telWerkurenOp(nu, 0, casus.kalender),
    });
    await werkKaartBij(tx, casus, nu);
  }
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `verlopen:${escalatieId}`,
    ontvangers: voorzitter ? [{ soort: 'persoon', persoonId: voorzitter.persoonId }] : [],
    bericht: {
      soort: 'escalatie_verlopen',
      referentie: casus.referentie,
      titel: casus.titel,
      naar: 'vergadering',
    },
    moment: nu,
  });
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `agenda:${escalatieId}`,
    ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
    bericht: {
      soort: 'op_agenda',
      referentie: casus.referentie,
      titel: casus.titel,
      reden:
        escalatie.niveau === 'bestuurder'
          ? 'Geen besluit van de bestuurders binnen de termijn.'
          : 'De voorzitter heeft niet binnen de termijn beslist.',
    },
    moment: nu,
  });
  return 'vergadering';
}
