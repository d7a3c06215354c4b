// The chair's card: the controls the chair has on a casus (extend the deadline, withdraw, reopen the
// round, put on the meeting's agenda, record the meeting's besluit), each an Action.ShowCard with its own
// fields and one Action.Execute. Shown in the chair's personal chat (`voorzitter <referentie>`) or, for the
// chair only, in place of the casus card. Drawing it grants nothing: the services decide on submit.

import { DateTime } from 'luxon';
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { KaartStand } from '../../../src/domain/berichten.ts';
import { BEHEERACTIES, type Beheeractie, beheeracties } from '../../../src/domain/bevoegdheid.ts';
import { type VeldFout, veldTekst } from '../../../src/domain/fouten.ts';
import { BESLISSINGEN, label } from '../../../src/domain/woorden.ts';
import type { Sleutel } from '../../../src/taal/catalogus.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import {
  type AdaptiveKaart,
  type Element,
  kaart,
  keuzeveld,
  klein,
  knoppen,
  letterlijk,
  passend,
  TEAMS_OPMAAK,
  tekst,
  tekstveld,
  uitvoeren,
  waarschuwing,
} from './bouwstenen.ts';
import { type Melding, type Plek, rondeKop, statusRegel, VERB_BEHEER, VERB_VERNIEUW } from './casuskaart.ts';

export const BEHEER_ACTIES = BEHEERACTIES;
export type BeheerActie = Beheeractie;

/** The title of each control, the same on the Slack modals. */
export const BEHEER_TITEL = {
  verlengen: 'kaart.beheer.titel.verlengen',
  intrekken: 'kaart.beheer.titel.intrekken',
  heropenen: 'kaart.beheer.titel.heropenen',
  op_agenda: 'kaart.beheer.titel.op_agenda',
  vergaderbesluit: 'kaart.beheer.titel.vergaderbesluit',
} as const satisfies Record<BeheerActie, Sleutel>;

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
    toegekendBedrag: 'besluitToegekendBedrag',
  },
} as const;

export interface VoorzitterskaartOpties {
  plek: Plek;
  /** The chair's language. */
  taal?: Taal;
  melding?: Melding;
  /** A refused submit: the control it came from and the core's field errors. */
  fout?: { actie: BeheerActie; velden: VeldFout[] };
  /** What was typed, by input id, so a refused submit need not be typed again. */
  waarden?: Record<string, string | undefined>;
}

const ZONE = 'Europe/Amsterdam';

function foutenBij(o: VoorzitterskaartOpties, actie: BeheerActie, veld: string, taal: Taal): Element[] {
  if (o.fout?.actie !== actie) return [];
  return o.fout.velden
    .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`))
    .map((f) => tekst(veldTekst(f, taal), { color: 'attention', size: 'small', spacing: 'none' }));
}

function redenveld(id: string, titel: string, o: VoorzitterskaartOpties, max: number, t: Vertaler): Element {
  return tekstveld(id, titel, {
    waarde: o.waarden?.[id]?.slice(0, max),
    verplicht: true,
    meerdereRegels: true,
    max: 2000,
    hint: t('kaart.beheer.geen_persoonsgegevens'),
    fout: t('kaart.fout.geef_reden'),
  });
}

function toon(
  actie: BeheerActie,
  t: Vertaler,
  body: Element[],
  knop: string,
  data: Record<string, unknown>,
  stijl?: string,
): Element {
  return {
    type: 'Action.ShowCard',
    title: t(BEHEER_TITEL[actie]),
    card: {
      type: 'AdaptiveCard',
      body,
      actions: [uitvoeren(knop, `${VERB_BEHEER}${actie}`, data, stijl ? { style: stijl } : {})],
    },
  };
}

function bedieningen(
  k: KaartStand,
  o: VoorzitterskaartOpties,
  max: number,
  taal: Taal,
  acties: readonly BeheerActie[],
): Element[] {
  const t = vertaler(taal);
  const data = { casusId: k.casus.casusId, versie: k.versie, plek: o.plek };
  const open = k.ronde?.status === 'open';
  const deadline = open ? DateTime.fromISO(k.ronde!.deadline, { zone: ZONE }) : null;
  const w = o.waarden ?? {};
  const v = BEHEER_VELDEN;
  const datum = w[v.verlengen.datum] ?? (deadline?.isValid ? deadline.toFormat('yyyy-MM-dd') : undefined);
  const verlengen = toon(
    'verlengen',
    t,
    [
      klein(
        open
          ? t('kaart.beheer.huidige_deadline', {
              deadline: formatteerMoment(new Date(k.ronde!.deadline), taal),
            })
          : t('kaart.beheer.geen_open_ronde', { status: statusRegel(k.casus, taal) }),
      ),
      {
        type: 'Input.Date',
        id: v.verlengen.datum,
        label: t('kaart.beheer.nieuwe_deadline'),
        isRequired: true,
        errorMessage: t('kaart.beheer.kies_datum'),
        ...(datum ? { value: datum } : {}),
      },
      {
        type: 'Input.Time',
        id: v.verlengen.tijd,
        label: t('kaart.beheer.tijd_met_zone'),
        isRequired: true,
        errorMessage: t('kaart.beheer.kies_tijd'),
        value: w[v.verlengen.tijd] ?? (deadline?.isValid ? deadline.toFormat('HH:mm') : '17:00'),
      },
      ...foutenBij(o, 'verlengen', 'nieuweDeadline', taal),
      redenveld(v.verlengen.reden, t('kaart.beheer.reden.verlengen'), o, max, t),
      ...foutenBij(o, 'verlengen', 'reden', taal),
    ],
    t('kaart.beheer.knop.verlengen'),
    data,
    'positive',
  );
  const intrekken = toon(
    'intrekken',
    t,
    [
      klein(t('kaart.beheer.uitleg.intrekken')),
      redenveld(v.intrekken.reden, t('kaart.beheer.reden.intrekken'), o, max, t),
      ...foutenBij(o, 'intrekken', 'reden', taal),
    ],
    t('kaart.beheer.knop.intrekken'),
    data,
    'destructive',
  );
  const heropenen = toon(
    'heropenen',
    t,
    [
      klein(t('kaart.beheer.uitleg.heropenen')),
      redenveld(v.heropenen.reden, t('kaart.beheer.reden.heropenen'), o, max, t),
      ...foutenBij(o, 'heropenen', 'reden', taal),
    ],
    t('kaart.beheer.knop.heropenen'),
    data,
  );
  const opAgenda = toon(
    'op_agenda',
    t,
    [
      tekst(
        vertaler(taal, TEAMS_OPMAAK)('kaart.beheer.uitleg.op_agenda', {
          referentie: k.casus.referentie,
          actie: t(BEHEER_TITEL.vergaderbesluit),
        }),
      ),
    ],
    t('kaart.beheer.knop.op_agenda'),
    data,
  );
  const b = v.vergaderbesluit;
  const vergaderbesluit = toon(
    'vergaderbesluit',
    t,
    [
      klein(t('kaart.beheer.uitleg.vergaderbesluit')),
      keuzeveld(
        b.uitkomst,
        t('kaart.beheer.vergaderbesluit.uitkomst'),
        BESLISSINGEN.map((u) => ({ title: label(u, taal), value: u })),
        {
          waarde: w[b.uitkomst],
          verplicht: true,
          uitgeklapt: true,
          fout: t('kaart.beheer.vergaderbesluit.kies'),
        },
      ),
      ...foutenBij(o, 'vergaderbesluit', 'uitkomst', taal),
      redenveld(b.reden, t('kaart.beheer.vergaderbesluit.waarom'), o, max, t),
      ...foutenBij(o, 'vergaderbesluit', 'reden', taal),
      tekstveld(b.toegekendBedrag, t('formulier.besluit.toegekend_bedrag'), {
        hint: t('formulier.besluit.toegekend_bedrag.hint', {
          gevraagd: formatteerBedrag(k.casus.kostenMaatwerkCent, taal),
        }),
        waarde: w[b.toegekendBedrag]?.slice(0, 20),
        max: 20,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'toegekendBedrag', taal),
      tekstveld(b.hoe, t('kaart.beheer.vergaderbesluit.hoe'), {
        hint: t('kaart.beheer.vergaderbesluit.hoe_hint'),
        waarde: w[b.hoe]?.slice(0, max),
        meerdereRegels: true,
        max: 2000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'hoe', taal),
      tekstveld(b.voorwaarden, t('kaart.veld.voorwaarden'), {
        waarde: w[b.voorwaarden]?.slice(0, max),
        meerdereRegels: true,
        max: 1000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'voorwaarden', taal),
      tekstveld(b.verwijzing, t('kaart.beheer.vergaderbesluit.verwijzing'), {
        hint: t('kaart.beheer.vergaderbesluit.verwijzing_hint'),
        waarde: w[b.verwijzing]?.slice(0, max),
        meerdereRegels: true,
        max: 1000,
      }),
      ...foutenBij(o, 'vergaderbesluit', 'verwijzing', taal),
    ],
    t('kaart.beheer.knop.vastleggen'),
    data,
    'positive',
  );
  const perActie: Record<BeheerActie, Element> = {
    verlengen,
    intrekken,
    heropenen,
    op_agenda: opAgenda,
    vergaderbesluit,
  };
  return [knoppen(acties.map((a) => perActie[a]))];
}

export function voorzitterskaart(k: KaartStand, o: VoorzitterskaartOpties): AdaptiveKaart {
  const c = k.casus;
  const taal = o.taal ?? STANDAARDTAAL;
  const t = vertaler(taal);
  // Only the controls the core's rule gives the casus in its state: none once it is final.
  const acties = beheeracties({ voorzitter: true, casusStatus: c.status });
  const afgerond = acties.length === 0;
  return passend((max) =>
    kaart([
      klein(t('kaart.voorzitter.kop', { referentie: c.referentie, tafel: c.tafelNaam }), {
        spacing: 'default',
      }),
      letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
      klein(statusRegel(c, taal)),
      ...(k.ronde ? [tekst(rondeKop(k.ronde, taal), { weight: 'bolder' })] : []),
      ...(o.melding
        ? [
            o.melding.soort === 'fout'
              ? waarschuwing(o.melding.tekst)
              : tekst(o.melding.tekst, { color: 'good', weight: 'bolder' }),
          ]
        : []),
      ...(afgerond
        ? [tekst(t('kaart.voorzitter.afgerond'))]
        : [
            klein(t('kaart.voorzitter.uitleg'), { spacing: 'medium' }),
            ...bedieningen(k, o, Math.min(max, 2000), taal, acties),
          ]),
      knoppen([
        uitvoeren(
          t('kaart.knop.naar_casuskaart'),
          VERB_VERNIEUW,
          { casusId: c.casusId, plek: o.plek },
          { associatedInputs: 'none' },
        ),
      ]),
    ]),
  );
}
