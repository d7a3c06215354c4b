// The chair's casting vote on an escalation: a decision, or on to a bestuurder when the exception needs one.
import { besluittekst } from '../domain/besluittekst.ts';
import { eisToegekendBedrag, toegekendBedragCent, toegekendBedragVeld } from '../domain/toegekendbedrag.ts';
import { leesOfWeiger, melding, optioneleTekst, z } from '../domain/validatie.ts';
import { eisVerwijzing } from '../domain/verwijzing.ts';
import { VOORZITTER_UITKOMSTEN } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import type { Diensten } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import { type EscalatieRedenen, escaleerInTx } from './escalatie.ts';
import { eisVoorzitterAanDeBeurt, markeerBeslist } from './escalatiebeurt.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import {
  antwoordRegels,
  bekendeNamen,
  laadCasusVoorUpdate,
  laatsteRonde,
  uitkomstVanBeslissing,
} from './lezen.ts';
import { poortVelden } from './privacypoort.ts';

export const voorzitterBesluitSchema = z
  .object({
    uitkomst: z.enum(VOORZITTER_UITKOMSTEN, {
      error: melding(zin('fouten.veld.uitkomst')),
    }),
    reden: z
      .string({ error: melding(zin('fouten.veld.reden')) })
      .trim()
      .min(3, { error: melding(zin('fouten.veld.reden_hoe_waarom')) })
      .max(3000),
    hoe: optioneleTekst(2000),
    voorwaarden: optioneleTekst(1000),
    verwijzing: optioneleTekst(1000),
    /** The amount granted when partly granting (required then, at most the requested amount). */
    toegekendBedrag: toegekendBedragVeld,
  })
  .superRefine(eisVerwijzing((v) => uitkomstVanBeslissing[v.uitkomst]!));

/** The chair's casting vote. */
export async function beslisAlsVoorzitter(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof voorzitterBesluitSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const escalatie = await eisVoorzitterAanDeBeurt(tx, casus, persoon.id);
    const b = leesOfWeiger(
      voorzitterBesluitSchema.superRefine(
        eisToegekendBedrag((v) => v.uitkomst === 'deels_toekennen', casus.kostenMaatwerkCent),
      ),
      invoer,
      zin('fouten.invoer.controleer_besluit'),
    );
    const deelsCent = toegekendBedragCent(b.uitkomst === 'deels_toekennen', b.toegekendBedrag);
    const toegekend =
      deelsCent === null ? null : { bedragCent: deelsCent, gevraagdCent: casus.kostenMaatwerkCent };
    poortVelden(
      d.privacy,
      { reden: b.reden, hoe: b.hoe, voorwaarden: b.voorwaarden, verwijzing: b.verwijzing },
      await bekendeNamen(tx, casus.tenantId),
    );
    await markeerBeslist(tx, escalatie.id, b.uitkomst, b.reden, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'voorzitter_beslist',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { uitkomst: b.uitkomst, ...(deelsCent === null ? {} : { toegekendBedragCent: deelsCent }) },
      moment: nu,
    });
    const redenen = escalatie.redenen as unknown as EscalatieRedenen;
    const toekennen = b.uitkomst === 'toekennen' || b.uitkomst === 'deels_toekennen';
    if (toekennen && redenen.bestuurderRedenen.length > 0) {
      await escaleerInTx(tx, casus, nu, {
        niveau: 'bestuurder',
        redenen: redenen.bestuurderRedenen,
        bestuurderRedenen: redenen.bestuurderRedenen,
        eerder: [
          ...(redenen.eerder ?? []),
          {
            door: `Voorzitter ${persoon.naam}`,
            uitkomst: b.uitkomst,
            reden: b.reden,
            ...(deelsCent === null ? {} : { toegekendBedragCent: deelsCent }),
          },
        ],
        opAgenda: false,
      });
      return { referentie: casus.referentie, gevolg: 'naar_bestuurder' as const };
    }
    const ronde = await laatsteRonde(tx, casus.id);
    const genomenDoor = casus.opAgenda ? 'vergadering' : 'voorzitter';
    const tekst = besluittekst({
      genomenDoor,
      reden: b.reden,
      voorwaarden: b.voorwaarden ?? null,
      antwoorden: ronde ? await antwoordRegels(tx, ronde.id) : [],
      toegekend,
    });
    const vastgelegd = await legBesluitVastInTx(tx, casus, nu, {
      uitkomst: uitkomstVanBeslissing[b.uitkomst]!,
      genomenDoor,
      besluiterId: persoon.id,
      waarom: tekst.waarom,
      hoe: b.hoe ?? (toekennen ? casus.gevraagdeOplossing : ''),
      voorwaarden: tekst.voorwaarden,
      verwijzing: b.verwijzing ?? null,
      toegekendBedragCent: deelsCent,
      toezeggingen: [],
    });
    return {
      referentie: casus.referentie,
      gevolg: vastgelegd ? ('besloten' as const) : ('wacht_op_toestemming' as const),
    };
  });
}
