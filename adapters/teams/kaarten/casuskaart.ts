// The casus card in the table's channel: the state for everyone, and through Action.Execute + refresh
// each listed member's own controls and current answer. What a person may do is decided by the
// service (`kaartVoor`); this file only draws it.
import type { CasusSamenvatting, KaartStand } from '../../../src/domain/berichten.ts';
import { isDefinitief } from '../../../src/domain/casusstatus.ts';
import type { VeldFout } from '../../../src/domain/fouten.ts';
import { KEUZES, type Keuze, label } from '../../../src/domain/woorden.ts';
import type { Mogelijkheden } from '../../../src/services/overzicht.ts';
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
import { euro, moment } from './woorden.ts';

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
export function casusBlok(c: CasusSamenvatting, max: number): Element[] {
  const leefgebieden = c.leefgebieden.map((l) => label(l)).join(', ') || '-';
  const blok: Element[] = [
    feiten([
      ['Urgentie', label(c.urgentie)],
      ['Leefgebieden', leefgebieden],
      ['Kosten maatwerk', euro(c.kostenMaatwerkCent)],
      ['Als er niets gebeurt', euro(c.kostenNietsDoenCent)],
      ['Betrokkenheid', label(c.betrokkenheid)],
      ['Toestemming', label(c.toestemming)],
    ]),
    metLabel(
      'Knelpunt',
      c.knelpunt.regel ? `${c.knelpunt.naam} (${c.knelpunt.regel})` : c.knelpunt.naam,
      max,
    ),
  ];
  if (c.situatie) blok.push(metLabel('Situatie', c.situatie, max));
  if (c.gevraagdeOplossing) blok.push(metLabel('Gevraagde oplossing', c.gevraagdeOplossing, max));
  if (c.kostenNietsDoenToelichting)
    blok.push(metLabel('Kosten als er niets gebeurt', c.kostenNietsDoenToelichting, max));
  if (c.betrokkenheidToelichting)
    blok.push(metLabel('Betrokkenheid van het huishouden', c.betrokkenheidToelichting, max));
  return blok;
}

function statusRegel(c: CasusSamenvatting): string {
  const delen = [label(c.status)];
  if (c.opAgenda) delen.push('op de agenda van de volgende vergadering');
  return delen.join(' · ');
}

function rondeBlok(k: KaartStand, max: number): Element[] {
  const r = k.ronde;
  if (!r) return [];
  const uit: Element[] = [
    tekst(r.status === 'open' ? `Besluitronde open tot ${moment(r.deadline)}` : 'Besluitronde gesloten', {
      weight: 'bolder',
      spacing: 'medium',
      separator: true,
    }),
  ];
  if (r.geantwoord.length > 0) {
    if (r.inhoudZichtbaar && r.geantwoord.some((l) => l.keuze)) {
      for (const l of r.geantwoord) {
        uit.push(
          tekst(`${l.organisatie} (${l.naam}): ${l.keuze ? label(l.keuze) : 'geantwoord'}`, {
            spacing: 'small',
          }),
        );
        if (l.reden) uit.push(letterlijk(l.reden, max, { isSubtle: true }));
        if (l.voorwaarden) uit.push(metLabel('Voorwaarden', l.voorwaarden, max));
      }
    } else {
      uit.push(tekst(`Geantwoord: ${r.geantwoord.map((l) => l.organisatie).join(', ')}`));
    }
  }
  if (r.status === 'open' && r.wachtend.length > 0)
    uit.push(tekst(`Wacht nog op: ${r.wachtend.map((l) => l.organisatie).join(', ')}`));
  return uit;
}

function veldfout(fouten: VeldFout[] | undefined, veld: string): Element[] {
  return (fouten ?? [])
    .filter((f) => f.veld === veld || f.veld.startsWith(`${veld}.`) || f.veld.startsWith(`${veld}[`))
    .map((f) => tekst(f.bericht, { color: 'attention', size: 'small', spacing: 'none' }));
}

function antwoordBlok(k: KaartStand, o: CasuskaartOpties, max: number): Element[] {
  const w = o.waarden ?? {};
  const data = { casusId: k.casus.casusId, versie: k.versie, plek: o.plek };
  const huidig = o.mogelijkheden?.huidigeKeuze;
  return [
    container(
      [
        tekst(
          huidig
            ? `Uw huidige antwoord: ${label(huidig)}. U kunt het wijzigen tot de ronde sluit.`
            : 'Uw antwoord',
          {
            weight: 'bolder',
          },
        ),
        tekstveld('reden', 'Reden (de tafel deelt het hoe en waarom)', {
          waarde: w.reden ? w.reden.slice(0, max) : undefined,
          verplicht: true,
          meerdereRegels: true,
          max: 2000,
          fout: 'Geef een reden',
        }),
        ...veldfout(o.fouten, 'reden'),
        tekstveld('voorwaarden', 'Voorwaarden (bij akkoord met voorwaarden)', {
          waarde: w.voorwaarden?.slice(0, max),
          meerdereRegels: true,
          max: 1000,
        }),
        ...veldfout(o.fouten, 'voorwaarden'),
        tekstveld('toezeggingTaak', 'Toezegging van uw organisatie (optioneel): wat doet u?', {
          waarde: w.toezeggingTaak?.slice(0, max),
          max: 500,
        }),
        ...veldfout(o.fouten, 'toezegging.taak'),
        {
          type: 'Input.Date',
          id: 'toezeggingDatum',
          label: 'Toezegging uiterlijk op',
          ...(w.toezeggingDatum ? { value: w.toezeggingDatum } : {}),
        },
        ...veldfout(o.fouten, 'toezegging.deadline'),
        knoppen(
          KEUZES.map((keuze) =>
            uitvoeren(
              label(keuze),
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

function persoonlijkeRegel(m: Mogelijkheden | undefined): Element[] {
  if (!m) return [];
  if (m.magAlsVoorzitterBeslissen)
    return [
      tekst('U beslist als voorzitter over deze casus; uw besluitkaart staat in uw chat met de bot.', {
        color: 'accent',
      }),
    ];
  if (m.magAlsBestuurderBeslissen)
    return [
      tekst('Uw goedkeuring is nodig; de kaart daarvoor staat in uw chat met de bot.', { color: 'accent' }),
    ];
  if (m.isIndiener) return [klein('U heeft deze casus ingediend.')];
  return [];
}

export function casuskaart(k: KaartStand, o: CasuskaartOpties): AdaptiveKaart {
  const c = k.casus;
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
        action: uitvoeren('Vernieuwen', VERB_VERNIEUW, { casusId: c.casusId, plek: o.plek }),
        ...(o.userIds && o.userIds.length > 0 ? { userIds: o.userIds } : {}),
      }
    : undefined;
  return passend((max) =>
    kaart(
      [
        ...(o.aanhef ? [tekst(o.aanhef, { weight: 'bolder', color: 'accent' })] : []),
        klein(`${c.referentie} · ${c.tafelNaam}`, { spacing: 'default' }),
        letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
        klein(statusRegel(c)),
        ...(o.melding
          ? [
              o.melding.soort === 'fout'
                ? waarschuwing(o.melding.tekst)
                : tekst(o.melding.tekst, { color: 'good', weight: 'bolder' }),
            ]
          : []),
        ...persoonlijkeRegel(o.mogelijkheden),
        ...casusBlok(c, max),
        ...vergelijkbaarElementen(k.vergelijkbaar, max),
        ...rondeBlok(k, Math.min(max, 600)),
        ...(magAntwoorden ? antwoordBlok(k, o, max) : []),
        ...(voorzitter
          ? [
              knoppen([
                uitvoeren('Voorzittersacties', VERB_BEHEERKAART, { casusId: c.casusId, plek: o.plek }),
              ]),
            ]
          : []),
      ],
      { refresh },
    ),
  );
}
