// The chair's controls: extend a deadline, withdraw a casus, reopen a round, put a casus on the
// meeting's agenda and record the meeting's besluit. Each needs a reason and is audited.
// Above 300 lines on purpose: one concern, the chair acting on a casus. The five verbs share who counts as
// the chair and what a refusal says (metFeiten), the reason's parsing through the privacy gate (leesReden)
// and what stopping a round undoes (sluitOpenRonde, vervalEscalaties); apart, those would be a module of
// their own that only these verbs use.
import { besluittekst } from '../domain/besluittekst.ts';
import {
  magAgenderen,
  magHeropenen,
  magIntrekken,
  magTermijnVerlengen,
  magVergaderbesluitVastleggen,
} from '../domain/bevoegdheid.ts';
import { DomeinFout, veldFout } from '../domain/fouten.ts';
import { eisToegekendBedrag, toegekendBedragCent, toegekendBedragVeld } from '../domain/toegekendbedrag.ts';
import { leesOfWeiger, melding, optioneleTekst, z } from '../domain/validatie.ts';
import { eisVerwijzing } from '../domain/verwijzing.ts';
import { VOORZITTER_UITKOMSTEN } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import { herinneringsmomenten } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import { planBewaartermijn } from './bewaartermijn.ts';
import type { Diensten, Tx } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { annuleerJobs, planJob } from './jobplanning.ts';
import { werkKaartBij } from './kaart.ts';
import {
  antwoordRegels,
  bekendeNamen,
  type GeladenCasus,
  laadCasusVoorUpdate,
  laatsteRonde,
  uitkomstVanBeslissing,
  voorzitterVan,
} from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';
import { eisOvergang } from './overgang.ts';
import { type PoortKennis, poortVelden } from './privacypoort.ts';
import { openRonde } from './ronde.ts';

const reden = z
  .string({ error: melding(zin('fouten.veld.reden')) })
  .trim()
  .min(3, { error: melding(zin('fouten.veld.reden')) })
  .max(2000);

/** The person, the casus (locked) and the facts the rules in bevoegdheid.ts judge the chair's controls by. */
async function metFeiten(tx: Tx, identiteit: Identiteit, casusIdOfReferentie: string) {
  const persoon = await bekendPersoon(tx, identiteit);
  const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
  const voorzitter = await voorzitterVan(tx, casus.tafelId);
  const feiten = {
    voorzitter: voorzitter?.persoonId === persoon.id,
    indiener: casus.indienerId === persoon.id,
    casusStatus: casus.status,
    opAgenda: casus.opAgenda,
  };
  return { persoon, casus, feiten };
}

const geenVoorzitter = (casus: GeladenCasus) =>
  new DomeinFout('geen_voorzitter', zin('fouten.bevoegd.voorzitter', { tafel: casus.tafel.naam }));

/** The round waits for the submitter (spelregels §4): only withdrawing applies to the casus yet. */
const wachtOpAanvulling = (casus: GeladenCasus) =>
  new DomeinFout(
    'ongeldige_overgang',
    zin('fouten.stand.wacht_op_aanvulling', { referentie: casus.referentie }),
  );

function leesReden(d: Diensten, tekst: string, namen: PoortKennis) {
  const gelezen = leesOfWeiger(reden, tekst, zin('fouten.invoer.geef_reden'), 'reden');
  poortVelden(d.privacy, { reden: gelezen }, namen);
  return gelezen;
}

async function sluitOpenRonde(tx: Tx, casus: GeladenCasus, nu: Date, soort: string) {
  const ronde = await laatsteRonde(tx, casus.id);
  if (ronde?.status === 'open') {
    await tx.besluitronde.update({
      where: { id: ronde.id },
      data: { status: 'gesloten', gesloten: nu, uitkomst: { soort } },
    });
    await annuleerJobs(tx, `ronde:${ronde.id}:`, nu);
  }
}

async function vervalEscalaties(tx: Tx, casusId: string, nu: Date) {
  const open = await tx.escalatie.findMany({ where: { casusId, status: { in: ['open', 'info_gevraagd'] } } });
  for (const e of open) {
    await tx.escalatie.update({ where: { id: e.id }, data: { status: 'vervallen' } });
    await annuleerJobs(tx, `escalatie:${e.id}:`, nu);
  }
}

/** Extend the open round's deadline; reminders are planned anew from the new deadline. */
export async function verlengTermijn(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: { nieuweDeadline: Date | string; reden: string },
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const { persoon, casus, feiten } = await metFeiten(tx, identiteit, casusIdOfReferentie);
    const ronde = await laatsteRonde(tx, casus.id);
    const oordeel = magTermijnVerlengen({
      ...feiten,
      ronde: ronde ? { open: ronde.status === 'open', deadlineVerstreken: nu >= ronde.deadline } : null,
    });
    // The chair first, the reason next, the round last: the order in which the refusals have always come.
    if (!oordeel.mag && oordeel.reden === 'geen_voorzitter') throw geenVoorzitter(casus);
    if (!oordeel.mag && oordeel.reden === 'wacht_op_aanvulling') throw wachtOpAanvulling(casus);
    const tekst = leesReden(d, invoer.reden, await bekendeNamen(tx, casus.tenantId));
    if (!oordeel.mag || !ronde)
      throw new DomeinFout(
        'ronde_gesloten',
        zin('fouten.stand.ronde_gesloten', { referentie: casus.referentie }),
      );
    const nieuwe = new Date(invoer.nieuweDeadline);
    if (Number.isNaN(nieuwe.getTime()) || nieuwe <= ronde.deadline || nieuwe <= nu) {
      throw new DomeinFout('ongeldige_invoer', zin('fouten.invoer.deadline_later'), [
        veldFout('nieuweDeadline', zin('fouten.veld.deadline_na_huidige')),
      ]);
    }
    await tx.besluitronde.update({ where: { id: ronde.id }, data: { deadline: nieuwe } });
    await annuleerJobs(tx, `ronde:${ronde.id}:herinnering:`, nu);
    await planJob(
      tx,
      {
        soort: 'ronde_sluiten',
        sleutel: `ronde:${ronde.id}:sluiten`,
        due: nieuwe,
        payload: { rondeId: ronde.id },
      },
      nu,
    );
    const momenten = herinneringsmomenten(nu, nieuwe, casus.beleid.herinneringen, casus.kalender);
    for (const [i, moment] of momenten.entries()) {
      // A new key per extension: reminders already sent for the old deadline stay sent.
      await planJob(
        tx,
        {
          soort: 'herinnering',
          sleutel: `ronde:${ronde.id}:herinnering:${nieuwe.toISOString()}:${i}`,
          due: moment,
          payload: { rondeId: ronde.id, nummer: i + 100 * momenten.length + nieuwe.getTime() / 60000 },
        },
        nu,
      );
    }
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'termijn_verlengd',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { van: ronde.deadline.toISOString(), naar: nieuwe.toISOString() },
      moment: nu,
    });
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `verlengd:${ronde.id}:${nieuwe.toISOString()}`,
      ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
      bericht: {
        soort: 'termijn_verlengd',
        referentie: casus.referentie,
        titel: casus.titel,
        deadline: nieuwe.toISOString(),
        reden: tekst,
      },
      moment: nu,
    });
    await werkKaartBij(tx, casus, nu);
    return { referentie: casus.referentie, deadline: nieuwe.toISOString() };
  });
}

/** Withdraw a casus (the chair, or the submitter for their own casus). */
export async function trekIn(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: { reden: string },
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const { persoon, casus, feiten } = await metFeiten(tx, identiteit, casusIdOfReferentie);
    const oordeel = magIntrekken(feiten);
    // Who may is the rule's; a final casus is refused by the state machine, as a typed OngeldigeOvergang.
    if (!oordeel.mag && oordeel.reden !== 'afgerond') {
      throw new DomeinFout('niet_bevoegd', zin('fouten.bevoegd.intrekken'));
    }
    const status = eisOvergang(casus, 'ingetrokken', () =>
      zin('fouten.stand.afgerond', { referentie: casus.referentie }),
    );
    const tekst = leesReden(d, invoer.reden, await bekendeNamen(tx, casus.tenantId));
    await sluitOpenRonde(tx, casus, nu, 'ingetrokken');
    await vervalEscalaties(tx, casus.id, nu);
    await tx.casus.update({
      where: { id: casus.id },
      data: { status, afgerond: nu, opAgenda: false },
    });
    await planBewaartermijn(tx, casus, nu, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'casus_ingetrokken',
      actorId: persoon.id,
      casusRef: casus.referentie,
      moment: nu,
    });
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `ingetrokken:${casus.id}`,
      ontvangers: [
        { soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' },
        ...(casus.indienerId !== persoon.id
          ? [{ soort: 'persoon' as const, persoonId: casus.indienerId }]
          : []),
      ],
      bericht: { soort: 'casus_ingetrokken', referentie: casus.referentie, titel: casus.titel, reden: tekst },
      moment: nu,
    });
    await werkKaartBij(tx, casus, nu);
    return { referentie: casus.referentie };
  });
}

/** Reopen a decision round after it closed without a besluit (e.g. no quorum). */
export async function heropenRonde(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: { reden: string },
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const { persoon, casus, feiten } = await metFeiten(tx, identiteit, casusIdOfReferentie);
    const oordeel = magHeropenen(feiten);
    // Who may is the rule's; the casus's state is refused by the state machine, as a typed OngeldigeOvergang.
    if (!oordeel.mag && oordeel.reden === 'geen_voorzitter') throw geenVoorzitter(casus);
    if (!oordeel.mag && oordeel.reden === 'wacht_op_aanvulling') throw wachtOpAanvulling(casus);
    const status = eisOvergang(casus, 'ronde_heropend', () =>
      zin('fouten.stand.geen_gesloten_ronde', { referentie: casus.referentie }),
    );
    leesReden(d, invoer.reden, await bekendeNamen(tx, casus.tenantId));
    await vervalEscalaties(tx, casus.id, nu);
    await tx.casus.update({ where: { id: casus.id }, data: { status } });
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'ronde_heropend',
      actorId: persoon.id,
      casusRef: casus.referentie,
      moment: nu,
    });
    const ronde = await openRonde(tx, casus.id, nu);
    return { referentie: casus.referentie, deadline: ronde.deadline.toISOString() };
  });
}

export async function zetOpAgenda(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const { persoon, casus, feiten } = await metFeiten(tx, identiteit, casusIdOfReferentie);
    const oordeel = magAgenderen(feiten);
    if (!oordeel.mag) {
      if (oordeel.reden === 'geen_voorzitter') throw geenVoorzitter(casus);
      if (oordeel.reden === 'wacht_op_aanvulling') throw wachtOpAanvulling(casus);
      throw new DomeinFout(
        'ongeldige_overgang',
        zin('fouten.stand.afgerond', { referentie: casus.referentie }),
      );
    }
    if (!casus.opAgenda) {
      await tx.casus.update({ where: { id: casus.id }, data: { opAgenda: true } });
      await schrijfAudit(tx, {
        tenantId: casus.tenantId,
        actie: 'op_agenda_gezet',
        actorId: persoon.id,
        casusRef: casus.referentie,
        moment: nu,
      });
      await werkKaartBij(tx, casus, nu);
    }
    return { referentie: casus.referentie };
  });
}

const vergaderbesluitSchema = z
  .object({
    uitkomst: z.enum(VOORZITTER_UITKOMSTEN, {
      error: melding(zin('fouten.veld.uitkomst')),
    }),
    reden: reden,
    hoe: optioneleTekst(2000),
    voorwaarden: optioneleTekst(1000),
    verwijzing: optioneleTekst(1000),
    toegekendBedrag: toegekendBedragVeld,
  })
  .superRefine(eisVerwijzing((v) => uitkomstVanBeslissing[v.uitkomst]!));

/** The weekly meeting decided a casus on its agenda; the chair records it with the reasoning. */
export async function legVergaderbesluitVast(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof vergaderbesluitSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const { persoon, casus, feiten } = await metFeiten(tx, identiteit, casusIdOfReferentie);
    const oordeel = magVergaderbesluitVastleggen(feiten);
    if (!oordeel.mag) {
      if (oordeel.reden === 'geen_voorzitter') throw geenVoorzitter(casus);
      if (oordeel.reden === 'wacht_op_aanvulling') throw wachtOpAanvulling(casus);
      if (oordeel.reden === 'niet_op_agenda')
        throw new DomeinFout(
          'ongeldige_overgang',
          zin('fouten.stand.niet_op_agenda', { referentie: casus.referentie }),
        );
      throw new DomeinFout('al_beslist', zin('fouten.stand.al_beslist', { referentie: casus.referentie }));
    }
    const b = leesOfWeiger(
      vergaderbesluitSchema.superRefine(
        eisToegekendBedrag((v) => v.uitkomst === 'deels_toekennen', casus.kostenMaatwerkCent),
      ),
      invoer,
      zin('fouten.invoer.controleer_besluit'),
    );
    const deelsCent = toegekendBedragCent(b.uitkomst === 'deels_toekennen', b.toegekendBedrag);
    poortVelden(
      d.privacy,
      { reden: b.reden, hoe: b.hoe, voorwaarden: b.voorwaarden, verwijzing: b.verwijzing },
      await bekendeNamen(tx, casus.tenantId),
    );
    await sluitOpenRonde(tx, casus, nu, 'vergadering');
    const ronde = await laatsteRonde(tx, casus.id);
    const tekst = besluittekst({
      genomenDoor: 'vergadering',
      reden: b.reden,
      voorwaarden: b.voorwaarden ?? null,
      antwoorden: ronde ? await antwoordRegels(tx, ronde.id) : [],
      toegekend:
        deelsCent === null ? null : { bedragCent: deelsCent, gevraagdCent: casus.kostenMaatwerkCent },
    });
    const toekennen = b.uitkomst === 'toekennen' || b.uitkomst === 'deels_toekennen';
    await legBesluitVastInTx(tx, casus, nu, {
      uitkomst: uitkomstVanBeslissing[b.uitkomst]!,
      genomenDoor: 'vergadering',
      besluiterId: persoon.id,
      waarom: tekst.waarom,
      hoe: b.hoe ?? (toekennen ? casus.gevraagdeOplossing : ''),
      voorwaarden: tekst.voorwaarden,
      verwijzing: b.verwijzing ?? null,
      toegekendBedragCent: deelsCent,
      toezeggingen: [],
    });
    return { referentie: casus.referentie };
  });
}
