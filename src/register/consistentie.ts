// The consistency signal as a service: after a besluit is recorded, compare it with what the same table
// decided before on the same knelpunt; if it goes against that practice, ask the chair why this case
// differs. The chair's answer is stored with the besluit, indexed and shared with the table.
import { DomeinFout } from '../domain/fouten.ts';
import { leesOfWeiger, melding, z } from '../domain/validatie.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import { type AuditActie, schrijfAudit } from '../services/audit.ts';
import type { Diensten, Tx } from '../services/context.ts';
import { inVerzoek, type VerzoekOpties } from '../services/eenmalig.ts';
import { bekendPersoon, type Identiteit } from '../services/identiteit.ts';
import { bekendeNamen, voorzitterVan } from '../services/lezen.ts';
import { plaatsBericht } from '../services/outboxplaatsing.ts';
import { poortVelden } from '../services/privacypoort.ts';
import { zin } from '../taal/tekst.ts';
import { alsBericht, alsWeergave } from './berichten.ts';
import {
  beoordeelConsistentie,
  CONSISTENTIE,
  type ConsistentieOordeel,
  familie,
} from './consistentieregel.ts';
import { indexeerBesluit } from './indexeren.ts';
import { laadPrecedenten } from './zoeken.ts';

export { beoordeelConsistentie, wijktAf } from './consistentieregel.ts';

// Until AuditActie lists them (see the issue note), these are the register's audit actions.
const AFWIJKING_GEVRAAGD = 'afwijking_gevraagd' as AuditActie;
const AFWIJKING_TOEGELICHT = 'afwijking_toegelicht' as AuditActie;

export interface ConsistentieUitslag {
  /** The chair must be asked why this case differs. */
  vragen: boolean;
  /** null when the casus has no catalogue knelpunt: free descriptions cannot be compared. */
  oordeel: ConsistentieOordeel | null;
  /** The chair who was (or would be) asked; null when the table has none. */
  voorzitterId: string | null;
}

/** Call in the transaction that recorded the besluit; asking twice about one besluit asks once. */
export async function controleerConsistentie(
  tx: Tx,
  besluitId: string,
  nu: Date,
): Promise<ConsistentieUitslag> {
  const besluit = await tx.besluit.findUniqueOrThrow({
    where: { id: besluitId },
    include: { casus: { include: { tafel: true, knelpunt: true } } },
  });
  const { casus } = besluit;
  if (!casus.knelpuntId || !casus.knelpunt) return { vragen: false, oordeel: null, voorzitterId: null };
  const eerdere = await tx.besluit.findMany({
    where: {
      id: { not: besluit.id },
      genomen: { lte: besluit.genomen },
      casus: { tafelId: casus.tafelId, knelpuntId: casus.knelpuntId },
    },
    orderBy: [{ genomen: 'desc' }, { id: 'desc' }],
    take: CONSISTENTIE.venster,
    select: { id: true, uitkomst: true },
  });
  const uitkomst = besluit.uitkomst as BesluitUitkomst;
  const oordeel = beoordeelConsistentie(
    uitkomst,
    eerdere.map((e) => e.uitkomst as BesluitUitkomst),
  );
  if (!oordeel.wijktAf) return { vragen: false, oordeel, voorzitterId: null };
  const voorzitter = await voorzitterVan(tx, casus.tafelId);
  if (!voorzitter || besluit.afwijkingGevraagd) {
    return { vragen: true, oordeel, voorzitterId: voorzitter?.persoonId ?? null };
  }
  await tx.besluit.update({ where: { id: besluit.id }, data: { afwijkingGevraagd: nu } });
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: AFWIJKING_GEVRAAGD,
    actorId: null,
    casusRef: casus.referentie,
    data: {
      besluitId: besluit.id,
      knelpunt: casus.knelpunt.code,
      uitkomst,
      meerderheid: oordeel.meerderheid,
      eerder: oordeel.eerder,
      inMeerderheid: oordeel.inMeerderheid,
    },
    moment: nu,
  });
  // The chair sees the practice they are asked to depart from: the latest besluiten of the majority.
  const voorbeeldIds = eerdere
    .filter((e) => familie(e.uitkomst as BesluitUitkomst) === oordeel.meerderheid)
    .slice(0, 3)
    .map((e) => ({ id: e.id, score: 0 }));
  const voorbeelden = await laadPrecedenten(tx, voorbeeldIds, '');
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `afwijking:${besluit.id}:vraag`,
    ontvangers: [{ soort: 'persoon', persoonId: voorzitter.persoonId }],
    bericht: alsBericht({
      soort: 'afwijking_gevraagd',
      besluitId: besluit.id,
      referentie: casus.referentie,
      titel: casus.titel,
      tafelNaam: casus.tafel.naam,
      knelpunt: casus.knelpunt.naam,
      uitkomst,
      meerderheid: oordeel.meerderheid!,
      eerder: oordeel.eerder,
      inMeerderheid: oordeel.inMeerderheid,
      voorbeelden: voorbeelden.map(alsWeergave),
    }),
    moment: nu,
  });
  return { vragen: true, oordeel, voorzitterId: voorzitter.persoonId };
}

const toelichtingSchema = z
  .string({ error: melding(zin('fouten.veld.afwijking_waarom')) })
  .trim()
  .min(10, { error: melding(zin('fouten.veld.afwijking_kort')) })
  .max(2000, { error: melding(zin('fouten.veld.toelichting_te_lang', { max: '2000' })) });

/** The chair says why this case differs; it becomes part of the besluit's shared reasoning. */
export async function lichtAfwijkingToe(
  d: Diensten,
  identiteit: Identiteit,
  besluitId: string,
  toelichting: string,
  opties: VerzoekOpties = {},
): Promise<{ besluitId: string; referentie: string }> {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const besluit = await tx.besluit.findUnique({
      where: { id: besluitId },
      include: { casus: { include: { tafel: true } } },
    });
    if (!besluit || besluit.casus.tenantId !== persoon.tenantId)
      throw new DomeinFout('onbekend', zin('fouten.onbekend.besluit'));
    const { casus } = besluit;
    const voorzitter = await voorzitterVan(tx, casus.tafelId);
    if (voorzitter?.persoonId !== persoon.id) {
      throw new DomeinFout(
        'geen_voorzitter',
        zin('fouten.bevoegd.afwijking_toelichten', { tafel: casus.tafel.naam }),
      );
    }
    const gelezen = leesOfWeiger(
      toelichtingSchema,
      toelichting,
      zin('fouten.invoer.controleer_toelichting'),
      'toelichting',
    );
    poortVelden(d.privacy, { toelichting: gelezen }, await bekendeNamen(tx, casus.tenantId));
    await tx.besluit.update({
      where: { id: besluit.id },
      data: { afwijkingToelichting: gelezen, afwijkingToegelicht: nu, afwijkingDoorId: persoon.id },
    });
    await indexeerBesluit(tx, besluit.id);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: AFWIJKING_TOEGELICHT,
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { besluitId: besluit.id, gevraagd: besluit.afwijkingGevraagd !== null },
      moment: nu,
    });
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      // A revised answer is shared again; the moment keeps the keys apart.
      sleutel: `afwijking:${besluit.id}:toelichting:${nu.getTime()}`,
      ontvangers: [
        { soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' },
        { soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'leer' },
      ],
      bericht: alsBericht({
        soort: 'afwijking_toegelicht',
        besluitId: besluit.id,
        referentie: casus.referentie,
        titel: casus.titel,
        tafelNaam: casus.tafel.naam,
        uitkomst: besluit.uitkomst as BesluitUitkomst,
        toelichting: gelezen,
        voorzitterNaam: persoon.naam,
      }),
      moment: nu,
    });
    return { besluitId: besluit.id, referentie: casus.referentie };
  });
}
