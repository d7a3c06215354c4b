// Retention (AVG): after the tenant's period, the free text of a closed casus is purged. What stays
// is the anonymised besluit (reasoning, knelpunt, amounts, dates, commitments) and the statistics;
// the audit trail holds digests only, so its chain still verifies. Messages the bot posted about
// the casus are replaced with a stub through the outbox, exactly once each.
import type { Prisma } from '@prisma/client';
import { indexeerCasus } from '../register/indexeren.ts';
import { schrijfAudit } from './audit.ts';
import type { Tx } from './context.ts';
import { planJob } from './jobplanning.ts';
import { addMonths } from './maanden.ts';

export const GEWIST = '(gewist na bewaartermijn)';

/** Called when a casus is closed (besluit, withdrawal, crisis referral). */
export async function planBewaartermijn(
  tx: Tx,
  casus: { id: string; tenantId: string },
  afgerond: Date,
  nu: Date,
) {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: casus.tenantId } });
  await planJob(
    tx,
    {
      soort: 'bewaartermijn',
      sleutel: `bewaartermijn:${casus.id}`,
      due: addMonths(afgerond, tenant.bewaartermijnMaanden),
      payload: { casusId: casus.id },
    },
    nu,
  );
}

export interface WisVerslag {
  gewist: boolean;
  antwoorden: number;
  berichten: number;
  stubs: number;
}

/** Job: purge the free text of one casus. Idempotent: a second run does nothing. */
export async function wisVrijeTekst(tx: Tx, casusId: string, nu: Date): Promise<WisVerslag> {
  const [rij] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Casus" WHERE id = ${casusId} FOR UPDATE`;
  const casus = rij ? await tx.casus.findUnique({ where: { id: casusId } }) : null;
  if (!casus || casus.tekstGewist || !casus.afgerond)
    return { gewist: false, antwoorden: 0, berichten: 0, stubs: 0 };
  await tx.casus.update({
    where: { id: casusId },
    data: {
      titel: GEWIST,
      situatie: GEWIST,
      gevraagdeOplossing: GEWIST,
      kostenNietsDoenToelichting: GEWIST,
      betrokkenheidToelichting: null,
      toestemmingAfweging: casus.toestemmingAfweging === null ? null : GEWIST,
      eigenReferentie: null,
      tekstGewist: nu,
    },
  });
  // The purged title leaves the register's index too.
  await indexeerCasus(tx, casusId);
  const antwoorden = await tx.antwoord.updateMany({
    where: { ronde: { casusId } },
    data: { reden: GEWIST, voorwaarden: null, toezeggingTaak: null },
  });
  await tx.escalatie.updateMany({ where: { casusId, reden: { not: null } }, data: { reden: GEWIST } });
  await tx.toezegging.updateMany({
    where: { besluit: { casusId }, gedaanTekst: { not: null } },
    data: { gedaanTekst: GEWIST },
  });
  // Earlier decisions travel along the ladder with their reasons; keep who and what, not the text.
  for (const e of await tx.escalatie.findMany({ where: { casusId } })) {
    const redenen = e.redenen as { eerder?: { door: string; uitkomst: string; reden: string }[] };
    if (!redenen.eerder?.length) continue;
    await tx.escalatie.update({
      where: { id: e.id },
      data: {
        redenen: {
          ...redenen,
          eerder: redenen.eerder.map((x) => ({ ...x, reden: GEWIST })),
        } as Prisma.InputJsonObject,
      },
    });
  }
  await tx.informatieverzoek.updateMany({
    where: { escalatie: { casusId } },
    data: { vraag: GEWIST, antwoord: null },
  });
  // Snapshots in the outbox carry the text too; what was never sent is no longer worth sending.
  const berichten = await tx.outboxBericht.updateMany({
    where: { casusId, soort: { not: 'inhoud_verwijderd' } },
    data: { data: { gewist: true } as Prisma.InputJsonObject },
  });
  await tx.outboxBericht.updateMany({
    where: { casusId, status: { in: ['wachtend', 'bezig'] }, soort: { not: 'inhoud_verwijderd' } },
    data: { status: 'vervallen' },
  });
  const geplaatst = await tx.platformBericht.findMany({ where: { casusId } });
  if (geplaatst.length > 0) {
    await tx.outboxBericht.createMany({
      data: geplaatst.map((p) => ({
        tenantId: casus.tenantId,
        casusId,
        sleutel: `gewist:${p.id}`,
        soort: 'inhoud_verwijderd',
        ontvanger: {
          soort: 'kanaal',
          platform: p.platform,
          kanaalId: p.kanaalId,
          tafelId: casus.tafelId,
          kanaalSoort: 'tafel',
        },
        data: {
          soort: 'inhoud_verwijderd',
          referentie: casus.referentie,
          platformBericht: {
            platform: p.platform,
            kanaalId: p.kanaalId,
            berichtId: p.berichtId,
            soort: p.soort,
          },
        },
        volgendePoging: nu,
        aangemaakt: nu,
      })),
      skipDuplicates: true,
    });
  }
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'tekst_gewist',
    actorId: null,
    casusRef: casus.referentie,
    data: { antwoorden: antwoorden.count, berichten: berichten.count, stubs: geplaatst.length },
    moment: nu,
  });
  return { gewist: true, antwoorden: antwoorden.count, berichten: berichten.count, stubs: geplaatst.length };
}
