// The modals: short forms for a phone. Block ids are the services' field names, so a field error from
// the core lands under the right input (`response_action: errors`) without a translation table.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { KaartStand } from '../../../src/domain/berichten.ts';
import { CONCEPT_BEWAARDAGEN } from '../../../src/domain/concept.ts';
import { crisisNummers } from '../../../src/domain/crisis.ts';
import {
  BETROKKENHEDEN,
  type Keuze,
  LEEFGEBIEDEN,
  label,
  type Taal,
  TOESTEMMINGEN,
  URGENTIES,
} from '../../../src/domain/woorden.ts';
import { tekst, type Vertaler, vertaler, weergave } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type Modal } from '../blockkit.ts';
import { ACTIE, meta, VIEW, type VoorzitterUitkomst, WAARDE } from '../ids.ts';
import { kort, md, SLACK_OPMAAK } from '../tekst.ts';
import { context, knoppen, optie, platTekst, sectie } from './bouwstenen.ts';

type Element = Extract<Blok, { type: 'input' }>['element'];

interface InvoerOpties {
  blockId: string;
  label: string;
  element: Element;
  optioneel?: boolean;
  hint?: string;
  dispatch?: boolean;
}

export function invoer(o: InvoerOpties): Blok {
  return {
    type: 'input',
    block_id: o.blockId,
    label: platTekst(o.label, LIMIET.label),
    element: o.element,
    ...(o.optioneel ? { optional: true } : {}),
    ...(o.hint ? { hint: platTekst(o.hint, LIMIET.hint) } : {}),
    ...(o.dispatch ? { dispatch_action: true } : {}),
  };
}

export const tekstveld = (
  o: { max: number; meerregelig?: boolean; voorbeeld?: string; begin?: string | undefined } = { max: 3000 },
): Element => ({
  type: 'plain_text_input',
  action_id: WAARDE,
  max_length: o.max,
  ...(o.meerregelig ? { multiline: true } : {}),
  ...(o.voorbeeld ? { placeholder: platTekst(o.voorbeeld, LIMIET.placeholder) } : {}),
  ...(o.begin ? { initial_value: kort(o.begin, o.max) } : {}),
});

const keuzelijst = (opties: [string, string][], begin: string | undefined, voorbeeld: string): Element => {
  // A value Slack cannot carry cannot be chosen; the free-text field next to it still can.
  const lijst = opties
    .filter(([waarde]) => waarde.length > 0 && waarde.length <= LIMIET.optieWaarde)
    .slice(0, LIMIET.opties)
    .map(([waarde, tekst]) => optie(tekst, waarde));
  const gekozen = lijst.find((o) => o.value === begin);
  return {
    type: 'static_select',
    action_id: WAARDE,
    placeholder: platTekst(voorbeeld, LIMIET.placeholder),
    options: lijst,
    ...(gekozen ? { initial_option: gekozen } : {}),
  };
};

export const modal = (m: {
  /** The language of the default close button; the caller renders every other text. */
  taal?: Taal;
  callbackId?: string;
  titel: string;
  verstuur?: string;
  sluit?: string;
  metadata?: Record<string, unknown>;
  /** Slack sends `view_closed` when the person closes it (the intake keeps a draft then). */
  meldSluiten?: boolean;
  blokken: Blok[];
}): Modal => ({
  type: 'modal',
  ...(m.callbackId ? { callback_id: m.callbackId } : {}),
  title: platTekst(m.titel, LIMIET.modalTitel),
  ...(m.verstuur ? { submit: platTekst(m.verstuur, LIMIET.modalTitel) } : {}),
  close: platTekst(m.sluit ?? tekst(m.taal ?? 'nl', 'formulier.annuleren'), LIMIET.modalTitel),
  ...(m.metadata ? { private_metadata: meta(m.metadata) } : {}),
  ...(m.meldSluiten ? { notify_on_close: true } : {}),
  blocks: m.blokken,
});

export interface IntakeGegevens {
  tafels: { id: string; naam: string }[];
  knelpunten: { code: string; naam: string }[];
  tafelId?: string | undefined;
  situatie?: string | undefined;
  kanaal?: string | undefined;
  crisis?: boolean;
  /** Every field of the intake ("meer velden"); without it only what opening a round needs. */
  volledig?: boolean;
  /** What was typed already (a draft, or the quick form before "meer velden"), by field name. */
  waarden?: Record<string, string | string[] | undefined>;
  /** When the values are the person's draft: when it was last saved (one context line says so). */
  concept?: Date | undefined;
  taal?: Taal | undefined;
}

/**
 * The intake form. By default the quick path for a phone: the table (only with more than one), a title,
 * the situation, the knelpunt and the urgency; "meer velden" opens every field. What is left open is
 * asked for after the casus is raised. In crisis mode only what the bot records for the referral is asked.
 */
export function intakeModal(g: IntakeGegevens): Modal {
  const taal = g.taal ?? 'nl';
  const t = vertaler(taal, SLACK_OPMAAK);
  const w = g.waarden ?? {};
  const enkel = (veld: string) => (typeof w[veld] === 'string' ? (w[veld] as string) : undefined);
  // One table: nothing to choose; it travels in the metadata.
  const eneTafel = g.tafels.length === 1 ? g.tafels[0]!.id : undefined;
  const metadata = {
    kanaal: g.kanaal,
    ...(eneTafel ? { tafel: eneTafel } : {}),
    ...(g.volledig ? { volledig: true } : {}),
    ...(g.concept ? { concept: g.concept.toISOString() } : {}),
  };
  // The urgency typed before (a draft, "meer velden") stays chosen; crisis only with the crisis form,
  // whose shape the urgency decides.
  const urgentie = g.crisis ? 'crisis' : enkel('urgentie') === 'spoed' ? 'spoed' : 'normaal';
  const blokken: Blok[] = [];
  if (g.concept)
    blokken.push(
      context(
        t('formulier.intake.concept', {
          moment: formatteerMoment(g.concept, taal),
          dagen: CONCEPT_BEWAARDAGEN,
        }),
      ),
    );
  if (!eneTafel)
    blokken.push(
      invoer({
        blockId: 'tafel',
        label: t('formulier.intake.tafel'),
        element: keuzelijst(
          g.tafels.map((t) => [t.id, t.naam]),
          enkel('tafel') ?? g.tafelId,
          t('formulier.intake.tafel.kies'),
        ),
      }),
    );
  blokken.push(
    invoer({
      blockId: 'urgentie',
      label: t('formulier.intake.urgentie'),
      dispatch: true,
      element: {
        type: 'radio_buttons',
        action_id: ACTIE.intakeUrgentie,
        options: URGENTIES.map((u) => ({ text: platTekst(label(u, taal), LIMIET.optieTekst), value: u })),
        initial_option: {
          text: platTekst(label(urgentie, taal), LIMIET.optieTekst),
          value: urgentie,
        },
      },
    }),
  );
  if (g.crisis) {
    blokken.push(
      sectie(t('formulier.intake.crisis.uitleg')),
      sectie(weergave(taal, crisisNummers())),
      invoer({
        blockId: 'titel',
        label: t('formulier.intake.korte_titel'),
        element: tekstveld({ max: 120, begin: enkel('titel') }),
      }),
    );
    return modal({
      taal,
      callbackId: VIEW.intake,
      meldSluiten: true,
      titel: t('formulier.intake.crisis.titel'),
      verstuur: t('formulier.vastleggen'),
      metadata,
      blokken,
    });
  }
  blokken.push(
    invoer({
      blockId: 'titel',
      label: t('formulier.intake.korte_titel'),
      element: tekstveld({
        max: 120,
        voorbeeld: t('formulier.intake.korte_titel.voorbeeld'),
        begin: enkel('titel'),
      }),
    }),
    invoer({
      blockId: 'situatie',
      label: t('formulier.intake.situatie'),
      hint: t('formulier.intake.anoniem'),
      element: tekstveld({ max: 3000, meerregelig: true, begin: enkel('situatie') ?? g.situatie }),
    }),
  );
  const catalogus = g.knelpunten.filter((k) => k.code.length > 0 && k.code.length <= LIMIET.optieWaarde);
  if (catalogus.length > 0) {
    blokken.push(
      invoer({
        blockId: 'knelpunt',
        label: t('formulier.intake.knelpunt'),
        optioneel: true,
        element: keuzelijst(
          catalogus.map((k) => [k.code, k.naam]),
          enkel('knelpunt'),
          t('formulier.intake.knelpunt.kies'),
        ),
      }),
    );
  }
  blokken.push(
    invoer({
      blockId: 'knelpuntVrij',
      label: t(catalogus.length > 0 ? 'formulier.intake.knelpunt_vrij' : 'formulier.intake.knelpunt'),
      optioneel: catalogus.length > 0,
      element: tekstveld({ max: 300, begin: enkel('knelpuntVrij') }),
    }),
  );
  if (!g.volledig) {
    blokken.push(
      context(t('formulier.intake.later_aanvullen')),
      knoppen('meer', [
        { actionId: ACTIE.intakeMeer, tekst: t('formulier.intake.meer_velden'), waarde: 'meer' },
      ]),
    );
    return modal({
      taal,
      callbackId: VIEW.intake,
      meldSluiten: true,
      titel: t('formulier.intake.titel'),
      verstuur: t('formulier.intake.indienen'),
      metadata,
      blokken,
    });
  }
  const gekozenLeefgebieden = (Array.isArray(w.leefgebieden) ? w.leefgebieden : [])
    .filter((l): l is (typeof LEEFGEBIEDEN)[number] => (LEEFGEBIEDEN as readonly string[]).includes(l))
    .map((l) => optie(label(l, taal), l));
  blokken.push(...aanvulBlokken(t, taal, w, true));
  blokken.splice(
    blokken.findIndex((b) => 'block_id' in b && b.block_id === 'kostenMaatwerk'),
    0,
    invoer({
      blockId: 'leefgebieden',
      label: t('formulier.intake.leefgebieden'),
      optioneel: true,
      element: {
        type: 'multi_static_select',
        action_id: WAARDE,
        placeholder: platTekst(t('formulier.intake.leefgebieden.kies'), LIMIET.placeholder),
        options: LEEFGEBIEDEN.map((l) => optie(label(l, taal), l)),
        ...(gekozenLeefgebieden.length > 0 ? { initial_options: gekozenLeefgebieden } : {}),
      },
    }),
    invoer({
      blockId: 'gevraagdeOplossing',
      label: t('formulier.intake.oplossing'),
      optioneel: true,
      element: tekstveld({ max: 2000, meerregelig: true, begin: enkel('gevraagdeOplossing') }),
    }),
  );
  blokken.push(
    invoer({
      blockId: 'eigenReferentie',
      label: t('formulier.intake.eigen_referentie'),
      optioneel: true,
      hint: t('formulier.intake.eigen_referentie.hint'),
      element: tekstveld({ max: 60, begin: enkel('eigenReferentie') }),
    }),
  );
  return modal({
    taal,
    callbackId: VIEW.intake,
    meldSluiten: true,
    titel: t('formulier.intake.titel'),
    verstuur: t('formulier.intake.indienen'),
    metadata,
    blokken,
  });
}

/**
 * The inputs for what may follow the intake: costs, the household's engagement and consent. The full
 * intake shows them (all optional); the follow-up form after raising shows those still open.
 */
export function aanvulBlokken(
  t: Vertaler,
  taal: Taal,
  w: Record<string, string | string[] | undefined>,
  optioneel: boolean,
  welke: readonly ('kosten' | 'betrokkenheid' | 'toestemming')[] = ['kosten', 'betrokkenheid', 'toestemming'],
): Blok[] {
  const enkel = (veld: string) => (typeof w[veld] === 'string' ? (w[veld] as string) : undefined);
  const blokken: Blok[] = [];
  if (welke.includes('kosten'))
    blokken.push(
      invoer({
        blockId: 'kostenMaatwerk',
        label: t('formulier.intake.kosten_maatwerk'),
        optioneel,
        element: tekstveld({
          max: 20,
          voorbeeld: t('formulier.intake.kosten_maatwerk.voorbeeld'),
          begin: enkel('kostenMaatwerk'),
        }),
      }),
      invoer({
        blockId: 'kostenNietsDoen',
        label: t('formulier.intake.kosten_niets_doen'),
        optioneel,
        element: tekstveld({
          max: 20,
          voorbeeld: t('formulier.intake.kosten_niets_doen.voorbeeld'),
          begin: enkel('kostenNietsDoen'),
        }),
      }),
      invoer({
        blockId: 'kostenNietsDoenToelichting',
        label: t('formulier.intake.kosten_toelichting'),
        optioneel: true,
        element: tekstveld({
          max: 1000,
          meerregelig: true,
          voorbeeld: t('formulier.intake.kosten_toelichting.voorbeeld'),
          begin: enkel('kostenNietsDoenToelichting'),
        }),
      }),
    );
  if (welke.includes('betrokkenheid'))
    blokken.push(
      invoer({
        blockId: 'betrokkenheid',
        label: t('formulier.intake.betrokkenheid'),
        optioneel,
        element: keuzelijst(
          BETROKKENHEDEN.map((b) => [b, label(b, taal)]),
          enkel('betrokkenheid'),
          t('formulier.kies'),
        ),
      }),
      invoer({
        blockId: 'betrokkenheidToelichting',
        label: t('formulier.intake.betrokkenheid_toelichting'),
        optioneel: true,
        element: tekstveld({ max: 1000, meerregelig: true, begin: enkel('betrokkenheidToelichting') }),
      }),
    );
  if (welke.includes('toestemming'))
    blokken.push(
      invoer({
        blockId: 'toestemming',
        label: t('formulier.intake.toestemming'),
        optioneel,
        element: keuzelijst(
          TOESTEMMINGEN.map((v) => [v, label(v, taal)]),
          enkel('toestemming'),
          t('formulier.kies'),
        ),
      }),
      invoer({
        blockId: 'toestemmingAfweging',
        label: t('formulier.intake.afweging'),
        optioneel: true,
        hint: t('formulier.intake.afweging.hint'),
        element: tekstveld({ max: 1000, meerregelig: true, begin: enkel('toestemmingAfweging') }),
      }),
    );
  return blokken;
}

/** Shown in place of the form once the casus is in. */
export function ingediendModal(
  r: { referentie: string; tafelNaam?: string; deadline: Date | null },
  taal: Taal,
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const als = r.tafelNaam
    ? t('formulier.ingediend.als_bij', { referentie: r.referentie, tafel: md(r.tafelNaam, 200) })
    : t('formulier.ingediend.als', { referentie: r.referentie });
  return modal({
    titel: t('formulier.ingediend.titel'),
    sluit: t('formulier.sluiten'),
    blokken: [
      sectie(
        als +
          (r.deadline
            ? ` ${t('formulier.ingediend.deadline', { moment: formatteerMoment(r.deadline, taal) })}`
            : ''),
      ),
      context(t('formulier.ingediend.besluit_privebericht')),
    ],
  });
}

export function crisisModal(referentie: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    titel: label('crisis', taal),
    sluit: t('formulier.sluiten'),
    blokken: [
      sectie(t('formulier.crisis.vastgelegd', { referentie })),
      sectie(weergave(taal, crisisNummers())),
    ],
  });
}

/** A message in a modal: for refusals where no channel is at hand (App Home). */
export function meldingModal(titel: string, bericht: string, taal: Taal = 'nl'): Modal {
  return modal({
    titel,
    sluit: tekst(taal, 'formulier.sluiten'),
    blokken: [sectie(md(bericht, LIMIET.sectieTekst))],
  });
}

/** What a member sees after answering: what was stored, and until when it can be changed. */
export function antwoordBevestiging(
  r: {
    referentie: string;
    keuze: Keuze;
    revisie: number;
    gesloten: string | null;
    deadline: string | null;
  },
  taal: Taal = 'nl',
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const daarna = r.gesloten
    ? t('formulier.antwoord.ronde_gesloten')
    : r.deadline
      ? t('formulier.antwoord.wijzigen_tot', { moment: formatteerMoment(new Date(r.deadline), taal) })
      : t('formulier.antwoord.wijzigen');
  const opgeslagen = t('formulier.antwoord.opgeslagen', {
    referentie: r.referentie,
    gewijzigd: r.revisie > 1 ? 'ja' : 'nee',
    keuze: label(r.keuze, taal),
  });
  return meldingModal(t('formulier.antwoord.opgeslagen.titel'), `${opgeslagen}\n${daarna}`, taal);
}

export const casusRegel = (k: Pick<KaartStand, 'casus'>) =>
  sectie(`*${k.casus.referentie}* · ${md(k.casus.titel, 300)}`);

export function antwoordModal(
  k: KaartStand,
  keuze: Keuze,
  huidige: Keuze | null,
  kanaal?: string,
  taal: Taal = 'nl',
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const blokken: Blok[] = [casusRegel(k)];
  if (k.ronde)
    blokken.push(
      context(
        t('formulier.antwoord.ronde_open_tot', {
          moment: formatteerMoment(new Date(k.ronde.deadline), taal),
        }),
      ),
    );
  if (huidige) blokken.push(context(t('formulier.antwoord.huidig', { keuze: label(huidige, taal) })));
  blokken.push(
    invoer({
      blockId: 'reden',
      label: t('formulier.antwoord.reden'),
      hint: t('formulier.antwoord.reden.hint'),
      element: tekstveld({ max: 2000, meerregelig: true }),
    }),
  );
  if (keuze === 'akkoord_met_voorwaarden') {
    blokken.push(
      invoer({
        blockId: 'voorwaarden',
        label: t('formulier.antwoord.voorwaarden'),
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  }
  if (keuze === 'akkoord' || keuze === 'akkoord_met_voorwaarden') {
    blokken.push(
      invoer({
        blockId: 'toezegging_taak',
        label: t('formulier.antwoord.toezegging'),
        optioneel: true,
        hint: t('formulier.antwoord.toezegging.hint'),
        element: tekstveld({ max: 500 }),
      }),
      invoer({
        blockId: 'toezegging_deadline',
        label: t('formulier.antwoord.toezegging_deadline'),
        optioneel: true,
        element: { type: 'datepicker', action_id: WAARDE },
      }),
    );
  }
  return modal({
    taal,
    callbackId: VIEW.antwoord,
    titel: label(keuze, taal),
    verstuur: t('formulier.versturen'),
    metadata: { casusId: k.casus.casusId, keuze, kanaal },
    blokken,
  });
}

/** The reason asked of whoever decides over the table: the chair or a bestuurder. */
const besluitReden = (t: Vertaler) =>
  invoer({
    blockId: 'reden',
    label: t('formulier.besluit.reden'),
    hint: t('formulier.besluit.reden.hint'),
    element: tekstveld({ max: 3000, meerregelig: true }),
  });

const verwezenNaar = (t: Vertaler) =>
  invoer({
    blockId: 'verwijzing',
    label: t('formulier.besluit.verwijzing'),
    hint: t('formulier.besluit.verwijzing.hint'),
    element: tekstveld({ max: 1000, meerregelig: true }),
  });

/** Partly granting asks how much: the report counts this amount as the cost of the maatwerk. */
export const toegekendBedrag = (t: Vertaler, k: KaartStand, taal: Taal, optioneel = false) =>
  invoer({
    blockId: 'toegekendBedrag',
    label: t('formulier.besluit.toegekend_bedrag'),
    hint: t('formulier.besluit.toegekend_bedrag.hint', {
      gevraagd: formatteerBedrag(k.casus.kostenMaatwerkCent, taal),
    }),
    optioneel,
    element: tekstveld({ max: 20 }),
  });

export function voorzitterModal(
  k: KaartStand,
  uitkomst: VoorzitterUitkomst,
  kanaal?: string,
  taal: Taal = 'nl',
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const toekennen = uitkomst === 'toekennen' || uitkomst === 'deels_toekennen';
  const blokken: Blok[] = [casusRegel(k), besluitReden(t)];
  if (uitkomst === 'deels_toekennen') blokken.push(toegekendBedrag(t, k, taal));
  if (toekennen) {
    blokken.push(
      invoer({
        blockId: 'hoe',
        label: t('formulier.besluit.hoe'),
        optioneel: true,
        hint: t('formulier.besluit.hoe.hint'),
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
      invoer({
        blockId: 'voorwaarden',
        label: t('formulier.antwoord.voorwaarden'),
        optioneel: true,
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  } else {
    blokken.push(verwezenNaar(t));
  }
  return modal({
    taal,
    callbackId: VIEW.voorzitter,
    titel: label(uitkomst, taal),
    verstuur: t('formulier.besluiten'),
    metadata: { casusId: k.casus.casusId, uitkomst, kanaal },
    blokken,
  });
}

export function bestuurderModal(
  k: KaartStand,
  besluit: 'goedkeuren' | 'afwijzen',
  kanaal?: string,
  taal: Taal = 'nl',
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const blokken: Blok[] = [casusRegel(k), besluitReden(t)];
  if (besluit === 'afwijzen') blokken.push(verwezenNaar(t));
  return modal({
    taal,
    callbackId: VIEW.bestuurder,
    titel: t('formulier.besluit.bestuurder', { besluit }),
    verstuur: t('formulier.besluiten'),
    metadata: { casusId: k.casus.casusId, besluit, kanaal },
    blokken,
  });
}

export function informatieVraagModal(k: KaartStand, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.informatieVraag,
    titel: t('formulier.informatie.vraag.titel'),
    verstuur: t('formulier.vragen'),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(t('formulier.informatie.vraag.uitleg')),
      invoer({
        blockId: 'vraag',
        label: t('formulier.informatie.vraag'),
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
    ],
  });
}

export function informatieAntwoordModal(verzoekId: string, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.informatieAntwoord,
    titel: t('formulier.informatie.antwoord.titel'),
    verstuur: t('formulier.versturen'),
    metadata: { verzoekId, kanaal },
    blokken: [
      invoer({
        blockId: 'antwoord',
        label: t('formulier.informatie.antwoord'),
        hint: t('formulier.geen_persoonsgegevens'),
        element: tekstveld({ max: 3000, meerregelig: true }),
      }),
    ],
  });
}

/** The small follow-up form for what the quick intake left open. */
export function aanvulModal(
  casusId: string,
  ontbreekt: readonly ('kosten' | 'betrokkenheid' | 'toestemming')[],
  kanaal?: string,
  taal: Taal = 'nl',
): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.aanvullen,
    titel: t('formulier.aanvullen.titel'),
    verstuur: t('formulier.vastleggen'),
    metadata: { casusId, kanaal },
    blokken: aanvulBlokken(t, taal, {}, true, ontbreekt.length > 0 ? ontbreekt : undefined),
  });
}

export function toestemmingModal(casusId: string, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.toestemming,
    titel: t('formulier.toestemming.titel'),
    verstuur: t('formulier.vastleggen'),
    metadata: { casusId, kanaal },
    blokken: [
      invoer({
        blockId: 'toestemming',
        label: t('formulier.intake.toestemming'),
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: (['ja_vastgelegd', 'nee_afweging_vastgelegd'] as const).map((w) => ({
            text: platTekst(label(w, taal), LIMIET.optieTekst),
            value: w,
          })),
        },
      }),
      invoer({
        blockId: 'afweging',
        label: t('formulier.intake.afweging'),
        optioneel: true,
        hint: t('formulier.toestemming.afweging.hint'),
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    ],
  });
}

export function evaluatieModal(besluitId: string, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.evaluatie,
    titel: t('formulier.evaluatie.titel'),
    verstuur: t('formulier.versturen'),
    metadata: { besluitId, kanaal },
    blokken: [
      invoer({
        blockId: 'gewerkt',
        label: t('formulier.evaluatie.vraag'),
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: [
            { text: platTekst(t('formulier.ja'), LIMIET.optieTekst), value: 'ja' },
            { text: platTekst(t('formulier.nee'), LIMIET.optieTekst), value: 'nee' },
          ],
        },
      }),
      invoer({
        blockId: 'toelichting',
        label: t('formulier.evaluatie.toelichting'),
        hint: t('formulier.geen_persoonsgegevens'),
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
    ],
  });
}

/** A commitment marked done: a few words about what was done (the services decide who may). */
export function toezeggingModal(toezeggingId: string, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.toezegging,
    titel: t('formulier.toezegging.titel'),
    verstuur: t('formulier.versturen'),
    metadata: { toezeggingId, kanaal },
    blokken: [
      sectie(t('formulier.toezegging.uitleg')),
      invoer({
        blockId: 'tekst',
        label: t('berichten.toezegging.wat_gedaan'),
        hint: t('formulier.geen_persoonsgegevens'),
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    ],
  });
}

/** The chair answers the consistency question: why this case differs from earlier practice. */
export function afwijkingModal(besluitId: string, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    taal,
    callbackId: VIEW.afwijking,
    titel: t('formulier.afwijking.titel'),
    verstuur: t('formulier.versturen'),
    metadata: { besluitId, kanaal },
    blokken: [
      sectie(t('formulier.afwijking.uitleg')),
      invoer({
        blockId: 'toelichting',
        label: t('formulier.afwijking.vraag'),
        hint: t('formulier.geen_persoonsgegevens'),
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
    ],
  });
}
