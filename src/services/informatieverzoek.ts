// A bestuurder asks the submitter or the chair for more information; the escalation's clock waits for the answer.
import { DomeinFout } from '../domain/fouten.ts';
import { leesOfWeiger, melding, z } from '../domain/validatie.ts';
import { zin } from '../taal/tekst.ts';
import { telWerkdagenOp } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import type { Diensten } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { planEscalatieVerloop } from './escalatie.ts';
import { eisBestuurderAanDeBeurt } from './escalatiebeurt.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { annuleerJobs } from './jobplanning.ts';
import { bekendeNamen, laadCasusVoorUpdate, voorzitterVan } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { poortVelden } from './privacypoort.ts';

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
      z
        .string()
        .trim()
        .min(5, { error: melding(zin('fouten.veld.vraag')) })
        .max(2000),
      vraag,
      zin('fouten.invoer.controleer_vraag'),
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
    if (!verzoek) throw new DomeinFout('onbekend', zin('fouten.onbekend.informatievraag'));
    const casus = await laadCasusVoorUpdate(tx, verzoek.escalatie.casusId);
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    if (persoon.id !== casus.indienerId && persoon.id !== voorzitter?.persoonId) {
      throw new DomeinFout('niet_bevoegd', zin('fouten.bevoegd.informatievraag'));
    }
    if (verzoek.beantwoord || verzoek.escalatie.status !== 'info_gevraagd') {
      throw new DomeinFout('al_beslist', zin('fouten.stand.al_beantwoord'));
    }
    const antwoordTekst = leesOfWeiger(
      z
        .string()
        .trim()
        .min(3, { error: melding(zin('fouten.veld.antwoord')) })
        .max(3000),
      antwoord,
      zin('fouten.invoer.controleer_antwoord'),
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
    await planEscalatieVerloop(tx, verzoek.escalatieId, deadline, nu);
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
