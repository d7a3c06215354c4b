// Raising a casus: the intake dialog opened from the personal chat (`casus`), a card button or the
// message extension, and its submit. No casus is stored until the service accepts the whole intake.
// A Teams dialog sends nothing when it is closed, so the draft (services/concept.ts) is what a refused
// submit held: it is kept for the person alone, and the next intake dialog opens with it.
import { randomUUID } from 'node:crypto';
import { situatieMetBericht } from '../../../src/domain/concept.ts';
import { crisisNummers } from '../../../src/domain/crisis.ts';
import { isDomeinFout } from '../../../src/domain/fouten.ts';
import { SITUATIE_MAX } from '../../../src/domain/intake.ts';
import { z } from '../../../src/domain/validatie.ts';
import { type CasusInvoer, raiseCasus } from '../../../src/services/casus.ts';
import { bewaarConcept, leesConcept } from '../../../src/services/concept.ts';
import type { Identiteit } from '../../../src/services/identiteit.ts';
import { tafelsVoorIndiener, tafelVoorKanaal } from '../../../src/services/overzicht.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler, weergave } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import {
  type Activiteit,
  berichtExtensieIndienenSchema,
  berichtExtensieOphalenSchema,
  type InvokeAntwoord,
  taakSchema,
  tekst,
} from '../activiteit.ts';
import { kanaalIdVan } from '../gesprekken.ts';
import {
  ACTIE_FORMULIER,
  ACTIE_INDIENEN,
  FORMULIERVELDEN,
  type Formulierwaarden,
  intakeformulier,
} from '../kaarten/intakeformulier.ts';
import { tekstkaart } from '../kaarten/meldingen.ts';
import {
  dialoog,
  dialoogBericht,
  identiteitVan,
  logFout,
  ONBEKENDE_GEBRUIKER,
  type TeamsContext,
  taalVanActor,
  verzoek,
} from './gemeenschappelijk.ts';

export const OPDRACHT_INDIENEN = 'casusIndienen';

export type Bron = 'dialoog' | 'extensie';

/**
 * How a dialog ends: the bot's own dialog closes with a message; the message extension, for which Teams
 * documents no message response, shows a last card the user closes.
 */
function einde(bron: Bron, tekst: string, v: Vertaler, fout = false): InvokeAntwoord {
  return bron === 'dialoog'
    ? dialoogBericht(tekst)
    : dialoog(tekstkaart([tekst], { fout }), v('formulier.dialoog_titel'));
}

/** The intake form in a dialog, titled in the language the form is in. */
const formulierDialoog = (kaart: Parameters<typeof dialoog>[0], v: Vertaler) =>
  dialoog(kaart, v('formulier.intake.dialoog_titel'));

// Typed text is bounded by the request's size limit only: the intake says at the field what is too long.
const veld = z.preprocess((v) => (Array.isArray(v) ? v.join(',') : v), z.string().optional());

const formulierSchema = z.object({
  actie: z.literal(ACTIE_INDIENEN),
  formulierId: tekst(100).min(8),
  ...Object.fromEntries(FORMULIERVELDEN.map((naam) => [naam, veld])),
}) as z.ZodType<{ actie: string; formulierId: string } & Formulierwaarden>;

const leeg = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** The form's strings as the intake the service validates; no rule here, only the shape. */
export function naarIntake(w: Formulierwaarden): CasusInvoer {
  return {
    tafel: w.tafel,
    titel: w.titel,
    situatie: w.situatie,
    knelpunt: leeg(w.knelpunt),
    knelpuntVrij: leeg(w.knelpuntVrij),
    leefgebieden: (w.leefgebieden ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
    gevraagdeOplossing: w.gevraagdeOplossing,
    kostenMaatwerk: w.kostenMaatwerk,
    kostenNietsDoen: w.kostenNietsDoen,
    kostenNietsDoenToelichting: w.kostenNietsDoenToelichting,
    urgentie: w.urgentie,
    betrokkenheid: w.betrokkenheid,
    betrokkenheidToelichting: leeg(w.betrokkenheidToelichting),
    toestemming: w.toestemming,
    toestemmingAfweging: leeg(w.toestemmingAfweging),
    eigenReferentie: leeg(w.eigenReferentie),
  } as unknown as CasusInvoer;
}

/** Plain text of a chat message the extension was started from (Teams sends HTML). */
function platteTekst(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, SITUATIE_MAX);
}

async function keuzelijsten(t: TeamsContext, a: Activiteit) {
  const identiteit = identiteitVan(a)!;
  const { tafels, knelpunten } = await tafelsVoorIndiener(t.d, identiteit);
  const kanaalId = kanaalIdVan(a);
  const kanaalTafel = kanaalId ? await tafelVoorKanaal(t.d, 'teams', kanaalId) : null;
  return {
    tafels,
    knelpunten,
    voorkeur: kanaalTafel?.slug ?? (tafels.length === 1 ? tafels[0]!.slug : undefined),
  };
}

/** The form's strings as a draft: the chosen life areas as a list, like Slack's. */
const alsConcept = (w: Formulierwaarden) => ({
  ...w,
  ...(w.leefgebieden !== undefined ? { leefgebieden: w.leefgebieden.split(',').filter(Boolean) } : {}),
});

/** A draft back as the form's strings. */
function uitConcept(w: Record<string, string | string[] | undefined>): Formulierwaarden {
  const uit: Formulierwaarden = {};
  for (const veld of FORMULIERVELDEN) {
    const v = w[veld];
    if (v !== undefined) uit[veld] = Array.isArray(v) ? v.join(',') : v;
  }
  return uit;
}

/** Keeps the refused form as the draft; whether it did. The text never reaches the log. */
async function bewaarAlsConcept(t: TeamsContext, identiteit: Identiteit, w: Formulierwaarden) {
  try {
    return await bewaarConcept(t.d, identiteit, alsConcept(w));
  } catch (fout) {
    if (isDomeinFout(fout)) logFout(t.log, fout, 'concept bewaren');
    else t.log.error({ soort: fout instanceof Error ? fout.name : typeof fout }, 'concept bewaren mislukt');
    return false;
  }
}

export async function openFormulier(t: TeamsContext, a: Activiteit, bron: Bron): Promise<InvokeAntwoord> {
  const taal = await taalVanActor(t, a);
  const v = vertaler(taal);
  let situatie: string | undefined;
  if (bron === 'dialoog') {
    const w = taakSchema.safeParse(a.value);
    if (!w.success || w.data.data.actie !== ACTIE_FORMULIER)
      return einde(bron, v('formulier.intake.onbekend_formulier'), v, true);
  } else {
    const w = berichtExtensieOphalenSchema.safeParse(a.value);
    if (!w.success || w.data.commandId !== OPDRACHT_INDIENEN)
      return einde(bron, v('formulier.intake.onbekende_opdracht'), v, true);
    const inhoud = w.data.messagePayload?.body?.content;
    // Only the person raising sees it; the privacy gate checks it before anything is kept.
    if (inhoud) situatie = platteTekst(inhoud);
  }
  const identiteit = identiteitVan(a);
  if (!identiteit) return einde(bron, ONBEKENDE_GEBRUIKER, v, true);
  const { tafels, knelpunten, voorkeur } = await keuzelijsten(t, a);
  if (tafels.length === 0) return einde(bron, v('formulier.intake.geen_tafel'), v, true);
  // What this person typed before and did not raise comes back; a message they start from now joins
  // the draft's situation (situatieMetBericht says why neither replaces the other). A crisis draft
  // needs nothing here: this one form shows every urgency, and the draft's stays chosen.
  const concept = await leesConcept(t.d, identiteit);
  const eerder = concept ? uitConcept(concept.waarden) : {};
  const samen = situatieMetBericht(eerder.situatie, situatie, SITUATIE_MAX);
  return formulierDialoog(
    intakeformulier({
      formulierId: randomUUID(),
      tafels,
      knelpunten,
      waarden: {
        ...(voorkeur ? { tafel: voorkeur } : {}),
        ...eerder,
        ...(samen ? { situatie: samen } : {}),
      },
      concept: concept?.bijgewerkt,
      taal,
    }),
    v,
  );
}

/** What the person reads once the casus is in: its reference, and when the members decide. */
function ingediend(
  r: { referentie: string; status: string; deadline?: string | Date | null },
  taal: Taal,
  v: Vertaler,
): string {
  if (r.status === 'crisis_doorverwezen')
    return `${v('formulier.crisis.doorverwezen', { referentie: r.referentie })} ${weergave(taal, crisisNummers())}`;
  return [
    v('formulier.ingediend.als', { referentie: r.referentie }),
    ...(r.deadline
      ? [v('formulier.ingediend.deadline', { moment: formatteerMoment(new Date(r.deadline), taal) })]
      : []),
    v('formulier.ingediend.besluit_chat'),
  ].join(' ');
}

export async function dienFormulierIn(t: TeamsContext, a: Activiteit, bron: Bron): Promise<InvokeAntwoord> {
  const taal = await taalVanActor(t, a);
  const v = vertaler(taal);
  const w = (bron === 'dialoog' ? taakSchema : berichtExtensieIndienenSchema).safeParse(a.value);
  const formulier = w.success ? formulierSchema.safeParse(w.data.data) : null;
  if (!formulier?.success) return einde(bron, v('formulier.onleesbaar_formulier'), v, true);
  const identiteit = identiteitVan(a);
  if (!identiteit) return einde(bron, ONBEKENDE_GEBRUIKER, v, true);
  const { actie: _actie, formulierId, ...waarden } = formulier.data;
  try {
    // The form's id makes the key: a double click or a repeated invoke raises one casus.
    const r = await raiseCasus(
      t.d,
      identiteit,
      naarIntake(waarden),
      verzoek('casus', identiteit.extern, formulierId),
    );
    t.log.info({ referentie: r.referentie, status: r.status }, 'teams: casus ingediend');
    return einde(bron, ingediend(r, taal, v), v, r.status === 'crisis_doorverwezen');
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'casus indienen');
    const conceptBewaard = await bewaarAlsConcept(t, identiteit, waarden);
    const { tafels, knelpunten } = await keuzelijsten(t, a);
    return formulierDialoog(
      intakeformulier({
        formulierId,
        tafels,
        knelpunten,
        waarden,
        fouten: fout.velden,
        ...(fout.velden.length === 0 ? { algemeneFout: fout.tekst(taal) } : {}),
        conceptBewaard,
        taal,
      }),
      v,
    );
  }
}
