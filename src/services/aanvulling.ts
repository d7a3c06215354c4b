// What follows the quick intake: the submitter adds the costs, the household's engagement or consent
// once the casus is in (spelregels §4). Audited, shown on the card, a besluit that waited for consent
// is recorded as soon as it is there, and a round that waited for what its table requires opens.
import { isDefinitief } from '../domain/casusstatus.ts';
import { DomeinFout, veldFout } from '../domain/fouten.ts';
import { type Aanvulling, aanvulSchema } from '../domain/intake.ts';
import { nogOpen, rondeKanOpenen } from '../domain/rondevoorwaarde.ts';
import { leesOfWeiger, type z } from '../domain/validatie.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { leesWachtendBesluit, legBesluitVastInTx } from './besluit.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { annuleerJobs } from './jobplanning.ts';
import { werkKaartBij } from './kaart.ts';
import { bekendeNamen, laadCasusVoorUpdate } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { poortVelden } from './privacypoort.ts';
import { openWachtendeRonde } from './wachtenderonde.ts';

export type AanvulInvoer = z.input<typeof aanvulSchema>;

type AangevuldeCasus = Parameters<typeof openWachtendeRonde>[1] & Parameters<typeof nogOpen>[0];

/**
 * After the submitter added something (here, or consent through toestemming.ts): a casus whose round waited
 * for what the table requires (spelregels §4) gets its round once nothing it requires is missing; otherwise
 * the card shows the addition.
 */
export async function werkBijNaAanvulling(
  tx: Tx,
  voor: Awaited<ReturnType<typeof laadCasusVoorUpdate>>,
  na: AangevuldeCasus,
  nu: Date,
): Promise<void> {
  if (voor.status === 'wacht_op_aanvulling' && rondeKanOpenen(voor.beleid.vereistVoorRonde, nogOpen(na)).open)
    await openWachtendeRonde(tx, { ...na, status: voor.status, opAgenda: voor.opAgenda }, nu);
  else await werkKaartBij(tx, na, nu);
}

/** The submitter adds what the quick intake left open. */
export async function vulCasusAan(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: AanvulInvoer,
  opties: VerzoekOpties = {},
): Promise<{ referentie: string; nogOpen: Aanvulling[] }> {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    if (persoon.id !== casus.indienerId)
      throw new DomeinFout('niet_bevoegd', zin('fouten.bevoegd.aanvullen'));
    if (isDefinitief(casus.status) || casus.tekstGewist)
      throw new DomeinFout('ongeldige_overgang', zin('fouten.invoer.aanvullen_afgerond'));
    const a = leesOfWeiger(aanvulSchema, invoer) as {
      kostenMaatwerk?: number;
      kostenNietsDoen?: number;
      kostenNietsDoenToelichting?: string;
      betrokkenheid?: string;
      betrokkenheidToelichting?: string;
      toestemming?: string;
      toestemmingAfweging?: string;
    };
    const open = nogOpen(casus);
    const kosten = open.includes('kosten') && a.kostenMaatwerk !== undefined;
    const betrokkenheid = open.includes('betrokkenheid') && a.betrokkenheid !== undefined;
    const toestemming =
      open.includes('toestemming') && a.toestemming !== undefined && a.toestemming !== 'nog_niet';
    if (!kosten && !betrokkenheid && !toestemming) {
      throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.controleer'), [
        veldFout(
          open[0] === 'betrokkenheid'
            ? 'betrokkenheid'
            : open[0] === 'toestemming'
              ? 'toestemming'
              : 'kostenMaatwerk',
          zin('fouten.veld.aanvulling_leeg'),
        ),
      ]);
    }
    poortVelden(
      d.privacy,
      {
        kostenNietsDoenToelichting: kosten ? a.kostenNietsDoenToelichting : undefined,
        betrokkenheidToelichting: betrokkenheid ? a.betrokkenheidToelichting : undefined,
        toestemmingAfweging: toestemming ? a.toestemmingAfweging : undefined,
      },
      await bekendeNamen(tx, casus.tenantId),
    );
    const bijgewerkt = await tx.casus.update({
      where: { id: casus.id },
      data: {
        ...(kosten
          ? {
              kostenMaatwerkCent: a.kostenMaatwerk!,
              kostenNietsDoenCent: a.kostenNietsDoen!,
              kostenNietsDoenToelichting: a.kostenNietsDoenToelichting ?? '',
              kostenOntbreken: false,
            }
          : {}),
        ...(betrokkenheid
          ? {
              betrokkenheid: a.betrokkenheid!,
              betrokkenheidToelichting: a.betrokkenheidToelichting ?? null,
              betrokkenheidOntbreekt: false,
            }
          : {}),
        ...(toestemming
          ? { toestemming: a.toestemming!, toestemmingAfweging: a.toestemmingAfweging ?? null }
          : {}),
      },
    });
    if (toestemming) await annuleerJobs(tx, `toestemming:${casus.id}`, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'casus_aangevuld',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: {
        aangevuld: [
          ...(kosten ? ['kosten'] : []),
          ...(betrokkenheid ? ['betrokkenheid'] : []),
          ...(toestemming ? ['toestemming'] : []),
        ],
        ...(kosten ? { kostenMaatwerkCent: a.kostenMaatwerk } : {}),
        ...(toestemming ? { toestemming: a.toestemming } : {}),
      },
      moment: nu,
    });
    const na = { ...casus, ...bijgewerkt };
    if (toestemming && casus.wachtendBesluit) {
      // The besluit was taken already and only waited for consent: record and share it now.
      await legBesluitVastInTx(tx, na, nu, leesWachtendBesluit(casus.wachtendBesluit));
    } else {
      await werkBijNaAanvulling(tx, casus, na, nu);
    }
    return { referentie: casus.referentie, nogOpen: nogOpen(na) };
  });
}

/**
 * Job: a casus whose round still waits for what its table requires reminds its submitter, once, of all
 * that is still open (consent too: the consent reminder keeps quiet while the casus waits). Sends nothing
 * once the round opened, the casus was withdrawn or its text purged.
 */
export async function herinnerAanvulling(tx: Tx, casusId: string, nu: Date): Promise<boolean> {
  const casus = await tx.casus.findUnique({ where: { id: casusId } });
  if (casus?.status !== 'wacht_op_aanvulling' || casus.tekstGewist) return false;
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId,
    sleutel: `aanvulling:${casusId}:herinnering`,
    ontvangers: [{ soort: 'persoon', persoonId: casus.indienerId }],
    bericht: {
      soort: 'aanvulling_gevraagd',
      referentie: casus.referentie,
      titel: casus.titel,
      casusId,
      ontbreekt: nogOpen(casus),
      herinnering: true,
    },
    moment: nu,
  });
  return true;
}
