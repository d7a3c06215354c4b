// Follow-up after a besluit: commitments reminded and followed through up a ladder until they are marked
// done, and the submitter asked whether it worked.
// Above 300 lines on purpose: one concern, what happens after a besluit, with the ladder's planning and its
// steps, marking a commitment done, the person's own list, and the evaluation question that ends it.
import { magToezeggingAfronden } from '../domain/bevoegdheid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import {
  ladderMomenten,
  OPVOLG_TREDEN,
  type ToezeggingTrede,
  toezeggingStap,
} from '../domain/toezeggingladder.ts';
import { leesOfWeiger, melding, z } from '../domain/validatie.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit, vindPersoon } from './identiteit.ts';
import { annuleerJobs, type Overgeslagen, overslaan, planJob } from './jobplanning.ts';
import { bekendeNamen, type GeladenCasus, leesCasus, voorzitterVan } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { poortVelden } from './privacypoort.ts';

/** The steps of one commitment's ladder, planned with the besluit in its transaction. */
export async function planToezeggingLadder(
  tx: Tx,
  casus: GeladenCasus,
  t: { id: string; deadline: Date },
  nu: Date,
): Promise<void> {
  const momenten = ladderMomenten(
    t.deadline,
    casus.beleid.toezeggingNaarVoorzitterNaWerkdagen,
    casus.kalender,
  );
  await planJob(
    tx,
    {
      soort: 'toezegging_herinnering',
      sleutel: `toezegging:${t.id}:herinnering`,
      due: momenten.herinnering < nu ? nu : momenten.herinnering,
      payload: { toezeggingId: t.id },
    },
    nu,
  );
  for (const trede of OPVOLG_TREDEN) {
    await planJob(
      tx,
      {
        soort: 'toezegging_herinnering',
        sleutel: `toezegging:${t.id}:${trede}`,
        due: momenten[trede] < nu ? nu : momenten[trede],
        payload: { toezeggingId: t.id, trede },
      },
      nu,
    );
  }
}

async function leesToezegging(tx: Tx, toezeggingId: string) {
  // Locked: marking it done and a step of its ladder never cross.
  const [rij] = await tx.sql.query<{ id: string }>(`SELECT id FROM "Toezegging" WHERE id = $1 FOR UPDATE`, [
    toezeggingId,
  ]);
  if (!rij) return null;
  const t = await tx.toezegging.findUnique({
    where: { id: toezeggingId },
    include: { organisatie: true, besluit: true },
  });
  if (!t) return null;
  return { ...t, casus: await leesCasus(tx, t.besluit.casusId) };
}

/** Who hears about a commitment: its owner and the active members of its organisation at the table. */
async function eigenaarEnOrganisatie(
  tx: Tx,
  t: { eigenaarId: string | null; organisatieId: string },
  tafelId: string,
): Promise<string[]> {
  const leden = await tx.lid.findMany({
    where: { tafelId, organisatieId: t.organisatieId, actief: true },
    orderBy: { id: 'asc' },
  });
  return [...new Set([...(t.eigenaarId ? [t.eigenaarId] : []), ...leden.map((l) => l.persoonId)])];
}

const stapOvergeslagen = (reden: string): Overgeslagen =>
  overslaan(
    reden === 'volgende_stap_is_aan_de_beurt'
      ? 'de volgende stap van de toezegging is al aan de beurt'
      : 'het moment van deze stap is nog niet gekomen',
  );

/**
 * Job: one step of a commitment's ladder: the working day before its date a reminder to the owner and
 * their organisation; after it, while not done, them again, and later the chair.
 */
export async function volgToezeggingOp(
  tx: Tx,
  toezeggingId: string,
  trede: ToezeggingTrede,
  nu: Date,
  laat = false,
): Promise<number | Overgeslagen> {
  const t = await leesToezegging(tx, toezeggingId);
  if (!t) return 0;
  const { casus } = t;
  const momenten = ladderMomenten(
    t.deadline,
    casus.beleid.toezeggingNaarVoorzitterNaWerkdagen,
    casus.kalender,
  );
  const stap = toezeggingStap({ trede, gedaan: t.gedaan !== null, nu, momenten });
  if (stap.soort === 'stoppen') return 0;
  if (stap.soort === 'overslaan') return stapOvergeslagen(stap.reden);
  const ontvangers =
    trede === 'voorzitter'
      ? [(await voorzitterVan(tx, casus.tafelId))?.persoonId].filter((x): x is string => !!x)
      : await eigenaarEnOrganisatie(tx, t, casus.tafelId);
  const gemeen = {
    referentie: casus.referentie,
    organisatie: t.organisatie.naam,
    taak: t.taak,
    deadline: t.deadline.toISOString(),
    toezeggingId: t.id,
    laat,
  };
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `toezegging:${t.id}:${trede}`,
    ontvangers: ontvangers.map((persoonId) => ({ soort: 'persoon' as const, persoonId })),
    bericht:
      trede === 'herinnering'
        ? { soort: 'toezegging_herinnering', ...gemeen }
        : { soort: 'toezegging_achterstallig', trede, titel: casus.titel, ...gemeen },
    moment: nu,
  });
  if (trede !== 'herinnering') {
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'toezegging_achterstallig',
      actorId: null,
      casusRef: casus.referentie,
      data: { toezeggingId: t.id, trede, ontvangers: ontvangers.length },
      moment: nu,
    });
  }
  return ontvangers.length;
}

const gedaanSchema = z.object({
  tekst: z
    .string({ error: melding(zin('fouten.veld.toezegging_gedaan')) })
    .trim()
    .min(3, { error: melding(zin('fouten.veld.toezegging_gedaan')) })
    .max(1000),
});

/**
 * The owner, or a member of that organisation at the table, marks a commitment done with a short text of
 * what was done: stored, its ladder stopped, and shared in the casus thread.
 */
export async function markeerToezeggingGedaan(
  d: Diensten,
  identiteit: Identiteit,
  toezeggingId: string,
  invoer: z.input<typeof gedaanSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const t = await leesToezegging(tx, toezeggingId);
    if (!t || t.casus.tenantId !== persoon.tenantId)
      throw new DomeinFout('onbekend', zin('fouten.onbekend.toezegging'));
    const { casus } = t;
    const lid = await tx.lid.findFirst({
      where: { tafelId: casus.tafelId, organisatieId: t.organisatieId, persoonId: persoon.id, actief: true },
    });
    const oordeel = magToezeggingAfronden({
      bekend: true,
      eigenaar: t.eigenaarId === persoon.id,
      lidVanOrganisatie: lid !== null,
      gedaan: t.gedaan !== null,
    });
    if (!oordeel.mag)
      throw oordeel.reden === 'al_gedaan'
        ? new DomeinFout(
            'ongeldige_overgang',
            zin('fouten.stand.toezegging_gedaan', { referentie: casus.referentie }),
          )
        : new DomeinFout(
            'niet_bevoegd',
            zin('fouten.bevoegd.toezegging', { organisatie: t.organisatie.naam }),
          );
    const { tekst } = leesOfWeiger(gedaanSchema, invoer, zin('fouten.invoer.controleer_antwoord'));
    poortVelden(d.privacy, { tekst }, await bekendeNamen(tx, casus.tenantId));
    await tx.toezegging.update({
      where: { id: t.id },
      data: { gedaan: nu, gedaanDoorId: persoon.id, gedaanTekst: tekst },
    });
    await annuleerJobs(tx, `toezegging:${t.id}:`, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'toezegging_gedaan',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { toezeggingId: t.id, eigenaar: t.eigenaarId === persoon.id },
      moment: nu,
    });
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `toezegging:${t.id}:gedaan`,
      ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
      bericht: {
        soort: 'toezegging_gedaan',
        referentie: casus.referentie,
        titel: casus.titel,
        organisatie: t.organisatie.naam,
        taak: t.taak,
        tekst,
        doorNaam: persoon.naam,
      },
      moment: nu,
    });
    return {
      toezeggingId: t.id,
      referentie: casus.referentie,
      organisatie: t.organisatie.naam,
      taak: t.taak,
    };
  });
}

export interface MijnToezegging {
  toezeggingId: string;
  referentie: string;
  titel: string;
  tafelNaam: string;
  organisatie: string;
  taak: string;
  deadline: Date;
  /** The date has passed. */
  achterstallig: boolean;
  /** This person made it (else: their organisation's). */
  eigen: boolean;
}

/** "Mijn toezeggingen": the open commitments I made, and those of my organisations at my tables. */
export async function mijnToezeggingen(
  d: Diensten,
  identiteit: Identiteit,
  aantal = 25,
): Promise<MijnToezegging[]> {
  const persoon = await vindPersoon(d.db, identiteit);
  if (!persoon) return [];
  const nu = d.klok.nu();
  const leden = await d.db.lid.findMany({ where: { persoonId: persoon.id, actief: true } });
  const rijen = await d.db.toezegging.findMany({
    where: {
      gedaan: null,
      OR: [
        { eigenaarId: persoon.id },
        ...leden.map((l) => ({ organisatieId: l.organisatieId, besluit: { casus: { tafelId: l.tafelId } } })),
      ],
    },
    orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
    take: aantal,
    include: { organisatie: true, besluit: { include: { casus: { include: { tafel: true } } } } },
  });
  return rijen.map((t) => ({
    toezeggingId: t.id,
    referentie: t.besluit.casus.referentie,
    titel: t.besluit.casus.titel,
    tafelNaam: t.besluit.casus.tafel.naam,
    organisatie: t.organisatie.naam,
    taak: t.taak,
    deadline: t.deadline,
    achterstallig: t.deadline < nu,
    eigen: t.eigenaarId === persoon.id,
  }));
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
