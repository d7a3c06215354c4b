// The chair's card: the controls the chair has on a casus (extend the deadline, withdraw, reopen the
// round, put on the meeting's agenda, record the meeting's besluit), each an Action.ShowCard with its own
// fields and one Action.Execute. Shown in the chair's personal chat (`voorzitter <referentie>`) or, for the
// chair only, in place of the casus card. Drawing it grants nothing: the services decide on submit.
import { DateTime } from 'luxon';
import type { KaartStand } from '../../../src/domain/berichten.ts';
import { BEHEERACTIES, type Beheeractie } from '../../../src/domain/bevoegdheid.ts';
import { isDefinitief } from '../../../src/domain/casusstatus.ts';
import type { VeldFout } from '../../../src/domain/fouten.ts';
import { BESLISSINGEN, label } from '../../../src/domain/woorden.ts';
import {
  type AdaptiveKaart,
  type Element,
  kaart,
  keuzeveld,
  klein,
  knoppen,
  letterlijk,
  passend,
  tekst,
  tekstveld,
  uitvoeren,
  waarschuwing,
} from './bouwstenen.ts';
import { type Melding, type Plek, VERB_BEHEER, VERB_VERNIEUW } from './casuskaart.ts';
import { moment } from './woorden.ts';

export const BEHEER_ACTIES = BEHEERACTIES;
export type BeheerActie = Beheeractie;

export const BEHEER_TITEL: Record<BeheerActie, string> = {
  verlengen: 'Termijn verlengen',
  intrekken: 'Intrekken',
  heropenen: 'Ronde heropenen',
  op_agenda: 'Op de agenda',
  vergaderbesluit: 'Besluit vergadering',
};

const UITKOMSTEN = BESLISSINGEN.map((u) => ({ title: label(u), value: u }));

/** Input ids per control: unique within the card, because Teams collects the inputs of the whole card. */
export const BEHEER_VELDEN = {
  verlengen: { datum: 'verlengDatum', tijd: 'verlengTijd', reden: 'verlengReden' },
  intrekken: { reden: 'intrekReden' },
  heropenen: { reden: 'heropenReden' },
  vergaderbesluit: {
    uitkomst: 'besluitUitkomst',
    reden: 'besluitReden',
    hoe: 'besluitHoe',
    voorwaarden: 'besluitVoorwaarden',
    verwijzing: 'besluitVerwijzing',
  },
} as const;

export interface VoorzitterskaartOpties {
  plek: Plek;
  melding?: Melding;
  /** A refused submit: the control it came from and the core's field errors. */
  fout?: { actie: BeheerActie; velden: VeldFout[] };
  /** What was typed, by input id, so a refused submit need not be typed again. */
  waarden?: Record<string, string | undefined>;
}

const ZONE = 'Europe/Amsterdam';
const GEEN_PII = 'Wordt met de tafel gedeeld. Geen persoonsgegevens.';

function foutenBij(o: VoorzitterskaartOpties, actie: BeheerActie, veld: string): Element[] {
  if (o.fout?.actie !== actie) return [];
  return o.fout.velden
    .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`))
    .map((f) => tekst(f.bericht, { color: 'attention', size: 'small', spacing: 'none' }));
}

function redenveld(id: string, titel: string, o: VoorzitterskaartOpties, max: number): Element {
  return tekstveld(id, titel, {
    waarde: o.waarden?.[id]?.slice(0, max),
    verplicht: true,
    meerdereRegels: true,
    max: 2000,
    hint: GEEN_PII,
    fout: 'Geef een reden',
  });
}

function toon(
  actie: BeheerActie,
  body: Element[],
  knop: string,
  data: Record<string, unknown>,
  stijl?: string,
): Element {
  return {
    type: 'Action.ShowCard',
    title: BEHEER_TITEL[actie],
    card: {
      type: 'AdaptiveCard',
      body,
      actions: [uitvoeren(knop, `${VERB_BEHEER}${actie}`, data, stijl ? { style: stijl } : {})],
    },
  };
}

function bedieningen(k: KaartStand, o: VoorzitterskaartOpties, max: number): Element[] {
  const data = { casusId: k.casus.casusId, versie: k.versie, plek: o.plek };
  const open = k.ronde?.status === 'open';
  const deadline = open ? DateTime.fromISO(k.ronde!.deadline, { zone: ZONE }) : null;
  const w = o.waarden ?? {};
  const v = BEHEER_VELDEN;
  const datum = w[v.verlengen.datum] ?? (deadline?.isValid ? deadline.toFormat('yyyy-MM-dd') : undefined);
  const verlengen = toon(
    'verlengen',
    [
      klein(
        open
          ? `Huidige deadline: ${moment(k.ronde!.deadline)}. Herinneringen worden opnieuw gepland.`
          : 'Er is nu geen open besluitronde.',
      ),
      {
        type: 'Input.Date',
        id: v.verlengen.datum,
        label: 'Nieuwe deadline (datum)',
        isRequired: true,
        errorMessage: 'Kies een datum',
        ...(datum ? { value: datum } : {}),
      },
      {
        type: 'Input.Time',
        id: v.verlengen.tijd,
        label: 'Tijd (Nederlandse tijd)',
        isRequired: true,
        errorMessage: 'Kies een tijd',
        value: w[v.verlengen.tijd] ?? (deadline?.isValid ? deadline.toFormat('HH:mm') : '17:00'),
      },
      ...foutenBij(o, 'verlengen', 'nieuweDeadline'),
      redenveld(v.verlengen.reden, 'Reden van de verlenging', o, max),
      ...foutenBij(o, 'verlengen', 'reden'),
    ],
    'Verlengen',
    data,
    'positive',
  );
  const intrekken = toon(
    'intrekken',
    [
      klein('De besluitronde sluit; de tafel en de indiener krijgen bericht met de reden.'),
      redenveld(v.intrekken.reden, 'Reden van het intrekken', o, max),
      ...foutenBij(o, 'intrekken', 'reden'),
    ],
    'Intrekken',
    data,
    'destructive',
  );
  const heropenen = toon(
    'heropenen',
    [
      klein('Er begint een nieuwe besluitronde met een nieuwe termijn; een open escalatie vervalt.'),
      redenveld(v.heropenen.reden, 'Reden van het heropenen', o, max),
      ...foutenBij(o, 'heropenen', 'reden'),
    ],
    'Heropenen',
    data,
  );
  const opAgenda = toon(
    'op_agenda',
    [
      tekst(
        `Zet ${k.casus.referentie} op de agenda van de volgende vergadering. Het besluit van de vergadering legt u daarna vast met "${BEHEER_TITEL.vergaderbesluit}".`,
      ),
    ],
    'Op de agenda zetten',
    data,
  );
  const b = v.vergaderbesluit;
  const vergaderbesluit = toon(
    'vergaderbesluit',
    [
      klein('Voor een casus op de agenda: het besluit wordt met het hoe en waarom gedeeld.'),
      keuzeveld(b.uitkomst, 'Besluit van de vergadering', UITKOMSTEN, {
        waarde: w[b.uitkomst],
        verplicht: true,
        uitgeklapt: true,
        fout: 'Kies een besluit',
      }),
      ...foutenBij(o, 'vergaderbesluit', 'uitkomst'),
      redenveld(b.reden, 'Waarom (de afweging van de vergadering)', o, max),
      ...foutenBij(o, 'vergaderbesluit', 'reden'),
      tekstveld(b.hoe, 'Hoe (leeg bij toekennen: de gevraagde oplossing)', {
        waarde: w[b.hoe]?.slice(0, max),
        meerdereRegels: true,
        max: 2000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'hoe'),
      tekstveld(b.voorwaarden, 'Voorwaarden', {
        waarde: w[b.voorwaarden]?.slice(0, max),
        meerdereRegels: true,
        max: 1000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'voorwaarden'),
      tekstveld(b.verwijzing, 'Verwezen naar (nodig bij afwijzen of doorverwijzen)', {
        waarde: w[b.verwijzing]?.slice(0, max),
        meerdereRegels: true,
        max: 1000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'verwijzing'),
    ],
    'Vastleggen',
    data,
    'positive',
  );
  return [knoppen([verlengen, intrekken, heropenen, opAgenda, vergaderbesluit])];
}

export function voorzitterskaart(k: KaartStand, o: VoorzitterskaartOpties): AdaptiveKaart {
  const c = k.casus;
  const afgerond = isDefinitief(c.status);
  return passend((max) =>
    kaart([
      klein(`Voorzitter · ${c.referentie} · ${c.tafelNaam}`, { spacing: 'default' }),
      letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
      klein(`${label(c.status)}${c.opAgenda ? ' · op de agenda van de volgende vergadering' : ''}`),
      ...(k.ronde
        ? [
            tekst(
              k.ronde.status === 'open'
                ? `Besluitronde open tot ${moment(k.ronde.deadline)}`
                : 'Besluitronde gesloten',
              { weight: 'bolder' },
            ),
          ]
        : []),
      ...(o.melding
        ? [
            o.melding.soort === 'fout'
              ? waarschuwing(o.melding.tekst)
              : tekst(o.melding.tekst, { color: 'good', weight: 'bolder' }),
          ]
        : []),
      ...(afgerond
        ? [tekst('Deze casus is afgerond: er zijn geen voorzittersacties meer.')]
        : [
            klein('Elke actie vraagt een reden; de tafel krijgt bericht.', { spacing: 'medium' }),
            ...bedieningen(k, o, Math.min(max, 2000)),
          ]),
      knoppen([uitvoeren('Naar de casuskaart', VERB_VERNIEUW, { casusId: c.casusId, plek: o.plek })]),
    ]),
  );
}
