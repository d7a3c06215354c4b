// The chair's controls in Slack: one short modal per action behind the menu of `beheer.ts` (extend the
// deadline, withdraw, reopen the round, put on the agenda, record the meeting's besluit). Pure builders:
// who may use them is decided by the services when the modal is submitted. Block ids are the services'
// field names, so their field errors land under the right input.
import { DateTime } from 'luxon';
import type { KaartStand } from '../../../src/domain/berichten.ts';
import type { Taal } from '../../../src/domain/woorden.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type Modal } from '../blockkit.ts';
import { type BeheerActie, VIEW, VOORZITTER_UITKOMSTEN, WAARDE } from '../ids.ts';
import { md } from '../tekst.ts';
import { BEHEER_LABEL } from './beheer.ts';
import { VOORZITTER_LABEL } from './berichten.ts';
import { context, platTekst, sectie } from './bouwstenen.ts';
import { statusTekst } from './kaart.ts';
import { casusRegel, invoer, modal, tekstveld } from './modals.ts';

const ZONE = 'Europe/Amsterdam';
const GEEN_PERSOONSGEGEVENS = 'Wordt met de tafel gedeeld. Geen persoonsgegevens.';

const redenVeld = (label: string, max = 2000): Blok =>
  invoer({
    blockId: 'reden',
    label,
    hint: GEEN_PERSOONSGEGEVENS,
    element: tekstveld({ max, meerregelig: true }),
  });

function verlengenModal(k: KaartStand, taal: Taal, kanaal?: string): Modal {
  const open = k.ronde?.status === 'open';
  const huidig = open ? DateTime.fromISO(k.ronde!.deadline, { zone: ZONE }) : null;
  return modal({
    callbackId: VIEW.verlengen,
    titel: BEHEER_LABEL.verlengen,
    verstuur: 'Verlengen',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(
        open
          ? `Huidige deadline: ${formatteerMoment(new Date(k.ronde!.deadline), taal)}. Herinneringen worden opnieuw gepland.`
          : `Er is nu geen open besluitronde (${md(statusTekst(k.casus, taal), 300)}).`,
      ),
      invoer({
        blockId: 'nieuweDeadline',
        label: 'Nieuwe deadline (datum)',
        element: {
          type: 'datepicker',
          action_id: WAARDE,
          ...(huidig?.isValid ? { initial_date: huidig.toFormat('yyyy-MM-dd') } : {}),
        },
      }),
      invoer({
        blockId: 'tijd',
        label: 'Tijd',
        hint: 'Nederlandse tijd.',
        element: {
          type: 'timepicker',
          action_id: WAARDE,
          initial_time: huidig?.isValid ? huidig.toFormat('HH:mm') : '17:00',
        },
      }),
      redenVeld('Reden van de verlenging'),
    ],
  });
}

function intrekkenModal(k: KaartStand, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.intrekken,
    titel: BEHEER_LABEL.intrekken,
    verstuur: 'Intrekken',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context('De besluitronde sluit; de tafel en de indiener krijgen bericht met de reden.'),
      redenVeld('Reden van het intrekken'),
    ],
  });
}

function heropenenModal(k: KaartStand, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.heropenen,
    titel: BEHEER_LABEL.heropenen,
    verstuur: 'Heropenen',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context('Er begint een nieuwe besluitronde met een nieuwe termijn; een open escalatie vervalt.'),
      redenVeld('Reden van het heropenen'),
    ],
  });
}

function opAgendaModal(k: KaartStand, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.opAgenda,
    titel: 'Op de agenda',
    verstuur: 'Op de agenda',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      sectie(
        `Zet *${k.casus.referentie}* op de agenda van de volgende vergadering? Het besluit van de vergadering legt u daarna vast met _${BEHEER_LABEL.vergaderbesluit}_.`,
      ),
    ],
  });
}

function vergaderbesluitModal(k: KaartStand, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.vergaderbesluit,
    titel: 'Besluit vergadering',
    verstuur: 'Vastleggen',
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context('Voor een casus op de agenda: het besluit wordt met het hoe en waarom gedeeld.'),
      invoer({
        blockId: 'uitkomst',
        label: 'Besluit van de vergadering',
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: VOORZITTER_UITKOMSTEN.map((u) => ({
            text: platTekst(VOORZITTER_LABEL[u]!, LIMIET.optieTekst),
            value: u,
          })),
        },
      }),
      redenVeld('Waarom (de afweging van de vergadering)', 3000),
      invoer({
        blockId: 'hoe',
        label: 'Hoe (uitvoering)',
        optioneel: true,
        hint: 'Leeg bij toekennen: de gevraagde oplossing.',
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
      invoer({
        blockId: 'voorwaarden',
        label: 'Voorwaarden',
        optioneel: true,
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
      invoer({
        blockId: 'verwijzing',
        label: 'Verwezen naar',
        optioneel: true,
        hint: 'Nodig bij afwijzen of doorverwijzen: waar kan het huishouden terecht?',
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    ],
  });
}

/** The modal behind one of the chair's controls. */
export function beheerModal(actie: BeheerActie, k: KaartStand, kanaal?: string, taal: Taal = 'nl'): Modal {
  switch (actie) {
    case 'verlengen':
      return verlengenModal(k, taal, kanaal);
    case 'intrekken':
      return intrekkenModal(k, kanaal);
    case 'heropenen':
      return heropenenModal(k, kanaal);
    case 'op_agenda':
      return opAgendaModal(k, kanaal);
    case 'vergaderbesluit':
      return vergaderbesluitModal(k, kanaal);
  }
}
