// The casus card in the table's channel: the state for everyone, and through Action.Execute + refresh
// each person's own view (answer form, own answer and reason, the way to the chair's controls). What a
// person sees is decided by the core's rule through the read model (`kaartVoor`); this file only draws it.

import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { CasusSamenvatting, KaartStand } from '../../../src/domain/berichten.ts';
import { isDefinitief } from '../../../src/domain/casusstatus.ts';
import { type VeldFout, veldTekst } from '../../../src/domain/fouten.ts';
import { KEUZES, type Keuze, label } from '../../../src/domain/woorden.ts';
import type { Mogelijkheden } from '../../../src/services/overzicht.ts';
import { naamlijst } from '../../../src/taal/lijst.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import {
  type AdaptiveKaart,
  container,
  type Element,
  feiten,
  kaart,
  klein,
  knoppen,
  kort,
  letterlijk,
  metLabel,
  passend,
  TEAMS_OPMAAK,
  tekst,
  tekstveld,
  uitvoeren,
  waarschuwing,
} from './bouwstenen.ts';
import { vergelijkbaarElementen } from './register.ts';

export const VERB_VERNIEUW = 'casus.vernieuw';
export const VERB_ANTWOORD = 'antwoord.';
/** The same verb on cards posted before the rename: still read, never written. */
export const VERB_ANTWOORD_OUD = 'reactie.'; // oude naam
/** `beheer.kaart` opens the chair's card (voorzitterskaart.ts); `beheer.<actie>` submits one control. */
export const VERB_BEHEER = 'beheer.';
export const VERB_BEHEERKAART = 'beheer.kaart';

export type Plek = 'kanaal' | 'persoonlijk';

export interface Melding {
  soort: 'goed' | 'fout';
  tekst: string;
}

export interface Antwoordwaarden {
  reden?: string;
  voorwaarden?: string;
  toezeggingTaak?: string;
  toezeggingDatum?: string;
}

export interface CasuskaartOpties {
  plek: Plek;
  /** The reader's language: the channel's for the card everyone sees, the person's for their own view. */
  taal?: Taal;
  /** The view of one person; without it, the base card everyone sees before a refresh. */
  mogelijkheden?: Mogelijkheden;
  /** Teams user ids (MRIs) of the listed members, for automatic refresh. */
  userIds?: string[];
  /** A line above the card, e.g. for a reminder. */
  aanhef?: string;
  melding?: Melding;
  fouten?: VeldFout[];
  waarden?: Antwoordwaarden;
}

const KNOP_STIJL: Partial<Record<Keuze, string>> = { akkoord: 'positive', niet_akkoord: 'destructive' };

/** The summary of a casus, shared by the table card and the escalation cards. */
export function casusBlok(c: CasusSamenvatting, max: number, taal: Taal = STANDAARDTAAL): Element[] {
  const t = vertaler(taal);
  const leefgebieden = c.leefgebieden.map((l) => label(l, taal)).join(', ') || '-';
  const open = (a: 'kosten' | 'betrokkenheid') => c.ontbreekt?.includes(a) ?? false;
  const blok: Element[] = [
    feiten([
      [t('kaart.veld.urgentie'), label(c.urgentie, taal)],
      [t('kaart.veld.leefgebieden'), leefgebieden],
      [
        t('kaart.veld.kosten_maatwerk'),
        open('kosten') ? t('kaart.aanvulling.open') : formatteerBedrag(c.kostenMaatwerkCent, taal),
      ],
      [
        t('kaart.veld.kosten_niets_doen'),
        open('kosten') ? t('kaart.aanvulling.open') : formatteerBedrag(c.kostenNietsDoenCent, taal),
      ],
      [
        t('kaart.veld.betrokkenheid'),
        open('betrokkenheid') ? t('kaart.aanvulling.open') : label(c.betrokkenheid, taal),
      ],
      [t('kaart.veld.toestemming'), label(c.toestemming, taal)],
    ]),
    metLabel(
      t('kaart.veld.knelpunt'),
      c.knelpunt.regel ? `${c.knelpunt.naam} (${c.knelpunt.regel})` : c.knelpunt.naam,
      max,
    ),
  ];
  // What the quick intake left open, named until the submitter adds it.
  if (c.ontbreekt?.length)
    blok.push(
      tekst(
        t('kaart.aanvulling.ontbreekt', {
          wat: c.ontbreekt.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
        }),
        { color: 'warning', size: 'small' },
      ),
    );
  if (c.wachtOp?.length)
    blok.push(
      tekst(
        t('kaart.aanvulling.ronde_wacht', {
          wat: c.wachtOp.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
        }),
        { weight: 'bolder', color: 'warning' },
      ),
    );
  if (c.situatie) blok.push(metLabel(t('kaart.veld.situatie'), c.situatie, max));
  if (c.gevraagdeOplossing)
    blok.push(metLabel(t('kaart.veld.gevraagde_oplossing'), c.gevraagdeOplossing, max));
  if (c.kostenNietsDoenToelichting)
    blok.push(metLabel(t('kaart.veld.kosten_niets_doen_toelichting'), c.kostenNietsDoenToelichting, max));
  if (c.betrokkenheidToelichting)
    blok.push(metLabel(t('kaart.veld.betrokkenheid_huishouden'), c.betrokkenheidToelichting, max));
  return blok;
}

/** The casus's status, and that it is on the meeting's agenda: the same line on the card and the chair's card. */
export function statusRegel(c: Pick<CasusSamenvatting, 'status' | 'opAgenda'>, taal: Taal): string {
  const status = label(c.status, taal);
  return c.opAgenda ? vertaler(taal)('kaart.status.op_agenda', { status }) : status;
}

/** The round's heading; the element is bold already, so the catalogue's emphasis is not repeated. */
export function rondeKop(r: NonNullable<KaartStand['ronde']>, taal: Taal): string {
  return r.status === 'open'
    ? vertaler(taal)('kaart.ronde.open', { deadline: formatteerMoment(new Date(r.deadline), taal) })
    : vertaler(taal)('kaart.ronde.gesloten');
}

function rondeBlok(k: KaartStand, max: number, t: Vertaler, taal: Taal): Element[] {
  const r = k.ronde;
  if (!r) return [];
  // An open round's heading stands near the top of the card already (with the deadline).
  const uit: Element[] =
    r.status === 'open'
      ? []
      : [tekst(rondeKop(r, taal), { weight: 'bolder', spacing: 'medium', separator: true })];
  if (r.geantwoord.length > 0) {
    if (r.inhoudZichtbaar && r.geantwoord.some((l) => l.keuze)) {
      for (const l of r.geantwoord) {
        uit.push(
          tekst(
            `${l.organisatie} (${l.naam}): ${l.keuze ? label(l.keuze, taal) : t('kaart.ronde.antwoord_zonder_keuze')}`,
            { spacing: 'small' },
          ),
        );
        if (l.reden) uit.push({ ...letterlijk(l.reden, max, { isSubtle: true }), spacing: 'none' });
        if (l.voorwaarden) uit.push(metLabel(t('kaart.veld.voorwaarden'), l.voorwaarden, max));
      }
    } else {
      uit.push(
        tekst(t('kaart.ronde.geantwoord', { leden: r.geantwoord.map((l) => l.organisatie).join(', ') })),
      );
    }
  }
  if (r.status === 'open' && r.wachtend.length > 0)
    uit.push(tekst(t('kaart.ronde.wacht_op', { leden: naamlijst(r.wachtend.map((l) => l.organisatie)) })));
  if (uit[0] && !uit[0].separator) uit[0] = { ...uit[0], separator: true, spacing: 'medium' };
  return uit;
}

function veldfout(fouten: VeldFout[] | undefined, veld: string, taal: Taal): Element[] {
  return (fouten ?? [])
    .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`) || f.veld.startsWith(`${veld}[`))
    .map((f) => tekst(veldTekst(f, taal), { color: 'attention', size: 'small', spacing: 'none' }));
}

/** Needs nothing typed: Teams sends no input and so no required field elsewhere on the card can block it. */
const ZONDER_INVOER = { associatedInputs: 'none' } as const;

/** Element ids for folding; unique within the card, because Teams looks them up in the whole card. */
const ID = {
  situatieKort: 'situatieKort',
  casusHeel: 'casusHeel',
  toonMeer: 'toonMeer',
  toonMinder: 'toonMinder',
  extraOpen: 'antwoordExtraOpen',
  extraVelden: 'antwoordExtra',
} as const;

/** How much of the situation shows before it folds: a few lines on a phone. */
const SITUATIE_KORT = 180;

/**
 * A line that folds or unfolds parts of the card. A `selectAction` on a container, not a button: it takes
 * no place in the card's row of at most six actions (Teams' `maxActions`), and needs no input.
 */
function vouwregel(id: string, inhoud: string, doelen: string[], zichtbaar = true): Element {
  return container([tekst(inhoud, { color: 'accent', weight: 'bolder', size: 'small' })], {
    id,
    ...(zichtbaar ? {} : { isVisible: false }),
    spacing: 'small',
    selectAction: { type: 'Action.ToggleVisibility', title: inhoud, targetElements: doelen },
  });
}

/**
 * The casus folded: the first lines of the situation and a way to open the rest (the facts, the whole
 * situation, the requested solution, similar besluiten), so the controls and the state stay near the top.
 */
function casusGevouwen(k: KaartStand, max: number, t: Vertaler, taal: Taal): Element[] {
  const c = k.casus;
  const doelen = [ID.situatieKort, ID.casusHeel, ID.toonMeer, ID.toonMinder];
  return [
    container(
      [
        {
          type: 'RichTextBlock',
          inlines: [
            { type: 'TextRun', text: `${t('kaart.veld.situatie')}: `, weight: 'bolder' },
            { type: 'TextRun', text: kort(c.situatie.trim().replace(/\s+/g, ' ') || '-', SITUATIE_KORT) },
          ],
        },
      ],
      { id: ID.situatieKort, separator: true, spacing: 'medium' },
    ),
    vouwregel(ID.toonMeer, t('kaart.situatie.meer'), doelen),
    container([...casusBlok(c, max, taal), ...vergelijkbaarElementen(k.vergelijkbaar, max)], {
      id: ID.casusHeel,
      isVisible: false,
      separator: true,
      spacing: 'medium',
    }),
    vouwregel(ID.toonMinder, t('kaart.situatie.minder'), doelen, false),
  ];
}

/** The outcome of a besluit and the first line of its why; the whole besluit is in the thread. */
function besluitBlok(k: KaartStand, t: Vertaler, taal: Taal): Element[] {
  const b = k.besluit;
  if (!b) return [];
  const tt = vertaler(taal, TEAMS_OPMAAK);
  return [
    container(
      [
        tekst(tt('kaart.besluit.uitkomst', { uitkomst: label(b.uitkomst, taal) }), {
          color: b.uitkomst === 'afgewezen' ? 'attention' : 'good',
        }),
        ...(b.waaromEersteRegel ? [metLabel(t('kaart.besluit.waarom'), b.waaromEersteRegel, 300)] : []),
        klein(t('kaart.besluit.in_draad')),
      ],
      { style: 'emphasis', spacing: 'medium' },
    ),
  ];
}

/** A member's own answer in the latest round, with the reason they gave: what they said stays in view. */
function eigenAntwoordBlok(m: Mogelijkheden | undefined, max: number, t: Vertaler, taal: Taal): Element[] {
  const a = m?.weergave.eigenAntwoord ? m.eigenAntwoord : null;
  if (!a) return [];
  const tt = vertaler(taal, TEAMS_OPMAAK);
  return [
    container(
      [
        tekst(tt('kaart.antwoord.eigen', { keuze: label(a.keuze, taal) })),
        metLabel(t('kaart.antwoord.eigen_reden'), a.reden, max),
        ...(a.voorwaarden ? [metLabel(t('kaart.veld.voorwaarden'), a.voorwaarden, max)] : []),
      ],
      { style: 'emphasis', spacing: 'medium' },
    ),
  ];
}

function antwoordBlok(k: KaartStand, o: CasuskaartOpties, max: number, t: Vertaler, taal: Taal): Element[] {
  const eigen = o.mogelijkheden?.eigenAntwoord;
  // A member who answered finds their reason in the field again, ready to change it.
  const w: Antwoordwaarden =
    o.waarden ?? (eigen ? { reden: eigen.reden, voorwaarden: eigen.voorwaarden ?? undefined } : {});
  const data = { casusId: k.casus.casusId, versie: k.versie, plek: o.plek };
  const extraFout = ['voorwaarden', 'toezegging'].some((v) =>
    (o.fouten ?? []).some((f) => f.veld.startsWith(v)),
  );
  // The optional fields fold away unless they hold something or an error points at them.
  const extraOpen = extraFout || !!(w.voorwaarden || w.toezeggingTaak || w.toezeggingDatum);
  return [
    container(
      [
        tekst(eigen ? t('kaart.antwoord.wijzig') : t('kaart.antwoord.kop'), { weight: 'bolder' }),
        tekstveld('reden', t('kaart.antwoord.reden'), {
          waarde: w.reden ? w.reden.slice(0, max) : undefined,
          verplicht: true,
          meerdereRegels: true,
          max: 2000,
          fout: t('kaart.fout.geef_reden'),
        }),
        ...veldfout(o.fouten, 'reden', taal),
        ...(extraOpen
          ? []
          : [vouwregel(ID.extraOpen, t('kaart.antwoord.meer_velden'), [ID.extraOpen, ID.extraVelden])]),
        container(
          [
            tekstveld('voorwaarden', t('kaart.antwoord.voorwaarden'), {
              waarde: w.voorwaarden?.slice(0, max),
              meerdereRegels: true,
              max: 1000,
            }),
            ...veldfout(o.fouten, 'voorwaarden', taal),
            tekstveld('toezeggingTaak', t('kaart.antwoord.toezegging_taak'), {
              waarde: w.toezeggingTaak?.slice(0, max),
              max: 500,
            }),
            ...veldfout(o.fouten, 'toezegging.taak', taal),
            {
              type: 'Input.Date',
              id: 'toezeggingDatum',
              label: t('kaart.antwoord.toezegging_datum'),
              ...(w.toezeggingDatum ? { value: w.toezeggingDatum } : {}),
            },
            ...veldfout(o.fouten, 'toezegging.deadline', taal),
          ],
          { id: ID.extraVelden, spacing: 'none', ...(extraOpen ? {} : { isVisible: false }) },
        ),
        knoppen(
          KEUZES.map((keuze) =>
            uitvoeren(
              label(keuze, taal),
              `${VERB_ANTWOORD}${keuze}`,
              data,
              KNOP_STIJL[keuze] ? { style: KNOP_STIJL[keuze] } : {},
            ),
          ),
        ),
      ],
      { separator: true, spacing: 'medium' },
    ),
  ];
}

function persoonlijkeRegel(m: Mogelijkheden | undefined, t: Vertaler): Element[] {
  if (!m) return [];
  if (m.magAlsVoorzitterBeslissen) return [tekst(t('kaart.persoonlijk.voorzitter'), { color: 'accent' })];
  if (m.magAlsBestuurderBeslissen) return [tekst(t('kaart.persoonlijk.bestuurder'), { color: 'accent' })];
  if (m.weergave.voorzittersacties) return [klein(t('kaart.persoonlijk.voorzitter_acties'))];
  if (m.isIndiener) return [klein(t('kaart.persoonlijk.indiener'))];
  return [];
}

/** At most this many actions in one row of a card: Teams' `maxActions`; a seventh would not show. */
export const MAX_ACTIES = 6;

/**
 * The casus card. Without `mogelijkheden` it is the card everyone shares: the state only (status, the
 * outcome once decided, the round, the casus folded) and one button to refresh. Teams refreshes it per
 * listed member (`refresh.userIds`); the view each person then gets holds the parts the core's rule gives
 * them (`kaartweergave` in src/domain/bevoegdheid.ts): the answer form, their own answer and reason, the
 * way to the chair's controls. This file only draws what the read model says.
 */
export function casuskaart(k: KaartStand, o: CasuskaartOpties): AdaptiveKaart {
  const c = k.casus;
  const taal = o.taal ?? STANDAARDTAAL;
  const t = vertaler(taal);
  const m = o.mogelijkheden;
  const open = k.ronde?.status === 'open';
  // A final casus (src/domain/casusstatus.ts) no one acts on any more: no refresh, no controls. One that
  // waits for its round still refreshes: its chair may withdraw it, and the round opens on the same card.
  const definitief = isDefinitief(c.status);
  const blijftLevend = !definitief;
  const refresh = blijftLevend
    ? {
        action: uitvoeren(t('kaart.knop.vernieuwen'), VERB_VERNIEUW, { casusId: c.casusId, plek: o.plek }),
        ...(o.userIds && o.userIds.length > 0 ? { userIds: o.userIds } : {}),
      }
    : undefined;
  const formulier = open && !!m?.weergave.antwoordformulier;
  const voorzitter = !!m?.weergave.voorzittersacties;
  return passend((max) =>
    kaart(
      [
        ...(o.aanhef ? [tekst(o.aanhef, { weight: 'bolder', color: 'accent' })] : []),
        klein(`${c.referentie} · ${c.tafelNaam}`, { spacing: 'default' }),
        letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
        klein(statusRegel(c, taal)),
        ...(o.melding
          ? [
              o.melding.soort === 'fout'
                ? waarschuwing(o.melding.tekst)
                : tekst(o.melding.tekst, { color: 'good', weight: 'bolder' }),
            ]
          : []),
        ...besluitBlok(k, t, taal),
        ...persoonlijkeRegel(m, t),
        ...(k.ronde && open ? [tekst(rondeKop(k.ronde, taal), { weight: 'bolder', spacing: 'small' })] : []),
        ...eigenAntwoordBlok(m, Math.min(max, 600), t, taal),
        ...(formulier ? antwoordBlok(k, o, max, t, taal) : []),
        ...(voorzitter
          ? [
              knoppen([
                uitvoeren(
                  t('kaart.knop.voorzittersacties'),
                  VERB_BEHEERKAART,
                  { casusId: c.casusId, plek: o.plek },
                  ZONDER_INVOER,
                ),
              ]),
            ]
          : []),
        ...casusGevouwen(k, max, t, taal),
        ...rondeBlok(k, Math.min(max, 600), t, taal),
        // The shared card: one way to one's own view for a client that did not refresh by itself.
        ...(!m && blijftLevend
          ? [
              klein(t('kaart.basis.uitleg'), { spacing: 'medium' }),
              knoppen([
                uitvoeren(
                  t('kaart.knop.vernieuwen'),
                  VERB_VERNIEUW,
                  { casusId: c.casusId, plek: o.plek },
                  ZONDER_INVOER,
                ),
              ]),
            ]
          : []),
      ],
      { refresh },
    ),
  );
}
