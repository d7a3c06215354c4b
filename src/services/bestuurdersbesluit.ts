// A bestuurder's decision on an exception beyond the table's mandate.
import { besluittekst } from '../domain/besluittekst.ts';
import { leesOfWeiger, melding, optioneleTekst, z } from '../domain/validatie.ts';
import { eisVerwijzing } from '../domain/verwijzing.ts';
import { BESTUURDER_BESLUITEN } from '../domain/woorden.ts';
import { zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { legBesluitVastInTx } from './besluit.ts';
import type { Diensten } from './context.ts';
import { inVerzoek, type VerzoekOpties } from './eenmalig.ts';
import type { EscalatieRedenen } from './escalatie.ts';
import { eisBestuurderAanDeBeurt, markeerBeslist } from './escalatiebeurt.ts';
import { bekendPersoon, type Identiteit } from './identiteit.ts';
import { antwoordRegels, bekendeNamen, laadCasusVoorUpdate, laatsteRonde } from './lezen.ts';
import { poortVelden } from './privacypoort.ts';

export const bestuurderBesluitSchema = z
  .object({
    besluit: z.enum(BESTUURDER_BESLUITEN, { error: melding(zin('fouten.veld.bestuurdersbesluit')) }),
    reden: z
      .string({ error: melding(zin('fouten.veld.reden')) })
      .trim()
      .min(3, { error: melding(zin('fouten.veld.reden_besluit')) })
      .max(3000),
    verwijzing: optioneleTekst(1000),
  })
  .superRefine(eisVerwijzing((v) => (v.besluit === 'afwijzen' ? 'afgewezen' : 'toegekend')));

/** A bestuurder approves or rejects an exception beyond the table's mandate. */
export async function decideAsBestuurder(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: z.input<typeof bestuurderBesluitSchema>,
  opties: VerzoekOpties = {},
) {
  return inVerzoek(d, opties, async (tx) => {
    const nu = d.klok.nu();
    const persoon = await bekendPersoon(tx, identiteit);
    const casus = await laadCasusVoorUpdate(tx, casusIdOfReferentie);
    const escalatie = await eisBestuurderAanDeBeurt(tx, casus, persoon.id);
    const b = leesOfWeiger(bestuurderBesluitSchema, invoer, zin('fouten.invoer.controleer_besluit'));
    poortVelden(
      d.privacy,
      { reden: b.reden, verwijzing: b.verwijzing },
      await bekendeNamen(tx, casus.tenantId),
    );
    await markeerBeslist(tx, escalatie.id, b.besluit, b.reden, nu);
    await schrijfAudit(tx, {
      tenantId: casus.tenantId,
      actie: 'bestuurder_beslist',
      actorId: persoon.id,
      casusRef: casus.referentie,
      data: { besluit: b.besluit, trede: escalatie.trede },
      moment: nu,
    });
    const redenen = escalatie.redenen as unknown as EscalatieRedenen;
    // Approving the chair's partial grant approves that amount: the besluit stays partly granted.
    const laatste = redenen.eerder?.at(-1);
    const deelsCent =
      b.besluit === 'goedkeuren' &&
      laatste?.uitkomst === 'deels_toekennen' &&
      typeof laatste.toegekendBedragCent === 'number'
        ? laatste.toegekendBedragCent
        : null;
    const ronde = await laatsteRonde(tx, casus.id);
    const tekst = besluittekst({
      genomenDoor: 'bestuurder',
      reden: b.reden,
      eerder: redenen.eerder ?? [],
      antwoorden: ronde ? await antwoordRegels(tx, ronde.id) : [],
      toegekend:
        deelsCent === null ? null : { bedragCent: deelsCent, gevraagdCent: casus.kostenMaatwerkCent },
    });
    const vastgelegd = await legBesluitVastInTx(tx, casus, nu, {
      uitkomst: b.besluit === 'afwijzen' ? 'afgewezen' : deelsCent === null ? 'toegekend' : 'deels_toegekend',
      genomenDoor: 'bestuurder',
      besluiterId: persoon.id,
      waarom: tekst.waarom,
      hoe: b.besluit === 'goedkeuren' ? casus.gevraagdeOplossing : '',
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
