// raiseCasus: a professional puts an anonymised casus on a table.
// Above 300 lines on purpose: one use case, raising a casus, with its two paths (a crisis referral, kept off
// the table, and the intake) and the first round the intake opens; that opening is exported for a casus
// its table made wait (wachtenderonde.ts: completed by the submitter, or no longer required by the tables
// file), so a round opens one way only.

import { leesBeleid, leesKalender } from '../domain/beleid.ts';
import { beginStatus } from '../domain/casusstatus.ts';
import { leesCrisisdienst } from '../domain/crisis.ts';
import { DomeinFout, isDomeinFout, type VeldFout, veldFout } from '../domain/fouten.ts';
import {
  crisisSchema,
  INTAKE_VRIJE_TEKST,
  type Intake,
  type IntakeInvoer,
  intakeSchema,
  ontbrekend,
} from '../domain/intake.ts';
import { formatteerReferentie } from '../domain/referentie.ts';
import type { PrecedentWeergave } from '../domain/register.ts';
import { AANVULLING_HERINNERING_NA_WERKDAGEN, rondeKanOpenen } from '../domain/rondevoorwaarde.ts';
import { leesOfWeiger, type z } from '../domain/validatie.ts';
import { alsWeergave } from '../register/berichten.ts';
import { vergelijkbareBesluiten } from '../register/zoeken.ts';
import { zin } from '../taal/tekst.ts';
import { amsterdamJaar, telWerkdagenOp } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { planBewaartermijn } from './bewaartermijn.ts';
import { wisConcept } from './concept.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { type Identiteit, persoonVoorIndiener } from './identiteit.ts';
import { planJob } from './jobplanning.ts';
import { bekendeNamen } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { type PoortKennis, poortVelden } from './privacypoort.ts';
import { openRonde } from './ronde.ts';

export interface IngediendeCasus {
  casusId: string;
  referentie: string;
  status: 'in_besluitronde' | 'wacht_op_aanvulling' | 'crisis_doorverwezen';
  /** Null for a crisis, and while the round waits for what the table requires (spelregels §4). */
  deadline: Date | null;
}

interface NieuweCasus {
  id: string;
  tenantId: string;
  tafelId: string;
  knelpuntId: string | null;
  titel: string;
  knelpuntVrij: string | null;
  situatie: string;
  gevraagdeOplossing: string;
}

/** Like cases alike: earlier besluiten on the same knelpunt first, then by shared words. */
async function vergelijkbaarMet(tx: Tx, casus: NieuweCasus): Promise<PrecedentWeergave[]> {
  return (
    await vergelijkbareBesluiten(tx, {
      tenantId: casus.tenantId,
      tafelIds: [casus.tafelId],
      knelpuntId: casus.knelpuntId,
      tekst: [casus.titel, casus.knelpuntVrij, casus.situatie, casus.gevraagdeOplossing]
        .filter(Boolean)
        .join(' '),
      behalveCasusId: casus.id,
    })
  ).map(alsWeergave);
}

/**
 * The first round of a casus opens, with the earlier besluiten alike on its card: when it is raised, or
 * later, once nothing its table requires before its round is missing (wachtenderonde.ts).
 */
export async function openEersteRonde(
  tx: Tx,
  casus: NieuweCasus,
  nu: Date,
  vergelijkbaar?: PrecedentWeergave[],
) {
  return openRonde(tx, casus.id, nu, vergelijkbaar ?? (await vergelijkbaarMet(tx, casus)));
}

async function volgendeReferentie(tx: Tx, tenantId: string, moment: Date): Promise<string> {
  const jaar = amsterdamJaar(moment);
  // One atomic upsert: concurrent submissions each get their own number (the row lock orders them).
  const [rij] = await tx.$queryRaw<{ laatste: number }[]>`
    INSERT INTO "ReferentieTeller" ("tenantId", jaar, laatste) VALUES (${tenantId}, ${jaar}, 1)
    ON CONFLICT ("tenantId", jaar) DO UPDATE SET laatste = "ReferentieTeller".laatste + 1
    RETURNING laatste`;
  return formatteerReferentie(jaar, rij!.laatste);
}

async function vindTafel(tx: Tx, tenantId: string, tafel: string) {
  const gevonden = await tx.tafel.findFirst({
    where: { tenantId, actief: true, OR: [{ id: tafel }, { slug: tafel }] },
  });
  if (!gevonden) {
    throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.tafel_bestaat_niet_meer'), [
      veldFout('tafel', zin('fouten.veld.kies_bestaande_tafel')),
    ]);
  }
  return gevonden;
}

/**
 * The intake, or every error of it at once: the form's checks and the privacy gate on each free-text
 * field that passed them, in one refusal (spelregels §4).
 */
function leesIntake(d: Diensten, invoer: IntakeInvoer, kennis: PoortKennis): Intake {
  let intake: Intake | null = null;
  let fouten: VeldFout[] = [];
  try {
    intake = leesOfWeiger(intakeSchema, invoer, zin('fouten.invoer.controleer')) as Intake;
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    fouten = fout.velden;
  }
  const fout = new Set(fouten.map((f) => f.veld));
  const bron = (intake ?? invoer) as Record<string, unknown>;
  try {
    poortVelden(
      d.privacy,
      Object.fromEntries(
        INTAKE_VRIJE_TEKST.filter((veld) => !fout.has(veld)).map((veld) => [
          veld,
          typeof bron[veld] === 'string' ? (bron[veld] as string) : undefined,
        ]),
      ),
      kennis,
    );
  } catch (privacy) {
    if (!isDomeinFout(privacy) || intake) throw privacy;
    fouten.push(...privacy.velden);
  }
  if (!intake) throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.controleer'), fouten);
  return intake;
}

/** A crisis needs only a table and a title: the bot refers it and records that it did. */
export type CasusInvoer = IntakeInvoer | z.input<typeof crisisSchema>;

export async function raiseCasus(
  d: Diensten,
  identiteit: Identiteit,
  invoer: CasusInvoer,
  opties: VerzoekOpties = {},
): Promise<IngediendeCasus> {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const indiener = await persoonVoorIndiener(tx, identiteit);

    if ((invoer as { urgentie?: unknown }).urgentie === 'crisis') {
      const crisis = { data: leesOfWeiger(crisisSchema, invoer) };
      poortVelden(d.privacy, { titel: crisis.data.titel }, await bekendeNamen(tx, indiener.tenantId));
      const tafel = await vindTafel(tx, indiener.tenantId, crisis.data.tafel);
      const referentie = await volgendeReferentie(tx, indiener.tenantId, nu);
      // Recorded, so it is known the bot referred it; nothing of the situation is kept or shown.
      const casus = await tx.casus.create({
        data: {
          tenantId: indiener.tenantId,
          tafelId: tafel.id,
          referentie,
          indienerId: indiener.id,
          titel: crisis.data.titel,
          situatie: '',
          gevraagdeOplossing: '',
          kostenMaatwerkCent: 0,
          kostenNietsDoenCent: 0,
          kostenNietsDoenToelichting: '',
          urgentie: 'crisis',
          betrokkenheid: 'onbekend',
          toestemming: 'nog_niet',
          status: beginStatus(true),
          ingediend: nu,
          afgerond: nu,
        },
      });
      await planBewaartermijn(tx, casus, nu, nu);
      await wisConcept(tx, indiener.id, identiteit.platform);
      await schrijfAudit(tx, {
        tenantId: indiener.tenantId,
        actie: 'casus_crisis_doorverwezen',
        actorId: indiener.id,
        casusRef: referentie,
        moment: nu,
      });
      await plaatsBericht(tx, {
        tenantId: indiener.tenantId,
        casusId: casus.id,
        sleutel: `crisis:${casus.id}`,
        ontvangers: [{ soort: 'persoon', persoonId: indiener.id }],
        bericht: {
          soort: 'crisis_doorverwezen',
          referentie,
          tafelNaam: tafel.naam,
          crisisdienst: leesCrisisdienst(
            (
              await tx.tenant.findUniqueOrThrow({
                where: { id: indiener.tenantId },
                select: { crisisdienst: true },
              })
            ).crisisdienst,
          ),
        },
        moment: nu,
      });
      return { casusId: casus.id, referentie, status: 'crisis_doorverwezen', deadline: null };
    }

    const intake = leesIntake(d, invoer as IntakeInvoer, await bekendeNamen(tx, indiener.tenantId));
    const tafel = await vindTafel(tx, indiener.tenantId, intake.tafel);
    let knelpuntId: string | null = null;
    if (intake.knelpunt) {
      const knelpunt = await tx.knelpunt.findUnique({
        where: { tenantId_code: { tenantId: indiener.tenantId, code: intake.knelpunt as string } },
      });
      if (!knelpunt) {
        throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.controleer'), [
          veldFout('knelpunt', zin('fouten.veld.knelpunt_niet_in_lijst')),
        ]);
      }
      knelpuntId = knelpunt.id;
    }
    const ontbreekt = ontbrekend(intake as Parameters<typeof ontbrekend>[0]);
    const beleid = leesBeleid(tafel.beleid);
    // A table may require what the quick intake left open before its round opens (spelregels §4).
    const opening = rondeKanOpenen(beleid.vereistVoorRonde, ontbreekt);
    const referentie = await volgendeReferentie(tx, indiener.tenantId, nu);
    const casus = await tx.casus.create({
      data: {
        tenantId: indiener.tenantId,
        tafelId: tafel.id,
        referentie,
        indienerId: indiener.id,
        titel: intake.titel,
        situatie: intake.situatie,
        knelpuntId,
        knelpuntVrij: (intake.knelpuntVrij as string | undefined) ?? null,
        leefgebieden: intake.leefgebieden ?? [],
        gevraagdeOplossing: (intake.gevraagdeOplossing as string | undefined) ?? '',
        // What was not given yet is named in `ontbreekt`; the stored zero and empty text are no answer.
        kostenMaatwerkCent: (intake.kostenMaatwerk as number | undefined) ?? 0,
        kostenNietsDoenCent: (intake.kostenNietsDoen as number | undefined) ?? 0,
        kostenNietsDoenToelichting: (intake.kostenNietsDoenToelichting as string | undefined) ?? '',
        urgentie: intake.urgentie,
        betrokkenheid: (intake.betrokkenheid as string | undefined) ?? 'onbekend',
        betrokkenheidToelichting: (intake.betrokkenheidToelichting as string | undefined) ?? null,
        toestemming: (intake.toestemming as string | undefined) ?? 'nog_niet',
        kostenOntbreken: ontbreekt.includes('kosten'),
        betrokkenheidOntbreekt: ontbreekt.includes('betrokkenheid'),
        toestemmingAfweging: (intake.toestemmingAfweging as string | undefined) ?? null,
        eigenReferentie: (intake.eigenReferentie as string | undefined) ?? null,
        status: beginStatus(false, !opening.open),
        ingediend: nu,
      },
    });
    // Raised: the draft of this form is done.
    await wisConcept(tx, indiener.id, identiteit.platform);
    await schrijfAudit(tx, {
      tenantId: indiener.tenantId,
      actie: 'casus_ingediend',
      actorId: indiener.id,
      casusRef: referentie,
      data: {
        tafel: tafel.slug,
        urgentie: intake.urgentie,
        knelpunt: intake.knelpunt ?? null,
        kostenMaatwerkCent: intake.kostenMaatwerk ?? null,
        toestemming: intake.toestemming ?? null,
        ontbreekt,
      },
      moment: nu,
    });
    const vergelijkbaar = await vergelijkbaarMet(tx, casus);
    const ronde = opening.open ? await openEersteRonde(tx, casus, nu, vergelijkbaar) : null;
    if (!opening.open) {
      await schrijfAudit(tx, {
        tenantId: indiener.tenantId,
        actie: 'ronde_wacht_op_aanvulling',
        actorId: null,
        casusRef: referentie,
        data: { wacht: opening.wacht },
        moment: nu,
      });
      // The card stands in the table's channel already and says what the round waits for.
      await plaatsBericht(tx, {
        tenantId: indiener.tenantId,
        casusId: casus.id,
        sleutel: `geplaatst:${casus.id}:wacht`,
        ontvangers: [{ soort: 'kanaal', tafelId: tafel.id, kanaalSoort: 'tafel' }],
        bericht: {
          soort: 'casus_geplaatst',
          kaart: { casusId: casus.id, versie: casus.versie, vergelijkbaar },
        },
        moment: nu,
      });
    }
    const toestemmingOpen = (intake.toestemming ?? 'nog_niet') === 'nog_niet';
    if (toestemmingOpen || !opening.open) {
      const kalender = leesKalender(
        (await tx.tenant.findUniqueOrThrow({ where: { id: tafel.tenantId } })).kalender,
      );
      if (toestemmingOpen)
        await planJob(
          tx,
          {
            soort: 'toestemming_herinnering',
            sleutel: `toestemming:${casus.id}`,
            due: telWerkdagenOp(nu, beleid.toestemmingHerinneringNaWerkdagen, kalender),
            payload: { casusId: casus.id },
          },
          nu,
        );
      if (!opening.open)
        // Nothing moves a waiting casus but its submitter: reminded once (aanvulling.ts), then the agenda.
        await planJob(
          tx,
          {
            soort: 'aanvulling_herinnering',
            sleutel: `aanvulling:${casus.id}:herinnering`,
            due: telWerkdagenOp(nu, AANVULLING_HERINNERING_NA_WERKDAGEN, kalender),
            payload: { casusId: casus.id },
          },
          nu,
        );
    }
    await plaatsBericht(tx, {
      tenantId: indiener.tenantId,
      casusId: casus.id,
      sleutel: `ontvangen:${casus.id}`,
      ontvangers: [{ soort: 'persoon', persoonId: indiener.id }],
      bericht: {
        soort: 'casus_ontvangen',
        referentie,
        tafelNaam: tafel.naam,
        ...(ronde
          ? { deadline: ronde.deadline.toISOString() }
          : { wachtOp: opening.open ? [] : opening.wacht }),
        casusId: casus.id,
        vergelijkbaar,
      },
      moment: nu,
    });
    if (ontbreekt.length > 0)
      // What the quick intake left open follows in the conversation (spelregels §4).
      await plaatsBericht(tx, {
        tenantId: indiener.tenantId,
        casusId: casus.id,
        sleutel: `aanvulling:${casus.id}`,
        ontvangers: [{ soort: 'persoon', persoonId: indiener.id }],
        bericht: {
          soort: 'aanvulling_gevraagd',
          referentie,
          titel: intake.titel,
          casusId: casus.id,
          ontbreekt,
        },
        moment: nu,
      });
    return {
      casusId: casus.id,
      referentie,
      status: ronde ? 'in_besluitronde' : 'wacht_op_aanvulling',
      deadline: ronde?.deadline ?? null,
    };
  });
}
