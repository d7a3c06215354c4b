// The modals: short forms for a phone. Block ids are the services' field names, so a field error from
// the core lands under the right input (`response_action: errors`) without a translation table.
import type { KaartStand } from '../../../src/domain/berichten.ts';
import {
  BETROKKENHEDEN,
  type Keuze,
  LEEFGEBIEDEN,
  label,
  type Taal,
  TOESTEMMINGEN,
  URGENTIES,
} from '../../../src/domain/woorden.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type Modal } from '../blockkit.ts';
import { ACTIE, meta, VIEW, type VoorzitterUitkomst, WAARDE } from '../ids.ts';
import { kort, md } from '../tekst.ts';
import { BESTUURDER_LABEL, VOORZITTER_LABEL } from './berichten.ts';
import { context, optie, platTekst, sectie } from './bouwstenen.ts';

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

const keuzelijst = (opties: [string, string][], begin?: string, voorbeeld = 'Kies…'): Element => {
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
  callbackId?: string;
  titel: string;
  verstuur?: string;
  sluit?: string;
  metadata?: Record<string, unknown>;
  blokken: Blok[];
}): Modal => ({
  type: 'modal',
  ...(m.callbackId ? { callback_id: m.callbackId } : {}),
  title: platTekst(m.titel, LIMIET.modalTitel),
  ...(m.verstuur ? { submit: platTekst(m.verstuur, LIMIET.modalTitel) } : {}),
  close: platTekst(m.sluit ?? 'Annuleren', LIMIET.modalTitel),
  ...(m.metadata ? { private_metadata: meta(m.metadata) } : {}),
  blocks: m.blokken,
});

export interface IntakeGegevens {
  tafels: { id: string; naam: string }[];
  knelpunten: { code: string; naam: string }[];
  tafelId?: string;
  situatie?: string;
  kanaal?: string;
  crisis?: boolean;
  taal?: Taal;
}

const ANONIEM = 'Anoniem: geen namen, adressen, BSN, telefoonnummers, e-mail of geboortedata.';

/** The intake form. In crisis mode only what the bot records for the referral is asked. */
export function intakeModal(g: IntakeGegevens): Modal {
  const taal = g.taal ?? 'nl';
  const blokken: Blok[] = [
    invoer({
      blockId: 'tafel',
      label: 'Tafel',
      element: keuzelijst(
        g.tafels.map((t) => [t.id, t.naam]),
        g.tafelId ?? (g.tafels.length === 1 ? g.tafels[0]!.id : undefined),
        'Kies een tafel',
      ),
    }),
    invoer({
      blockId: 'urgentie',
      label: 'Urgentie',
      dispatch: true,
      element: {
        type: 'radio_buttons',
        action_id: ACTIE.intakeUrgentie,
        options: URGENTIES.map((u) => ({ text: platTekst(label(u, taal), LIMIET.optieTekst), value: u })),
        initial_option: {
          text: platTekst(label(g.crisis ? 'crisis' : 'normaal', taal), LIMIET.optieTekst),
          value: g.crisis ? 'crisis' : 'normaal',
        },
      },
    }),
  ];
  if (g.crisis) {
    blokken.push(
      sectie(
        '*Bel nu de crisisdienst.* Een crisis gaat niet via de tafel. De bot legt alleen vast dat u bent doorverwezen; geef een korte titel zonder persoonsgegevens.',
      ),
      invoer({ blockId: 'titel', label: 'Korte titel', element: tekstveld({ max: 120 }) }),
    );
    return modal({
      callbackId: VIEW.intake,
      titel: 'Crisis vastleggen',
      verstuur: 'Vastleggen',
      metadata: { kanaal: g.kanaal },
      blokken,
    });
  }
  blokken.push(
    invoer({
      blockId: 'titel',
      label: 'Korte titel',
      element: tekstveld({ max: 120, voorbeeld: 'Bijv. Kostendelersnorm bij inwonende zoon' }),
    }),
    invoer({
      blockId: 'situatie',
      label: 'Situatie',
      hint: ANONIEM,
      element: tekstveld({ max: 3000, meerregelig: true, begin: g.situatie }),
    }),
  );
  const catalogus = g.knelpunten.filter((k) => k.code.length > 0 && k.code.length <= LIMIET.optieWaarde);
  if (catalogus.length > 0) {
    blokken.push(
      invoer({
        blockId: 'knelpunt',
        label: 'Knelpunt (regel die knelt)',
        optioneel: true,
        element: keuzelijst(
          catalogus.map((k) => [k.code, k.naam]),
          undefined,
          'Kies uit de lijst',
        ),
      }),
    );
  }
  blokken.push(
    invoer({
      blockId: 'knelpuntVrij',
      label: catalogus.length > 0 ? 'Of beschrijf het knelpunt zelf' : 'Knelpunt (regel die knelt)',
      optioneel: catalogus.length > 0,
      element: tekstveld({ max: 300 }),
    }),
    invoer({
      blockId: 'leefgebieden',
      label: 'Leefgebieden',
      element: {
        type: 'multi_static_select',
        action_id: WAARDE,
        placeholder: platTekst('Kies één of meer', LIMIET.placeholder),
        options: LEEFGEBIEDEN.map((l) => optie(label(l, taal), l)),
      },
    }),
    invoer({
      blockId: 'gevraagdeOplossing',
      label: 'Gevraagde oplossing',
      element: tekstveld({ max: 2000, meerregelig: true }),
    }),
    invoer({
      blockId: 'kostenMaatwerk',
      label: 'Kosten maatwerk (euro)',
      element: tekstveld({ max: 20, voorbeeld: 'Bijv. 2.400' }),
    }),
    invoer({
      blockId: 'kostenNietsDoen',
      label: 'Geschatte kosten als er niets gebeurt (euro)',
      element: tekstveld({ max: 20, voorbeeld: 'Bijv. 18.000' }),
    }),
    invoer({
      blockId: 'kostenNietsDoenToelichting',
      label: 'Toelichting op die kosten',
      element: tekstveld({ max: 1000, meerregelig: true, voorbeeld: 'Bijv. uithuiszetting en opvang' }),
    }),
    invoer({
      blockId: 'betrokkenheid',
      label: 'Betrokkenheid van het huishouden',
      element: keuzelijst(BETROKKENHEDEN.map((b) => [b, label(b, taal)])),
    }),
    invoer({
      blockId: 'betrokkenheidToelichting',
      label: 'Toelichting betrokkenheid',
      optioneel: true,
      element: tekstveld({ max: 1000, meerregelig: true }),
    }),
    invoer({
      blockId: 'toestemming',
      label: 'Toestemming van de inwoner',
      element: keuzelijst(TOESTEMMINGEN.map((t) => [t, label(t, taal)])),
    }),
    invoer({
      blockId: 'toestemmingAfweging',
      label: 'Afweging zonder toestemming',
      optioneel: true,
      hint: 'Nodig als er geen toestemming is.',
      element: tekstveld({ max: 1000, meerregelig: true }),
    }),
    invoer({
      blockId: 'eigenReferentie',
      label: 'Uw eigen dossierreferentie',
      optioneel: true,
      hint: 'Alleen uw organisatie kan deze aan een persoon koppelen.',
      element: tekstveld({ max: 60 }),
    }),
  );
  return modal({
    callbackId: VIEW.intake,
    titel: 'Nieuwe casus',
    verstuur: 'Indienen',
    metadata: { kanaal: g.kanaal },
    blokken,
  });
}

/** Shown in place of the form once the casus is in. */
export function ingediendModal(
  r: { referentie: string; tafelNaam?: string; deadline: Date | null },
  taal: Taal,
): Modal {
  return modal({
    titel: 'Casus ingediend',
    sluit: 'Sluiten',
    blokken: [
      sectie(
        `Uw casus is ingediend als *${r.referentie}*${r.tafelNaam ? ` bij *${md(r.tafelNaam, 200)}*` : ''}.` +
          (r.deadline ? ` De leden beslissen uiterlijk ${formatteerMoment(r.deadline, taal)}.` : ''),
      ),
      context('U krijgt het besluit met de reden in een privébericht van de maatwerkbot.'),
    ],
  });
}

export function crisisModal(referentie: string): Modal {
  return modal({
    titel: 'Crisis',
    sluit: 'Sluiten',
    blokken: [
      sectie(
        `*Bel nu de crisisdienst.* Een crisis gaat niet via de tafel. Vastgelegd als *${referentie}*, zodat bekend is dat u bent doorverwezen.`,
      ),
    ],
  });
}

/** A message in a modal: for refusals where no channel is at hand (App Home). */
export function meldingModal(titel: string, tekst: string): Modal {
  return modal({ titel, sluit: 'Sluiten', blokken: [sectie(md(tekst, LIMIET.sectieTekst))] });
}

/** What a member sees after answering: what was stored, and until when it can be changed. */
export function reactieBevestiging(r: {
  referentie: string;
  keuze: Keuze;
  revisie: number;
  gesloten: string | null;
  deadline: string | null;
}): Modal {
  const wat = r.revisie > 1 ? 'gewijzigd in' : 'opgeslagen:';
  const daarna = r.gesloten
    ? 'De besluitronde is daarmee gesloten; de tafel krijgt de uitkomst.'
    : r.deadline
      ? `U kunt het wijzigen tot de ronde sluit (${formatteerMoment(new Date(r.deadline))}).`
      : 'U kunt het wijzigen tot de ronde sluit.';
  return meldingModal(
    'Antwoord opgeslagen',
    `Uw antwoord op *${r.referentie}* is ${wat} *${label(r.keuze)}*.\n${daarna}`,
  );
}

export const casusRegel = (k: Pick<KaartStand, 'casus'>) =>
  sectie(`*${k.casus.referentie}* · ${md(k.casus.titel, 300)}`);

export function reactieModal(k: KaartStand, keuze: Keuze, huidige: Keuze | null, kanaal?: string): Modal {
  const blokken: Blok[] = [casusRegel(k)];
  if (k.ronde) blokken.push(context(`Besluitronde open tot ${formatteerMoment(new Date(k.ronde.deadline))}`));
  if (huidige) blokken.push(context(`Uw huidige antwoord: ${label(huidige)}. Dit vervangt het.`));
  blokken.push(
    invoer({
      blockId: 'reden',
      label: 'Reden',
      hint: 'De tafel deelt het hoe en waarom. Geen persoonsgegevens.',
      element: tekstveld({ max: 2000, meerregelig: true }),
    }),
  );
  if (keuze === 'akkoord_met_voorwaarden') {
    blokken.push(
      invoer({
        blockId: 'voorwaarden',
        label: 'Voorwaarden',
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  }
  if (keuze === 'akkoord' || keuze === 'akkoord_met_voorwaarden') {
    blokken.push(
      invoer({
        blockId: 'toezegging_taak',
        label: 'Toezegging van uw organisatie',
        optioneel: true,
        hint: 'Wie doet wat; kies hieronder per wanneer.',
        element: tekstveld({ max: 500 }),
      }),
      invoer({
        blockId: 'toezegging_deadline',
        label: 'Toezegging uiterlijk',
        optioneel: true,
        element: { type: 'datepicker', action_id: WAARDE },
      }),
    );
  }
  return modal({
    callbackId: VIEW.reactie,
    titel: label(keuze),
    verstuur: 'Versturen',
    metadata: { casusId: k.casus.casusId, keuze, kanaal },
    blokken,
  });
}

export function voorzitterModal(k: KaartStand, uitkomst: VoorzitterUitkomst, kanaal?: string): Modal {
  const toekennen = uitkomst === 'toekennen' || uitkomst === 'deels_toekennen';
  const blokken: Blok[] = [
    casusRegel(k),
    invoer({
      blockId: 'reden',
      label: 'Reden van uw besluit',
      hint: 'Wordt met de tafel gedeeld. Geen persoonsgegevens.',
      element: tekstveld({ max: 3000, meerregelig: true }),
    }),
  ];
  if (toekennen) {
    blokken.push(
      invoer({
        blockId: 'hoe',
        label: 'Hoe (uitvoering)',
        optioneel: true,
        hint: 'Leeg: de gevraagde oplossing.',
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
      invoer({
        blockId: 'voorwaarden',
        label: 'Voorwaarden',
        optioneel: true,
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  } else {
    blokken.push(
      invoer({
        blockId: 'verwijzing',
        label: 'Verwezen naar',
        hint: 'Waar kan het huishouden terecht?',
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  }
  return modal({
    callbackId: VIEW.voorzitter,
    titel: VOORZITTER_LABEL[uitkomst]!,
    verstuur: 'Besluiten',
    metadata: { casusId: k.casus.casusId, uitkomst, kanaal },
    blokken,
  });
}

export function bestuurderModal(k: KaartStand, besluit: 'goedkeuren' | 'afwijzen', kanaal?: string): Modal {
  const blokken: Blok[] = [
    casusRegel(k),
    invoer({
      blockId: 'reden',
      label: 'Reden van uw besluit',
      hint: 'Wordt met de tafel gedeeld. Geen persoonsgegevens.',
      element: tekstveld({ max: 3000, meerregelig: true }),
    }),
  ];
  if (besluit === 'afwijzen') {
    blokken.push(
      invoer({
        blockId: 'verwijzing',
        label: 'Verwezen naar',
        hint: 'Waar kan het huishouden terecht?',
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    );
  }
  return modal({
    callbackId: VIEW.bestuurder,
    titel: BESTUURDER_LABEL[besluit],
    verstuur: 'Besluiten',
    metadata: { casusId: k.casus.casusId, besluit, kanaal },
    blokken,
  });
}

export function informatieVraagModal(k: KaartStand, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.informatieVraag,
    titel: 'Vraag om informatie',
    verstuur: 'Vragen',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context('De indiener en de voorzitter krijgen uw vraag; uw termijn staat stil tot het antwoord.'),
      invoer({ blockId: 'vraag', label: 'Uw vraag', element: tekstveld({ max: 2000, meerregelig: true }) }),
    ],
  });
}

export function informatieAntwoordModal(verzoekId: string, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.informatieAntwoord,
    titel: 'Informatie geven',
    verstuur: 'Versturen',
    metadata: { verzoekId, kanaal },
    blokken: [
      invoer({
        blockId: 'antwoord',
        label: 'Uw antwoord',
        hint: 'Geen persoonsgegevens.',
        element: tekstveld({ max: 3000, meerregelig: true }),
      }),
    ],
  });
}

export function toestemmingModal(casusId: string, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.toestemming,
    titel: 'Toestemming',
    verstuur: 'Vastleggen',
    metadata: { casusId, kanaal },
    blokken: [
      invoer({
        blockId: 'toestemming',
        label: 'Toestemming van de inwoner',
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: (['ja_vastgelegd', 'nee_afweging_vastgelegd'] as const).map((t) => ({
            text: platTekst(label(t), LIMIET.optieTekst),
            value: t,
          })),
        },
      }),
      invoer({
        blockId: 'afweging',
        label: 'Afweging zonder toestemming',
        optioneel: true,
        hint: 'Nodig als er geen toestemming is. Geen persoonsgegevens.',
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    ],
  });
}

export function evaluatieModal(besluitId: string, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.evaluatie,
    titel: 'Heeft het gewerkt?',
    verstuur: 'Versturen',
    metadata: { besluitId, kanaal },
    blokken: [
      invoer({
        blockId: 'gewerkt',
        label: 'Heeft het maatwerk gewerkt?',
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: [
            { text: platTekst('Ja', LIMIET.optieTekst), value: 'ja' },
            { text: platTekst('Nee', LIMIET.optieTekst), value: 'nee' },
          ],
        },
      }),
      invoer({
        blockId: 'toelichting',
        label: 'Korte toelichting',
        hint: 'Geen persoonsgegevens.',
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
    ],
  });
}

/** The chair answers the consistency question: why this case differs from earlier practice. */
export function afwijkingModal(besluitId: string, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.afwijking,
    titel: 'Waarin verschilt het?',
    verstuur: 'Versturen',
    metadata: { besluitId, kanaal },
    blokken: [
      sectie(
        'Dit besluit wijkt af van de meeste eerdere besluiten over hetzelfde knelpunt. Uw toelichting wordt bij het besluit bewaard en gedeeld met de tafel en het leerkanaal.',
      ),
      invoer({
        blockId: 'toelichting',
        label: 'Waarin verschilt deze casus?',
        hint: 'Geen persoonsgegevens.',
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
    ],
  });
}
