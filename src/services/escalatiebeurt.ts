// Whose turn it is to answer an open escalation, as the rules in bevoegdheid.ts judge it, and closing it once answered.
import {
  type EscalatieWeigering,
  magBeslissenAlsBestuurder,
  magBeslissenAlsVoorzitter,
} from '../domain/bevoegdheid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { zin } from '../taal/tekst.ts';
import type { Tx } from './context.ts';
import { annuleerJobs } from './jobplanning.ts';
import { type GeladenCasus, voorzitterVan } from './lezen.ts';

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
        zin('fouten.bevoegd.verschil_van_mening', { tafel: casus.tafel.naam }),
      );
    case 'al_beslist':
      throw new DomeinFout(
        'al_beslist',
        zin('fouten.stand.al_beslist_escalatie', { referentie: casus.referentie }),
      );
    case 'niet_aan_de_beurt':
      throw new DomeinFout(
        'ongeldige_overgang',
        zin('fouten.stand.niet_bij_niveau', { referentie: casus.referentie, niveau }),
      );
    case 'andere_bestuurder':
      throw new DomeinFout(
        'niet_bevoegd',
        zin('fouten.bevoegd.andere_bestuurder', { referentie: casus.referentie }),
      );
  }
}

/** The open escalation the chair `persoonId` may answer; refused as the rules say otherwise. */
export async function eisVoorzitterAanDeBeurt(tx: Tx, casus: GeladenCasus, persoonId: string) {
  const voorzitter = await voorzitterVan(tx, casus.tafelId);
  const { escalatie, feiten } = await openEscalatieMetFeiten(tx, casus, 'voorzitter', persoonId);
  const oordeel = magBeslissenAlsVoorzitter({ ...feiten, voorzitter: voorzitter?.persoonId === persoonId });
  if (!oordeel.mag) weigerEscalatieBesluit(casus, 'voorzitter', oordeel.reden);
  return escalatie!;
}

/** The open escalation the bestuurder `persoonId` may answer; refused as the rules say otherwise. */
export async function eisBestuurderAanDeBeurt(tx: Tx, casus: GeladenCasus, persoonId: string) {
  const { escalatie, feiten } = await openEscalatieMetFeiten(tx, casus, 'bestuurder', persoonId);
  const oordeel = magBeslissenAlsBestuurder(feiten);
  if (!oordeel.mag) weigerEscalatieBesluit(casus, 'bestuurder', oordeel.reden);
  return escalatie!;
}

/** An escalation was answered: it is closed and its timeout no longer applies. */
export async function markeerBeslist(tx: Tx, escalatieId: string, uitkomst: string, reden: string, nu: Date) {
  await tx.escalatie.update({
    where: { id: escalatieId },
    data: { status: 'beslist', uitkomst, reden, beslist: nu },
  });
  await annuleerJobs(tx, `escalatie:${escalatieId}:`, nu);
}
