// Opening a form: the intake, and the decision modals behind every button and App Home select. Whether a
// person may decide is read from the core (`kaartVoor`), never from what the button sent back.
import type { WebClient } from '@slack/web-api';
import { situatieMetBericht } from '../../../src/domain/concept.ts';
import { isDomeinFout } from '../../../src/domain/fouten.ts';
import { INTAKE_MEER, SITUATIE_MAX } from '../../../src/domain/intake.ts';
import { KEUZES, type Keuze } from '../../../src/domain/woorden.ts';
import { leesConcept } from '../../../src/services/concept.ts';
import { type Identiteit, taalVan } from '../../../src/services/identiteit.ts';
import {
  type KaartVoorPersoon,
  kaartVoor,
  tafelsVoorIndiener,
  tafelVoorKanaal,
} from '../../../src/services/overzicht.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import {
  BEHEER_ACTIES,
  BESTUURDER_KEUZES,
  type BeheerActie,
  type BestuurderKeuze,
  VOORZITTER_UITKOMSTEN,
  type VoorzitterUitkomst,
} from '../ids.ts';
import {
  antwoordModal,
  bestuurderModal,
  informatieVraagModal,
  intakeModal,
  voorzitterModal,
} from '../weergave/modals.ts';
import { beheerModal } from '../weergave/voorzitter.ts';
import { type BeslisSoort, openModal, type SlackContext, type Waar, weiger, weigerTekst } from './gedeeld.ts';

/**
 * The language of the person who clicked: a listener passes it (`taalVanActor(context)`, asked once per
 * request); without it, it is looked up here.
 */
const taalVoor = (
  ctx: SlackContext,
  o: { identiteit: Identiteit; taal?: Taal | undefined },
): Promise<Taal> =>
  o.taal ? Promise.resolve(o.taal) : taalVan(ctx.d, o.identiteit).catch(() => STANDAARDTAAL);

export async function openIntake(
  ctx: SlackContext,
  client: WebClient,
  o: {
    identiteit: Identiteit;
    triggerId: string;
    kanaal?: string | undefined;
    situatie?: string | undefined;
    taal?: Taal | undefined;
  },
): Promise<void> {
  const { tafels, knelpunten } = await tafelsVoorIndiener(ctx.d, o.identiteit);
  if (tafels.length === 0) {
    await weiger(
      client,
      { gebruiker: o.identiteit.extern, kanaal: o.kanaal, triggerId: o.triggerId },
      tekst(await taalVoor(ctx, o), 'kaart.weigering.geen_tafel'),
    );
    return;
  }
  const tafel = o.kanaal ? await tafelVoorKanaal(ctx.d, 'slack', o.kanaal) : null;
  // What this person typed before and did not raise comes back; a message they start from now joins
  // the draft's situation (situatieMetBericht says why neither replaces the other).
  const concept = await leesConcept(ctx.d, o.identiteit);
  const enkel = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
  const situatie = situatieMetBericht(enkel(concept?.waarden.situatie), o.situatie, SITUATIE_MAX);
  const waarden = { ...concept?.waarden, ...(situatie ? { situatie } : {}) };
  // A draft left in the crisis form reopens as that form: it was closed mid-crisis (a phone app killed,
  // a call to take) and the person expects the crisis numbers and the one field back, not a full intake
  // that hides the urgency they chose. Not when a message starts the form: the crisis form has no place
  // for its text, so the normal form opens with it and the draft's title; one click on the urgency
  // turns it into the crisis form again, keeping the title.
  const crisis = waarden.urgentie === 'crisis' && !o.situatie;
  await openModal(
    client,
    o.triggerId,
    intakeModal({
      tafels,
      knelpunten,
      tafelId: tafel?.id,
      kanaal: o.kanaal,
      crisis,
      waarden,
      volledig: INTAKE_MEER.some((veld) => veld in waarden),
      concept: concept?.bijgewerkt,
      taal: o.taal,
    }),
  );
}

const isKeuze = (k: string): k is Keuze => (KEUZES as readonly string[]).includes(k);
const isUitkomst = (k: string): k is VoorzitterUitkomst =>
  (VOORZITTER_UITKOMSTEN as readonly string[]).includes(k);
const isBestuurderKeuze = (k: string): k is BestuurderKeuze =>
  (BESTUURDER_KEUZES as readonly string[]).includes(k);

/**
 * `antwoord:akkoord`, `voorzitter:afwijzen`, `bestuurder:informatie` … on casus `casusId`, from a button on a
 * card or DM (also on a copy of it elsewhere) or from App Home's select (`pad` 'home').
 */
export async function openBeslissing(
  ctx: SlackContext,
  client: WebClient,
  o: {
    identiteit: Identiteit;
    waar: Waar & { triggerId: string };
    actie: string;
    casusId: string;
    pad: 'kaart' | 'home';
    taal?: Taal | undefined;
  },
): Promise<void> {
  const [soort, keuze = ''] = o.actie.split(':') as [BeslisSoort, string];
  let k: KaartVoorPersoon;
  try {
    k = await kaartVoor(ctx.d, o.identiteit, o.casusId, o.pad);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    await weiger(client, o.waar, fout.tekst(await taalVoor(ctx, o)));
    return;
  }
  const m = k.mogelijkheden;
  if (soort === 'antwoord' && isKeuze(keuze)) {
    if (!m.magAntwoorden) return weiger(client, o.waar, weigerTekst(k, 'antwoord'));
    return openModal(client, o.waar.triggerId, antwoordModal(k.kaart, keuze, m.huidigeKeuze, o.waar.kanaal));
  }
  if (soort === 'voorzitter' && isUitkomst(keuze)) {
    if (!m.magAlsVoorzitterBeslissen) return weiger(client, o.waar, weigerTekst(k, 'voorzitter'));
    return openModal(client, o.waar.triggerId, voorzitterModal(k.kaart, keuze, o.waar.kanaal));
  }
  if (soort === 'bestuurder' && isBestuurderKeuze(keuze)) {
    if (!m.magAlsBestuurderBeslissen) return weiger(client, o.waar, weigerTekst(k, 'bestuurder'));
    return openModal(
      client,
      o.waar.triggerId,
      keuze === 'informatie'
        ? informatieVraagModal(k.kaart, o.waar.kanaal)
        : bestuurderModal(k.kaart, keuze, o.waar.kanaal),
    );
  }
  ctx.log.warn({ actie: o.actie.slice(0, 60) }, 'onbekende slack-actie');
}

const isBeheerActie = (a: string): a is BeheerActie => (BEHEER_ACTIES as readonly string[]).includes(a);

/**
 * One of the chair's controls (`verlengen`, `intrekken`, …) on casus `casusId`: the modal opens for whom the
 * rules allow the control (the chair; for `intrekken` also the submitter), as the core reads them from stored
 * state. Everyone else is refused privately; the service judges again, the casus's state too, on submit.
 */
export async function openBeheer(
  ctx: SlackContext,
  client: WebClient,
  o: {
    identiteit: Identiteit;
    waar: Waar & { triggerId: string };
    actie: string;
    casusId: string;
    taal?: Taal | undefined;
  },
): Promise<void> {
  if (!isBeheerActie(o.actie)) {
    ctx.log.warn({ actie: o.actie.slice(0, 60) }, 'onbekende slack-actie');
    return;
  }
  let k: KaartVoorPersoon;
  try {
    k = await kaartVoor(ctx.d, o.identiteit, o.casusId, 'voorzitter');
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    await weiger(client, o.waar, fout.tekst(await taalVoor(ctx, o)));
    return;
  }
  const taal = await taalVoor(ctx, o);
  const oordeel = k.bevoegdheid.beheer[o.actie];
  if (!oordeel.mag) {
    const c = k.kaart.casus;
    await weiger(
      client,
      o.waar,
      tekst(taal, oordeel.reden === 'niet_bevoegd' ? 'kaart.weigering.intrekken' : 'kaart.weigering.beheer', {
        tafel: c.tafelNaam,
        referentie: c.referentie,
      }),
    );
    return;
  }
  await openModal(client, o.waar.triggerId, beheerModal(o.actie, k.kaart, o.waar.kanaal, taal));
}
