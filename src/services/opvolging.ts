// Follow-up after a besluit: commitments reminded to their owners, the submitter asked whether it worked.
import { DomeinFout } from '../domain/fouten.ts';
import { leesOfWeiger, melding, z } from '../domain/validatie.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { bekendeNamen } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { poortVelden } from './privacypoort.ts';

export async function herinnerToezegging(
  tx: Tx,
  toezeggingId: string,
  nu: Date,
  laat = false,
): Promise<number> {
  const t = await tx.toezegging.findUnique({
    where: { id: toezeggingId },
    include: { organisatie: true, besluit: { include: { casus: true } } },
  });
  if (!t || t.gedaan) return 0;
  const casus = t.besluit.casus;
  // The owner is the organisation; its member at the table receives the reminder.
  const leden = await tx.lid.findMany({
    where: { tafelId: casus.tafelId, organisatieId: t.organisatieId, actief: true },
  });
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `toezegging:${t.id}:herinnering`,
    ontvangers: leden.map((l) => ({ soort: 'persoon' as const, persoonId: l.persoonId })),
    bericht: {
      soort: 'toezegging_herinnering',
      referentie: casus.referentie,
      organisatie: t.organisatie.naam,
      taak: t.taak,
      deadline: t.deadline.toISOString(),
      toezeggingId: t.id,
      laat,
    },
    moment: nu,
  });
  return leden.length;
}

export async function vraagEvaluatie(tx: Tx, besluitId: string, nu: Date): Promise<boolean> {
  const besluit = await tx.besluit.findUnique({ where: { id: besluitId }, include: { casus: true } });
  if (!besluit || besluit.evaluatieAntwoord !== null) return false;
  await plaatsBericht(tx, {
    tenantId: besluit.casus.tenantId,
    casusId: besluit.casusId,
    sleutel: `evaluatie:${besluit.id}`,
    ontvangers: [{ soort: 'persoon', persoonId: besluit.casus.indienerId }],
    bericht: {
      soort: 'evaluatie_vraag',
      referentie: besluit.casus.referentie,
      titel: besluit.casus.titel,
      besluitId: besluit.id,
      uitkomst: besluit.uitkomst as BesluitUitkomst,
    },
    moment: nu,
  });
  return true;
}

const evaluatieSchema = z.object({
  gewerkt: z.boolean({ error: melding(zin('fouten.veld.gewerkt')) }),
  toelichting: z
    .string()
    .trim()
    .min(3, { error: melding(zin('fouten.veld.korte_toelichting')) })
    .max(2000),
});

/** The submitter answers "heeft het maatwerk gewerkt?". */
export async function legEvaluatieVast(
  d: Diensten,
  identiteit: Identiteit,
  besluitId: string,
  invoer: z.input<typeof evaluatieSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const persoon = await bekendPersoon(tx, identiteit);
    const besluit = await tx.besluit.findUnique({ where: { id: besluitId }, include: { casus: true } });
    if (!besluit) throw new DomeinFout('onbekend', zin('fouten.onbekend.besluit'));
    if (besluit.casus.indienerId !== persoon.id)
      throw new DomeinFout('niet_bevoegd', zin('fouten.bevoegd.evaluatie'));
    const parsed = { data: leesOfWeiger(evaluatieSchema, invoer, zin('fouten.invoer.controleer_antwoord')) };
    poortVelden(
      d.privacy,
      { toelichting: parsed.data.toelichting },
      await bekendeNamen(tx, besluit.casus.tenantId),
    );
    await tx.besluit.update({
      where: { id: besluitId },
      data: { evaluatieGewerkt: parsed.data.gewerkt, evaluatieAntwoord: parsed.data.toelichting },
    });
  });
}
