// The casus card in the table's channel: the state for everyone, and through Action.Execute + refresh
// each listed member's own controls and current answer. What a person may do is decided by the
// service (`kaartVoor`); this file only draws it.

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
  letterlijk,
  metLabel,
  passend,
  tekst,
  tekstveld,
  uitvoeren,
  waarschuwing,
} from './bouwstenen.ts';
import { vergelijkbaarElementen } from './register.ts';

export const VERB_VERNIEUW = 'casus.vernieuw';
export const VERB_REACTIE = 'reactie.';
/** `beheer.kaart` opens the chair's card (voorzitterskaart.ts); `beheer.<actie>` submits one control. */
export const VERB_BEHEER = 'beheer.';
export const VERB_BEHEERKAART = 'beheer.kaart';

export type Plek = 'kanaal' | 'persoonlijk';

export interface Melding {
  soort: 'goed' | 'fout';
  tekst: string;
}

export interface Reactiewaarden {
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
  waarden?: Reactiewaarden;
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
  const uit: Element[] = [
    tekst(rondeKop(r, taal), {
      weight: 'bolder',
      spacing: 'medium',
      separator: true,
    }),
  ];
  if (r.geantwoord.length > 0) {
    if (r.inhoudZichtbaar && r.geantwoord.some((l) => l.keuze)) {
      for (const l of r.geantwoord) {
        uit.push(
          tekst(
            `${l.organisatie} (${l.naam}): ${l.keuze ? label(l.keuze, taal) : t('kaart.ronde.antwoord_zonder_keuze')}`,
            { spacing: 'small' },
          ),
        );
        if (l.reden) uit.push(letterlijk(l.reden, max, { isSubtle: true }));
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
  return uit;
}

function veldfout(fouten: VeldFout[] | undefined, veld: string, taal: Taal): Element[] {
  return (fouten ?? [])
    .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`) || f.veld.startsWith(`${veld}[`))
    .map((f) => tekst(veldTekst(f, taal), { color: 'attention', size: 'small', spacing: 'none' }));
}

function antwoordBlok(k: KaartStand, o: CasuskaartOpties, max: number, t: Vertaler, taal: Taal): Element[] {
  const w = o.waarden ?? {};
  const data = { casusId: k.casus.casusId, versie: k.versie, plek: o.plek };
  const huidig = o.mogelijkheden?.huidigeKeuze;
  return [
    container(
      [
        tekst(huidig ? t('kaart.antwoord.huidig', { keuze: label(huidig, taal) }) : t('kaart.antwoord.kop'), {
          weight: 'bolder',
        }),
        tekstveld('reden', t('kaart.antwoord.reden'), {
          waarde: w.reden ? w.reden.slice(0, max) : undefined,
          verplicht: true,
          meerdereRegels: true,
          max: 2000,
          fout: t('kaart.fout.geef_reden'),
        }),
        ...veldfout(o.fouten, 'reden', taal),
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
        knoppen(
          KEUZES.map((keuze) =>
            uitvoeren(
              label(keuze, taal),
              `${VERB_REACTIE}${keuze}`,
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
  if (m.isIndiener) return [klein(t('kaart.persoonlijk.indiener'))];
  return [];
}

export function casuskaart(k: KaartStand, o: CasuskaartOpties): AdaptiveKaart {
  const c = k.casus;
  const taal = o.taal ?? STANDAARDTAAL;
  const t = vertaler(taal);
  const open = k.ronde?.status === 'open';
  // The base card carries the controls for clients that do not refresh; the server decides who may answer.
  const magAntwoorden = open && (o.mogelijkheden ? o.mogelijkheden.magAntwoorden : true);
  // A final casus (src/domain/casusstatus.ts) no one acts on any more: no refresh, no chair's controls.
  const definitief = isDefinitief(c.status);
  const blijftLevend = k.ronde && !definitief;
  // The chair is not among the refreshing members: the base card offers the entry, the server decides.
  const voorzitter = !definitief && (o.mogelijkheden ? o.mogelijkheden.isVoorzitter : true);
  const refresh = blijftLevend
    ? {
        action: uitvoeren(t('kaart.knop.vernieuwen'), VERB_VERNIEUW, { casusId: c.casusId, plek: o.plek }),
        ...(o.userIds && o.userIds.length > 0 ? { userIds: o.userIds } : {}),
      }
    : undefined;
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
        ...persoonlijkeRegel(o.mogelijkheden, t),
        ...casusBlok(c, max, taal),
        ...vergelijkbaarElementen(k.vergelijkbaar, max),
        ...rondeBlok(k, Math.min(max, 600), t, taal),
        ...(magAntwoorden ? antwoordBlok(k, o, max, t, taal) : []),
        ...(voorzitter
          ? [
              knoppen([
                uitvoeren(t('kaart.knop.voorzittersacties'), VERB_BEHEERKAART, {
                  casusId: c.casusId,
                  plek: o.plek,
                }),
              ]),
            ]
          : []),
      ],
      { refresh },
    ),
  );
}
