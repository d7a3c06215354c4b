// Starting an escalation: to the chair (casting vote) or up the bestuurder tiers, each with its own deadline.

import { randomUUID } from 'node:crypto';
import type { Bestuurder, Persoon } from '@prisma/client';
import type { AntwoordRegel } from '../domain/berichten.ts';
import type { EerderBesluit } from '../domain/besluittekst.ts';
import { eersteTrede } from '../domain/escalatieladder.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { json } from '../store/rijen.ts';
import { zin } from '../taal/tekst.ts';
import { berekenDeadline, telWerkdagenOp } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { perTransactie, type Tx } from './context.ts';
import { planJob } from './jobplanning.ts';
import { werkKaartBij } from './kaart.ts';
import { antwoordRegels, type GeladenCasus, laatsteRonde, samenvatting, voorzitterVan } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { eisOvergang } from './overgang.ts';

export interface EscalatieRedenen {
  /** Why it escalated (closing-rule codes, 'geen_quorum', 'bestuurder_verlopen', ...). */
  redenen: string[];
  /** What a bestuurder must still approve if the chair grants it. */
  bestuurderRedenen: string[];
  /** Earlier decisions in the ladder, shown to the next one. */
  eerder?: EerderBesluit[];
}

interface EscaleerOpdracht extends EscalatieRedenen {
  niveau: 'voorzitter' | 'bestuurder';
  /** For bestuurder: the tier; default the first one. */
  trede?: number;
  opAgenda: boolean;
  laat?: boolean;
  /** The table's answers, when the caller has them already (closing a round); else read here. */
  antwoorden?: AntwoordRegel[];
}

type BestuurderMetPersoon = Bestuurder & { persoon: Persoon };

/** The bestuurder tiers of a casus's table; read once per transaction. */
export function bestuurdersVan(tx: Tx, casus: GeladenCasus): Promise<BestuurderMetPersoon[]> {
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
    if (!voorzitter)
      throw new DomeinFout(
        'configuratie',
        zin('fouten.configuratie.geen_voorzitter', { tafel: casus.tafel.naam }),
      );
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
  await planEscalatieVerloop(tx, escalatie.id, deadline, nu);
  let antwoorden = opdracht.antwoorden;
  if (!antwoorden) {
    const ronde = await laatsteRonde(tx, casus.id);
    antwoorden = ronde ? await antwoordRegels(tx, ronde.id) : [];
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
      antwoorden,
      eerdereBesluiten: opgeslagenRedenen.eerder ?? [],
      laat: opdracht.laat ?? false,
    },
    moment: nu,
  });
  // The status change and the card's new version in one statement.
  await werkKaartBij(tx, casus, nu, { status, opAgenda });
}

/**
 * The job that lets an escalation time out at its deadline. One key per escalation: planning it again (after
 * information was given, with a new deadline) replaces the earlier one.
 */
export async function planEscalatieVerloop(
  tx: Tx,
  escalatieId: string,
  deadline: Date,
  nu: Date,
): Promise<void> {
  await planJob(
    tx,
    {
      soort: 'escalatie_verlopen',
      sleutel: `escalatie:${escalatieId}:verlopen`,
      due: deadline,
      payload: { escalatieId },
    },
    nu,
  );
}
