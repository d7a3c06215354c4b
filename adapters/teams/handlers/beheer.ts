// The chair's controls in Teams (Action.Execute on the chair's card): open the card, extend the deadline,
// withdraw (also the submitter, from their confirmation card), reopen the round, put on the agenda and
// record the meeting's besluit. The services decide who may and what is valid; this file translates the
// card's inputs and draws the answer. The card version and a digest of the input make the request key, so
// a double click or a repeated invoke acts once.
import { DomeinFout, isDomeinFout, veldFout } from '../../../src/domain/fouten.ts';
import { z } from '../../../src/domain/validatie.ts';
import type { Identiteit } from '../../../src/services/identiteit.ts';
import { kaartVoor } from '../../../src/services/overzicht.ts';
import {
  heropenRonde,
  legVergaderbesluitVast,
  trekIn,
  verlengTermijn,
  zetOpAgenda,
} from '../../../src/services/voorzitter.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { vertaler, zin } from '../../../src/taal/tekst.ts';
import { amsterdamTijdstip, formatteerMoment } from '../../../src/time/index.ts';
import { type Activiteit, type InvokeAntwoord, tekst } from '../activiteit.ts';
import type { Beurt } from '../botframework.ts';
import { bevestigingskaart } from '../kaarten/besluitkaarten.ts';
import { type AdaptiveKaart, kaartBericht } from '../kaarten/bouwstenen.ts';
import { type Melding, VERB_BEHEER, VERB_BEHEERKAART } from '../kaarten/casuskaart.ts';
import {
  BEHEER_ACTIES,
  BEHEER_VELDEN,
  type BeheerActie,
  voorzitterskaart,
} from '../kaarten/voorzitterskaart.ts';
import {
  digest,
  foutAntwoord,
  foutTekst,
  kaartAntwoord,
  logFout,
  type TeamsContext,
  taalVanActor,
  tekstAntwoord,
  verzoek,
} from './gemeenschappelijk.ts';

/** An error of the core in the reader's language, with what its fields say. */
// Typed text is bounded by the request's size limit only: the service says at the field what is too long.
const vrij = z.string().optional();
const alleVelden = Object.values(BEHEER_VELDEN).flatMap((v) => Object.values(v) as string[]);

const beheerData = z.looseObject({
  casusId: tekst(200).min(1),
  versie: z.coerce.number().int().min(0).catch(0),
  plek: z.enum(['kanaal', 'persoonlijk']).catch('kanaal'),
  ...Object.fromEntries(alleVelden.map((id) => [id, vrij])),
}) as z.ZodType<{ casusId: string; versie: number; plek: 'kanaal' | 'persoonlijk' } & Record<string, string>>;

type Data = z.infer<typeof beheerData>;

const leeg = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** The chair's card as it stands now, or null when this person is not the chair (the core says so). */
async function kaartVoorVoorzitter(
  t: TeamsContext,
  identiteit: Identiteit,
  d: Data,
  extra: Omit<Parameters<typeof voorzitterskaart>[1], 'plek'> = {},
): Promise<AdaptiveKaart | null> {
  const { kaart, mogelijkheden } = await kaartVoor(t.d, identiteit, d.casusId, 'voorzitter');
  if (!mogelijkheden.isVoorzitter) return null;
  return voorzitterskaart(kaart, { plek: d.plek, ...extra });
}

/** `beheer.kaart`: the chair's card in place of the card the chair acted on (only for the chair). */
async function openKaart(
  t: TeamsContext,
  identiteit: Identiteit,
  data: unknown,
  taal: Taal,
): Promise<InvokeAntwoord> {
  const w = vertaler(taal);
  const d = beheerData.safeParse(data);
  if (!d.success) return foutAntwoord(400, w('beheer.voorzitter.kaart_ongeldig'));
  try {
    const { kaart, mogelijkheden } = await kaartVoor(t.d, identiteit, d.data.casusId, 'voorzitter');
    if (!mogelijkheden.isVoorzitter)
      return tekstAntwoord(
        w('beheer.voorzitter.alleen', { tafel: kaart.casus.tafelNaam, referentie: kaart.casus.referentie }),
      );
    return kaartAntwoord(voorzitterskaart(kaart, { plek: d.data.plek }));
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    return tekstAntwoord(foutTekst(fout, taal));
  }
}

/** The input of one control as the service takes it; the date and time are read as Amsterdam time. */
function invoerVan(actie: BeheerActie, d: Data) {
  switch (actie) {
    case 'verlengen': {
      const v = BEHEER_VELDEN.verlengen;
      const datum = leeg(d[v.datum]);
      const tijd = leeg(d[v.tijd])?.slice(0, 5);
      if (!datum || !tijd)
        throw new DomeinFout('ongeldige_invoer', zin('beheer.voorzitter.kies_datum_tijd'), [
          veldFout('nieuweDeadline', zin('beheer.voorzitter.kies_datum_tijd.veld')),
        ]);
      let nieuweDeadline: Date;
      try {
        nieuweDeadline = amsterdamTijdstip(datum, tijd);
      } catch {
        nieuweDeadline = new Date(Number.NaN);
      }
      return { nieuweDeadline, reden: d[v.reden] ?? '' };
    }
    case 'intrekken':
      return { reden: d[BEHEER_VELDEN.intrekken.reden] ?? '' };
    case 'heropenen':
      return { reden: d[BEHEER_VELDEN.heropenen.reden] ?? '' };
    case 'op_agenda':
      return {};
    case 'vergaderbesluit': {
      const v = BEHEER_VELDEN.vergaderbesluit;
      return {
        uitkomst: (d[v.uitkomst] ?? '') as 'toekennen',
        reden: d[v.reden] ?? '',
        hoe: leeg(d[v.hoe]),
        voorwaarden: leeg(d[v.voorwaarden]),
        verwijzing: leeg(d[v.verwijzing]),
        toegekendBedrag: leeg(d[v.toegekendBedrag]),
      };
    }
  }
}

type Invoer = ReturnType<typeof invoerVan>;

async function voerUit(
  t: TeamsContext,
  identiteit: Identiteit,
  actie: BeheerActie,
  casusId: string,
  invoer: Invoer,
  sleutel: { verzoek: string },
  taal: Taal,
): Promise<string> {
  const w = vertaler(taal);
  switch (actie) {
    case 'verlengen': {
      const r = await verlengTermijn(
        t.d,
        identiteit,
        casusId,
        invoer as { nieuweDeadline: Date; reden: string },
        sleutel,
      );
      return w('beheer.voorzitter.verlengd', {
        referentie: r.referentie,
        moment: formatteerMoment(new Date(r.deadline), taal),
      });
    }
    case 'intrekken': {
      const r = await trekIn(t.d, identiteit, casusId, invoer as { reden: string }, sleutel);
      return w('beheer.voorzitter.ingetrokken', { referentie: r.referentie });
    }
    case 'heropenen': {
      const r = await heropenRonde(t.d, identiteit, casusId, invoer as { reden: string }, sleutel);
      return w('beheer.voorzitter.heropend', {
        referentie: r.referentie,
        moment: formatteerMoment(new Date(r.deadline), taal),
      });
    }
    case 'op_agenda': {
      const r = await zetOpAgenda(t.d, identiteit, casusId, sleutel);
      return w('beheer.voorzitter.op_agenda', { referentie: r.referentie });
    }
    case 'vergaderbesluit': {
      const r = await legVergaderbesluitVast(
        t.d,
        identiteit,
        casusId,
        invoer as Parameters<typeof legVergaderbesluitVast>[3],
        sleutel,
      );
      return w('beheer.voorzitter.vergaderbesluit', { referentie: r.referentie });
    }
  }
}

/**
 * In the personal chat the message itself is replaced too, so no other device offers stale controls. In a
 * channel never: that message is the table's casus card, and the answer is for this person only.
 */
async function antwoordMet(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  plek: 'kanaal' | 'persoonlijk',
  k: AdaptiveKaart,
  taal: Taal,
): Promise<InvokeAntwoord> {
  if (plek === 'persoonlijk' && a.replyToId) {
    const r = await beurt.werkBij(
      a.replyToId,
      kaartBericht(k, vertaler(taal)('beheer.voorzitter.kaart_kort')),
    );
    if (!r.ok) t.log.warn({ fout: r.fout }, 'teams: kaart niet bijgewerkt');
  }
  return kaartAntwoord(k);
}

async function beheer(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  actie: BeheerActie,
  data: unknown,
  taal: Taal,
): Promise<InvokeAntwoord> {
  const p = beheerData.safeParse(data);
  if (!p.success) return foutAntwoord(400, vertaler(taal)('beheer.voorzitter.kaart_ongeldig'));
  const d = p.data;
  const waarden = Object.fromEntries(alleVelden.map((id) => [id, d[id]]));
  try {
    const invoer = invoerVan(actie, d);
    const tekst = await voerUit(
      t,
      identiteit,
      actie,
      d.casusId,
      invoer,
      verzoek('beheer', actie, d.casusId, identiteit.extern, `v${d.versie}`, digest(invoer)),
      taal,
    );
    t.log.info({ actie, casusId: d.casusId }, 'teams: voorzittersactie');
    const melding: Melding = { soort: 'goed', tekst };
    // The submitter who withdrew their own casus gets a confirmation, not the chair's card.
    const k =
      (await kaartVoorVoorzitter(t, identiteit, d, { melding })) ?? bevestigingskaart(tekst, [], undefined);
    return antwoordMet(t, a, beurt, d.plek, k, taal);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, `voorzitter ${actie}`);
    try {
      const k = await kaartVoorVoorzitter(t, identiteit, d, {
        melding: { soort: 'fout', tekst: foutTekst(fout, taal) },
        fout: { actie, velden: fout.velden },
        waarden,
      });
      return k ? kaartAntwoord(k) : tekstAntwoord(foutTekst(fout, taal));
    } catch (nogmaals) {
      if (!isDomeinFout(nogmaals)) throw nogmaals;
      return tekstAntwoord(foutTekst(fout, taal));
    }
  }
}

const actieSchema = z.enum(BEHEER_ACTIES);

/** Every `beheer.*` verb. */
export async function verwerkBeheer(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  identiteit: Identiteit,
  verb: string,
  data: unknown,
): Promise<InvokeAntwoord> {
  const taal = await taalVanActor(t, a);
  if (verb === VERB_BEHEERKAART) return openKaart(t, identiteit, data, taal);
  const actie = actieSchema.safeParse(verb.slice(VERB_BEHEER.length));
  if (!actie.success) return foutAntwoord(400, vertaler(taal)('beheer.voorzitter.actie_onbekend'));
  return beheer(t, a, beurt, identiteit, actie.data, data, taal);
}
