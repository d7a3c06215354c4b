// Consent (AVG): every casus carries its consent state; `nog_niet` gets the submitter a reminder,
// and recording consent or the weighing later is audited and shown on the card.
import { DomeinFout } from '../domain/fouten.ts';
import { leesOfWeiger, melding, optioneleTekst, z } from '../domain/validatie.ts';
import { zin } from '../taal/tekst.ts';
import { werkBijNaAanvulling } from './aanvulling.ts';
import { schrijfAudit } from './audit.ts';
import { leesWachtendBesluit, legBesluitVastInTx } from './besluit.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { annuleerJobs } from './jobplanning.ts';
import { bekendeNamen, laadCasusVoorUpdate, voorzitterVan } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { poortVelden } from './privacypoort.ts';

/** Job: consent is still not recorded some working days after raising. */
export async function herinnerToestemming(tx: Tx, casusId: string, nu: Date): Promise<boolean> {
  const casus = await tx.casus.findUnique({ where: { id: casusId } });
  if (
    casus?.toestemming !== 'nog_niet' ||
    // A waiting casus's reminder (aanvulling.ts) names consent among what is still open.
    ['ingetrokken', 'crisis_doorverwezen', 'wacht_op_aanvulling'].includes(casus.status) ||
    casus.tekstGewist
  ) {
    return false;
  }
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId,
    sleutel: `toestemming:${casusId}`,
    ontvangers: [{ soort: 'persoon', persoonId: casus.indienerId }],
    bericht: { soort: 'toestemming_herinnering', referentie: casus.referentie, titel: casus.titel, casusId },
    moment: nu,
  });
  return true;
}

const toestemmingSchema = z
  .object({
    toestemming: z.enum(['ja_vastgelegd', 'nee_afweging_vastgelegd'], {
      error: melding(zin('fouten.veld.toestemming_vastleggen')),
    }),
    afweging: optioneleTekst(1000, 10),
  })
  .superRefine((v, ctx) => {
    if (v.toestemming === 'nee_afweging_vastgelegd' && !v.afweging) {
      ctx.addIssue({
        code: 'custom',
        path: ['afweging'],
        message: melding(zin('fouten.veld.afweging')),
      });
    }
  });

/** The submitter (or the chair) records consent or the weighing. */
export async function legToestemmingVast(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof toestemmingSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    if (persoon.id !== casus.indienerId && persoon.id !== voorzitter?.persoonId) {
      throw new DomeinFout('niet_bevoegd', zin('fouten.bevoegd.toestemming'));
    }
    const parsed = { data: leesOfWeiger(toestemmingSchema, invoer) };
    poortVelden(d.privacy, { afweging: parsed.data.afweging }, await bekendeNamen(tx, casus.tenantId));
    await tx.casus.update({
      where: { id: casus.id },
      data: { toestemming: parsed.data.toestemming, toestemmingAfweging: parsed.data.afweging ?? null },
    });
    await annuleerJobs(tx, `toestemming:${casus.id}`, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'toestemming_vastgelegd',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { toestemming: parsed.data.toestemming },
      moment: nu,
    });
    if (casus.wachtendBesluit) {
      // The besluit was taken already and only waited for this: record and share it now.
      await legBesluitVastInTx(
        tx,
        { ...casus, toestemming: parsed.data.toestemming },
        nu,
        leesWachtendBesluit(casus.wachtendBesluit),
      );
    } else {
      // A round that waited for consent (spelregels §4) opens now; otherwise the card shows it.
      await werkBijNaAanvulling(tx, casus, { ...casus, toestemming: parsed.data.toestemming }, nu);
    }
    return { referentie: casus.referentie, toestemming: parsed.data.toestemming };
  });
}
