// Universal Actions (adaptiveCard/action): the refresh of the casus card per user, a member's answer,
// the chair's casting vote, the bestuurder's approval, answers to information requests, evaluations,
// commitments marked done, and the chair's controls (beheer.ts).
// Each is answered in the same request with the card (or message) that user sees next.
import { type DomeinFout, isDomeinFout } from '../../../src/domain/fouten.ts';
import { z } from '../../../src/domain/validatie.ts';
import { KEUZES, type Keuze, label } from '../../../src/domain/woorden.ts';
import { lichtAfwijkingToe } from '../../../src/register/consistentie.ts';
import { vulCasusAan } from '../../../src/services/aanvulling.ts';
import { respond } from '../../../src/services/antwoorden.ts';
import { decideAsBestuurder } from '../../../src/services/bestuurdersbesluit.ts';
import type { Identiteit } from '../../../src/services/identiteit.ts';
import { beantwoordInformatie, vraagInformatie } from '../../../src/services/informatieverzoek.ts';
import {
  legEvaluatieVast,
  markeerToezeggingGedaan,
  mijnToezeggingen,
} from '../../../src/services/opvolging.ts';
import { kaartVoor } from '../../../src/services/overzicht.ts';
import { legToestemmingVast } from '../../../src/services/toestemming.ts';
import { beslisAlsVoorzitter } from '../../../src/services/voorzittersbesluit.ts';
import type { Sleutel } from '../../../src/taal/catalogus.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { type Activiteit, type InvokeAntwoord, kaartActieSchema, tekst } from '../activiteit.ts';
import type { Beurt } from '../botframework.ts';
import {
  BESTUURDER_ACTIES,
  bevestigingskaart,
  VERB_BESTUURDER,
  VERB_VOORZITTER,
  VOORZITTER_UITKOMSTEN,
} from '../kaarten/besluitkaarten.ts';
import { type AdaptiveKaart, kaartBericht } from '../kaarten/bouwstenen.ts';
import {
  type Antwoordwaarden,
  casuskaart,
  type Melding,
  VERB_ANTWOORD,
  VERB_ANTWOORD_OUD,
  VERB_BEHEER,
  VERB_VERNIEUW,
} from '../kaarten/casuskaart.ts';
import {
  toezeggingenkaart,
  toezeggingVeld,
  VERB_AANVULLEN,
  VERB_EVALUATIE,
  VERB_INFORMATIE,
  VERB_TOESTEMMING,
  VERB_TOEZEGGING,
} from '../kaarten/meldingen.ts';
import { VERB_AFWIJKING } from '../kaarten/register.ts';
import { verwerkBeheer } from './beheer.ts';
import {
  digest,
  foutAntwoord,
  foutTekst,
  identiteitVan,
  kaartAntwoord,
  logFout,
  ONBEKENDE_GEBRUIKER,
  type TeamsContext,
  taalVanActor,
  tekstAntwoord,
  verzoek,
} from './gemeenschappelijk.ts';

// Ids come back from our own cards: anything else (a control character too) is a card we did not send.
const id = tekst(200).min(1);
// Typed text is bounded by the request's size limit only: the service says at the field what is too long.
const vrij = z.string().optional();
const plek = z.enum(['kanaal', 'persoonlijk']).catch('kanaal');

const vernieuwData = z.object({ casusId: id, plek });
const antwoordData = z.object({
  casusId: id,
  versie: z.coerce.number().int().min(0),
  plek,
  reden: vrij,
  voorwaarden: vrij,
  toezeggingTaak: vrij,
  toezeggingDatum: vrij,
});
const escalatieData = z.object({
  casusId: id,
  escalatieId: id,
  reden: vrij,
  hoe: vrij,
  voorwaarden: vrij,
  verwijzing: vrij,
  toegekendBedrag: vrij,
});
const informatieData = z.object({ verzoekId: id, antwoord: vrij });
const evaluatieData = z.object({ besluitId: id, toelichting: vrij });
const afwijkingData = z.object({ besluitId: id, toelichting: vrij });
const toestemmingData = z.object({ casusId: id, toestemming: vrij, afweging: vrij });
// The text field is named after the commitment (a list card holds one per commitment).
const toezeggingData = z.looseObject({ toezeggingId: id });
const aanvulData = z.object({
  casusId: id,
  kostenMaatwerk: vrij,
  kostenNietsDoen: vrij,
  kostenNietsDoenToelichting: vrij,
  betrokkenheid: vrij,
  betrokkenheidToelichting: vrij,
  toestemming: vrij,
  toestemmingAfweging: vrij,
});

const leeg = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** The core's refusal in the reader's language, with the field messages that say more than it. */
const ongeldig = (taal: Taal) => foutAntwoord(400, vertaler(taal)('kaart.weigering.kaart_ongeldig'));

/** The casus card as this person may see it now, with an optional message and the values they typed. */
async function persoonlijkeKaart(
  t: TeamsContext,
  identiteit: Identiteit,
  casusId: string,
  plek: 'kanaal' | 'persoonlijk',
  taal: Taal,
  extra: { melding?: Melding; fouten?: DomeinFout['velden']; waarden?: Antwoordwaarden } = {},
) {
  const { kaart, mogelijkheden } = await kaartVoor(t.d, identiteit, casusId);
  // In an invoke there is no time for roster look-ups: only Teams ids already known.
  const userIds = plek === 'kanaal' ? await t.gesprekken.userIdsVoorKaart(kaart) : undefined;
  return casuskaart(kaart, { plek, taal, mogelijkheden, userIds, ...extra });
}

async function vernieuw(
  t: TeamsContext,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
): Promise<InvokeAntwoord> {
  const d = vernieuwData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  try {
    return kaartAntwoord(await persoonlijkeKaart(t, identiteit, d.data.casusId, d.data.plek, taal));
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function reageer(
  t: TeamsContext,
  identiteit: Identiteit,
  keuze: Keuze,
  data: unknown,
  taal: Taal,
): Promise<InvokeAntwoord> {
  const d = antwoordData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const { casusId, versie, plek, reden, voorwaarden, toezeggingTaak, toezeggingDatum } = d.data;
  const taak = leeg(toezeggingTaak);
  const datum = leeg(toezeggingDatum);
  const invoer = {
    keuze,
    reden: reden ?? '',
    voorwaarden: leeg(voorwaarden),
    ...(taak || datum ? { toezegging: { taak: taak ?? '', deadline: datum ?? '' } } : {}),
  };
  try {
    // The card version and what was typed make the key: a double click or a repeated invoke answers once.
    const r = await respond(
      t.d,
      identiteit,
      casusId,
      invoer,
      verzoek('antwoord', casusId, identiteit.extern, `v${versie}`, digest(invoer)),
    );
    t.log.info(
      { referentie: r.referentie, keuze: r.keuze, revisie: r.revisie },
      'teams: antwoord vastgelegd',
    );
    const tekst = vertaler(taal)(
      r.gesloten ? 'kaart.antwoord.vastgelegd_gesloten' : 'kaart.antwoord.vastgelegd',
      { keuze: label(keuze, taal) },
    );
    return kaartAntwoord(
      await persoonlijkeKaart(t, identiteit, casusId, plek, taal, { melding: { soort: 'goed', tekst } }),
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'antwoord');
    // Someone who may not see the casus: the refusal is already on record; no card to show them.
    if (fout.code === 'niet_bevoegd') return tekstAntwoord(foutTekst(fout, taal));
    try {
      return kaartAntwoord(
        await persoonlijkeKaart(t, identiteit, casusId, plek, taal, {
          melding: { soort: 'fout', tekst: fout.tekst(taal) },
          fouten: fout.velden,
          waarden: { reden, voorwaarden, toezeggingTaak, toezeggingDatum },
        }),
      );
    } catch (nogmaals) {
      if (!isDomeinFout(nogmaals)) throw nogmaals;
      return tekstAntwoord(foutTekst(fout, taal));
    }
  }
}

/**
 * A decision taken on a personal card: the answer shows the confirmation to the person at once, and the
 * message itself is replaced too, so no other device still offers the buttons.
 */
async function afgehandeld(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  k: AdaptiveKaart,
  taal: Taal,
): Promise<InvokeAntwoord> {
  if (a.replyToId) {
    const r = await beurt.werkBij(a.replyToId, kaartBericht(k, vertaler(taal)('kaart.afgehandeld')));
    if (!r.ok) t.log.warn({ fout: r.fout }, 'teams: kaart niet bijgewerkt');
  }
  return kaartAntwoord(k);
}

/** The chair's decision as a verb in a sentence ("U besloot: deels toekennen."), not as a label. */
const UITKOMST_TEKST = {
  toekennen: 'kaart.besloten.uitkomst.toekennen',
  deels_toekennen: 'kaart.besloten.uitkomst.deels_toekennen',
  afwijzen: 'kaart.besloten.uitkomst.afwijzen',
  doorverwijzen: 'kaart.besloten.uitkomst.doorverwijzen',
} as const satisfies Record<(typeof VOORZITTER_UITKOMSTEN)[number], Sleutel>;

async function alsVoorzitter(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  verb: string,
  data: unknown,
  taal: Taal,
) {
  const uitkomst = z.enum(VOORZITTER_UITKOMSTEN).safeParse(verb.slice(VERB_VOORZITTER.length));
  const d = escalatieData.safeParse(data);
  if (!uitkomst.success || !d.success) return ongeldig(taal);
  const invoer = {
    uitkomst: uitkomst.data,
    reden: d.data.reden ?? '',
    hoe: leeg(d.data.hoe),
    voorwaarden: leeg(d.data.voorwaarden),
    verwijzing: leeg(d.data.verwijzing),
    toegekendBedrag: leeg(d.data.toegekendBedrag),
  };
  try {
    const r = await beslisAlsVoorzitter(
      t.d,
      identiteit,
      d.data.casusId,
      invoer,
      verzoek('voorzitter', d.data.escalatieId, identiteit.extern, digest(invoer)),
    );
    t.log.info({ referentie: r.referentie, gevolg: r.gevolg }, 'teams: voorzitter besliste');
    const tt = vertaler(taal);
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(
        tt('kaart.besloten.voorzitter', { uitkomst: tt(UITKOMST_TEKST[uitkomst.data]) }),
        [tt(r.gevolg === 'naar_bestuurder' ? 'kaart.besloten.naar_bestuurder' : 'kaart.besloten.gedeeld')],
        r.referentie,
      ),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'voorzitter');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function alsBestuurder(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  verb: string,
  data: unknown,
  taal: Taal,
) {
  const actie = z.enum(BESTUURDER_ACTIES).safeParse(verb.slice(VERB_BESTUURDER.length));
  const d = escalatieData.safeParse(data);
  if (!actie.success || !d.success) return ongeldig(taal);
  const reden = d.data.reden ?? '';
  const tt = vertaler(taal);
  const sleutel = (invoer: unknown) =>
    verzoek('bestuurder', d.data.escalatieId, identiteit.extern, actie.data, digest(invoer));
  try {
    if (actie.data === 'informatie') {
      await vraagInformatie(t.d, identiteit, d.data.casusId, reden, sleutel(reden));
      // The card stays: after the answer the bestuurder decides with its buttons.
      return kaartAntwoord(bevestigingskaart(tt('kaart.vraag.gesteld'), [tt('kaart.vraag.gesteld_uitleg')]));
    }
    const invoer = { besluit: actie.data, reden, verwijzing: leeg(d.data.verwijzing) };
    const r = await decideAsBestuurder(t.d, identiteit, d.data.casusId, invoer, sleutel(invoer));
    t.log.info({ referentie: r.referentie, besluit: actie.data }, 'teams: bestuurder besliste');
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(
        tt(actie.data === 'goedkeuren' ? 'kaart.besloten.goedgekeurd' : 'kaart.besloten.afgewezen'),
        [tt('kaart.besloten.gedeeld')],
        r.referentie,
      ),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'bestuurder');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function beantwoord(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
) {
  const d = informatieData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const antwoord = d.data.antwoord ?? '';
  try {
    await beantwoordInformatie(
      t.d,
      identiteit,
      d.data.verzoekId,
      antwoord,
      verzoek('informatie', d.data.verzoekId, identiteit.extern, digest(antwoord)),
    );
    return afgehandeld(t, a, beurt, bevestigingskaart(vertaler(taal)('kaart.vraag.beantwoord'), []), taal);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'informatie');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function evalueer(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  verb: string,
  data: unknown,
  taal: Taal,
) {
  const d = evaluatieData.safeParse(data);
  const gewerkt = verb === `${VERB_EVALUATIE}ja` ? true : verb === `${VERB_EVALUATIE}nee` ? false : null;
  if (!d.success || gewerkt === null) return ongeldig(taal);
  const invoer = { gewerkt, toelichting: d.data.toelichting ?? '' };
  try {
    await legEvaluatieVast(
      t.d,
      identiteit,
      d.data.besluitId,
      invoer,
      verzoek('evaluatie', d.data.besluitId, digest(invoer)),
    );
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(vertaler(taal)('kaart.evaluatie.vastgelegd'), []),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'evaluatie');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

/** "Gedaan" on a commitment: marked done with what was done; the answer is the list as it now stands. */
async function meldToezeggingGedaan(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
) {
  const d = toezeggingData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const getypt = vrij.safeParse(d.data[toezeggingVeld(d.data.toezeggingId)]);
  if (!getypt.success) return ongeldig(taal);
  const invoer = { tekst: getypt.data ?? '' };
  try {
    const r = await markeerToezeggingGedaan(
      t.d,
      identiteit,
      d.data.toezeggingId,
      invoer,
      verzoek('toezegging', d.data.toezeggingId, identiteit.extern, digest(invoer)),
    );
    t.log.info({ referentie: r.referentie }, 'teams: toezegging gedaan');
    const lijst = await mijnToezeggingen(t.d, identiteit);
    const tekst = vertaler(taal)('berichten.toezegging.gedaan.bevestigd', { referentie: r.referentie });
    return afgehandeld(t, a, beurt, toezeggingenkaart(lijst, taal, { soort: 'goed', tekst }), taal);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'toezegging');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function lichtToe(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
) {
  const d = afwijkingData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const toelichting = d.data.toelichting ?? '';
  try {
    const r = await lichtAfwijkingToe(
      t.d,
      identiteit,
      d.data.besluitId,
      toelichting,
      verzoek('afwijking', d.data.besluitId, identiteit.extern, digest(toelichting)),
    );
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(
        vertaler(taal)('kaart.afwijking.vastgelegd'),
        [vertaler(taal)('kaart.afwijking.gedeeld')],
        r.referentie,
      ),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'afwijking');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

async function legToestemmingVastOpKaart(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
) {
  const d = toestemmingData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const invoer = { toestemming: d.data.toestemming ?? '', afweging: d.data.afweging ?? '' };
  try {
    const r = await legToestemmingVast(
      t.d,
      identiteit,
      d.data.casusId,
      invoer as Parameters<typeof legToestemmingVast>[3],
      verzoek('toestemming', d.data.casusId, identiteit.extern, digest(invoer)),
    );
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(
        vertaler(taal)('kaart.toestemming.vastgelegd', { toestemming: label(r.toestemming, taal) }),
        [vertaler(taal)('kaart.toestemming.op_kaart')],
        r.referentie,
      ),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'toestemming');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

/** The submitter adds what the quick intake left open, from the card that asked for it. */
async function vulAanOpKaart(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
) {
  const d = aanvulData.safeParse(data);
  if (!d.success) return ongeldig(taal);
  const { casusId, ...invoer } = d.data;
  try {
    const r = await vulCasusAan(
      t.d,
      identiteit,
      casusId,
      invoer,
      verzoek('aanvullen', casusId, identiteit.extern, digest(invoer)),
    );
    return afgehandeld(
      t,
      a,
      beurt,
      bevestigingskaart(
        vertaler(taal)('kaart.aanvulling.vastgelegd', { open: r.nogOpen.length }),
        [vertaler(taal)('kaart.toestemming.op_kaart')],
        r.referentie,
      ),
      taal,
    );
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'aanvullen');
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

export async function verwerkKaartactie(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
): Promise<InvokeAntwoord> {
  const taal = await taalVanActor(t, a);
  const onbekend = () => foutAntwoord(400, vertaler(taal)('kaart.weigering.onbekende_actie'));
  const v = kaartActieSchema.safeParse(a.value);
  if (!v.success) return onbekend();
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstAntwoord(ONBEKENDE_GEBRUIKER);
  const { verb, data } = v.data.action;
  t.log.debug({ verb }, 'teams: kaartactie');
  if (verb === VERB_VERNIEUW) return vernieuw(t, identiteit, data, taal);
  const antwoordVerb = [VERB_ANTWOORD, VERB_ANTWOORD_OUD].find((v) => verb.startsWith(v));
  if (antwoordVerb) {
    const keuze = z.enum(KEUZES).safeParse(verb.slice(antwoordVerb.length));
    return keuze.success
      ? reageer(t, identiteit, keuze.data, data, taal)
      : foutAntwoord(400, vertaler(taal)('kaart.weigering.onbekend_antwoord'));
  }
  if (verb.startsWith(VERB_VOORZITTER)) return alsVoorzitter(t, a, beurt, identiteit, verb, data, taal);
  if (verb.startsWith(VERB_BESTUURDER)) return alsBestuurder(t, a, beurt, identiteit, verb, data, taal);
  if (verb === VERB_INFORMATIE) return beantwoord(t, a, beurt, identiteit, data, taal);
  if (verb.startsWith(VERB_EVALUATIE)) return evalueer(t, a, beurt, identiteit, verb, data, taal);
  if (verb === VERB_AFWIJKING) return lichtToe(t, a, beurt, identiteit, data, taal);
  if (verb === VERB_TOESTEMMING) return legToestemmingVastOpKaart(t, a, beurt, identiteit, data, taal);
  if (verb === VERB_TOEZEGGING) return meldToezeggingGedaan(t, a, beurt, identiteit, data, taal);
  if (verb === VERB_AANVULLEN) return vulAanOpKaart(t, a, beurt, identiteit, data, taal);
  if (verb.startsWith(VERB_BEHEER)) return verwerkBeheer(t, a, beurt, identiteit, verb, data);
  return onbekend();
}
