// An escalation nobody answered in time: one step up the ladder, or to the weekly meeting when none is left.
import type { Escalatie } from '@prisma/client';
import { volgendeStap } from '../domain/escalatieladder.ts';
import { zin } from '../taal/tekst.ts';
import { telWerkurenOp } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import type { Tx } from './context.ts';
import { bestuurdersVan, type EscalatieRedenen, escaleerInTx, maakEscalatie } from './escalatie.ts';
import { werkKaartBij } from './kaart.ts';
import { leesCasus, voorzitterVan } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';

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
      reden: zin(
        escalatie.niveau === 'bestuurder'
          ? 'berichten.op_agenda.reden.bestuurder'
          : 'berichten.op_agenda.reden.voorzitter',
      ),
    },
    moment: nu,
  });
  return 'vergadering';
}
