// The chair's controls in Slack: one short modal per action behind the menu of `beheer.ts` (extend the
// deadline, withdraw, reopen the round, put on the agenda, record the meeting's besluit). Pure builders:
// who may use them is decided by the services when the modal is submitted. Block ids are the services'
// field names, so their field errors land under the right input.
import { DateTime } from 'luxon';
import type { KaartStand } from '../../../src/domain/berichten.ts';
import { label, type Taal } from '../../../src/domain/woorden.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type Modal } from '../blockkit.ts';
import { type BeheerActie, VIEW, VOORZITTER_UITKOMSTEN, WAARDE } from '../ids.ts';
import { md, SLACK_OPMAAK } from '../tekst.ts';
import { context, platTekst, sectie } from './bouwstenen.ts';
import { statusTekst } from './kaart.ts';
import { casusRegel, invoer, modal, tekstveld, toegekendBedrag } from './modals.ts';

const ZONE = 'Europe/Amsterdam';

/** A control's title, the same as on the Teams chair's card. */
const titel = (actie: BeheerActie) => `kaart.beheer.titel.${actie}` as const;

const redenVeld = (t: Vertaler, kopje: string, max = 2000): Blok =>
  invoer({
    blockId: 'reden',
    label: kopje,
    hint: t('kaart.beheer.geen_persoonsgegevens'),
    element: tekstveld({ max, meerregelig: true }),
  });

function verlengenModal(k: KaartStand, taal: Taal, kanaal?: string): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  const open = k.ronde?.status === 'open';
  const huidig = open ? DateTime.fromISO(k.ronde!.deadline, { zone: ZONE }) : null;
  return modal({
    callbackId: VIEW.verlengen,
    titel: t(titel('verlengen')),
    verstuur: t('kaart.beheer.knop.verlengen'),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(
        open
          ? t('kaart.beheer.huidige_deadline', {
              deadline: formatteerMoment(new Date(k.ronde!.deadline), taal),
            })
          : t('kaart.beheer.geen_open_ronde', { status: md(statusTekst(k.casus, taal), 300) }),
      ),
      invoer({
        blockId: 'nieuweDeadline',
        label: t('kaart.beheer.nieuwe_deadline'),
        element: {
          type: 'datepicker',
          action_id: WAARDE,
          ...(huidig?.isValid ? { initial_date: huidig.toFormat('yyyy-MM-dd') } : {}),
        },
      }),
      invoer({
        blockId: 'tijd',
        label: t('kaart.beheer.tijd'),
        hint: t('kaart.beheer.tijd_hint'),
        element: {
          type: 'timepicker',
          action_id: WAARDE,
          initial_time: huidig?.isValid ? huidig.toFormat('HH:mm') : '17:00',
        },
      }),
      redenVeld(t, t('kaart.beheer.reden.verlengen')),
    ],
  });
}

function intrekkenModal(k: KaartStand, t: Vertaler, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.intrekken,
    titel: t(titel('intrekken')),
    verstuur: t('kaart.beheer.knop.intrekken'),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(t('kaart.beheer.uitleg.intrekken')),
      redenVeld(t, t('kaart.beheer.reden.intrekken')),
    ],
  });
}

function heropenenModal(k: KaartStand, t: Vertaler, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.heropenen,
    titel: t(titel('heropenen')),
    verstuur: t('kaart.beheer.knop.heropenen'),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(t('kaart.beheer.uitleg.heropenen')),
      redenVeld(t, t('kaart.beheer.reden.heropenen')),
    ],
  });
}

function opAgendaModal(k: KaartStand, t: Vertaler, kanaal?: string): Modal {
  return modal({
    callbackId: VIEW.opAgenda,
    titel: t(titel('op_agenda')),
    verstuur: t(titel('op_agenda')),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      sectie(
        t('kaart.beheer.uitleg.op_agenda', {
          referentie: md(k.casus.referentie, 100),
          actie: t(titel('vergaderbesluit')),
        }),
      ),
    ],
  });
}

function vergaderbesluitModal(k: KaartStand, taal: Taal, kanaal?: string): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  return modal({
    callbackId: VIEW.vergaderbesluit,
    titel: t(titel('vergaderbesluit')),
    verstuur: t('kaart.beheer.knop.vastleggen'),
    metadata: { casusId: k.casus.casusId, kanaal },
    blokken: [
      casusRegel(k),
      context(t('kaart.beheer.uitleg.vergaderbesluit')),
      invoer({
        blockId: 'uitkomst',
        label: t('kaart.beheer.vergaderbesluit.uitkomst'),
        element: {
          type: 'radio_buttons',
          action_id: WAARDE,
          options: VOORZITTER_UITKOMSTEN.map((u) => ({
            text: platTekst(label(u, taal), LIMIET.optieTekst),
            value: u,
          })),
        },
      }),
      redenVeld(t, t('kaart.beheer.vergaderbesluit.waarom'), 3000),
      // Optional in the form (the outcome is chosen in the same form); the core requires it for a partial grant.
      toegekendBedrag(t, k, taal, true),
      invoer({
        blockId: 'hoe',
        label: t('kaart.beheer.vergaderbesluit.hoe'),
        optioneel: true,
        hint: t('kaart.beheer.vergaderbesluit.hoe_hint'),
        element: tekstveld({ max: 2000, meerregelig: true }),
      }),
      invoer({
        blockId: 'voorwaarden',
        label: t('kaart.veld.voorwaarden'),
        optioneel: true,
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
      invoer({
        blockId: 'verwijzing',
        label: t('kaart.beheer.vergaderbesluit.verwijzing'),
        optioneel: true,
        hint: t('kaart.beheer.vergaderbesluit.verwijzing_hint'),
        element: tekstveld({ max: 1000, meerregelig: true }),
      }),
    ],
  });
}

/** The modal behind one of the chair's controls. */
export function beheerModal(actie: BeheerActie, k: KaartStand, kanaal?: string, taal: Taal = 'nl'): Modal {
  const t = vertaler(taal, SLACK_OPMAAK);
  switch (actie) {
    case 'verlengen':
      return verlengenModal(k, taal, kanaal);
    case 'intrekken':
      return intrekkenModal(k, t, kanaal);
    case 'heropenen':
      return heropenenModal(k, t, kanaal);
    case 'op_agenda':
      return opAgendaModal(k, t, kanaal);
    case 'vergaderbesluit':
      return vergaderbesluitModal(k, taal, kanaal);
  }
}
