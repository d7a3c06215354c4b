// Cards for the smaller messages: confirmations, reminders, questions, agenda and digests, help.
// Every builder takes the reader's language last; it is optional so a caller that does not know it yet
// keeps compiling (and shows Dutch).
import type { Bericht } from '../../../src/domain/berichten.ts';
import { crisisNummers } from '../../../src/domain/crisis.ts';
import { BETROKKENHEDEN, genomenDoorLabel, isGenomenDoor, label } from '../../../src/domain/woorden.ts';
import type { MijnToezegging } from '../../../src/services/opvolging.ts';
import berichtenNl from '../../../src/taal/nl/berichten.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import {
  tekst as catalogus,
  type Vertaler,
  vertaler,
  weergave,
  zinOfTekst,
} from '../../../src/taal/tekst.ts';
import { formatteerDatum } from '../../../src/time/index.ts';
import {
  type AdaptiveKaart,
  container,
  type Element,
  kaart,
  keuzeveld,
  klein,
  knoppen,
  kop,
  letterlijk,
  metLabel,
  passend,
  TEAMS_OPMAAK,
  tekst,
  tekstveld,
  uitvoeren,
  waarschuwing,
} from './bouwstenen.ts';
import { VERB_BEHEER } from './casuskaart.ts';
import { vergelijkbaarElementen } from './register.ts';
import { BEHEER_VELDEN } from './voorzitterskaart.ts';
import { moment } from './woorden.ts';

type Van<S extends Bericht['soort']> = Extract<Bericht, { soort: S }>;

export const VERB_INFORMATIE = 'informatie.antwoord';
export const VERB_EVALUATIE = 'evaluatie.';
export const VERB_TOESTEMMING = 'toestemming.vastleggen';
export const VERB_TOEZEGGING = 'toezegging.gedaan';

/** The field a commitment's "what was done" is typed in; one per commitment, so a list card holds several. */
export const toezeggingVeld = (toezeggingId: string) => `gedaan_${toezeggingId}`;

/** What was done, and "Gedaan": the service decides who may. */
function toezeggingFormulier(toezeggingId: string, t: Vertaler, waarde?: string): Element[] {
  return [
    tekstveld(toezeggingVeld(toezeggingId), t('berichten.toezegging.wat_gedaan'), {
      verplicht: true,
      meerdereRegels: true,
      max: 1000,
      hint: t('kaart.beheer.geen_persoonsgegevens'),
      fout: t('berichten.toezegging.wat_gedaan_fout'),
      ...(waarde ? { waarde } : {}),
    }),
    knoppen([
      uitvoeren(t('berichten.knop.gedaan'), VERB_TOEZEGGING, { toezeggingId }, { style: 'positive' }),
    ]),
  ];
}

/** "Mijn toezeggingen": open commitments, overdue ones marked, each with its own done form. */
export function toezeggingenkaart(
  lijst: MijnToezegging[],
  taal: Taal = STANDAARDTAAL,
  melding?: { soort: 'goed' | 'fout'; tekst: string },
): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      ...(melding
        ? [tekst(melding.tekst, { weight: 'bolder', color: melding.soort === 'goed' ? 'good' : 'attention' })]
        : []),
      kop(t('berichten.toezegging.lijst.kop')),
      ...(lijst.length === 0 ? [klein(t('berichten.toezegging.lijst.geen'))] : []),
      ...lijst.slice(0, 10).map((z) =>
        container(
          [
            tekst(`${z.referentie} · ${z.tafelNaam}`, { weight: 'bolder' }),
            letterlijk(z.titel, 120, { isSubtle: true }),
            metLabel(z.organisatie, z.taak, Math.min(500, max)),
            z.achterstallig
              ? tekst(
                  `${t('berichten.toezegging.lijst.te_laat')} · ${t('berichten.toezegging.lijst.uiterlijk', {
                    deadline: moment(z.deadline.toISOString(), taal),
                  })}`,
                  { color: 'attention', weight: 'bolder' },
                )
              : klein(
                  t('berichten.toezegging.lijst.uiterlijk', {
                    deadline: moment(z.deadline.toISOString(), taal),
                  }),
                ),
            ...toezeggingFormulier(z.toezeggingId, t),
          ],
          { separator: true, spacing: 'medium' },
        ),
      ),
    ]),
  );
}

export const VERB_AANVULLEN = 'casus.aanvullen';

export const eenvoudig = (regels: Element[]) => passend(() => kaart(regels));

/** The kind of a message as a person reads it (a failed delivery names the kind it could not deliver). */
function soortTekst(soort: string, taal: Taal): string {
  const sleutel = `soort.${soort}`;
  return Object.hasOwn(berichtenNl, sleutel)
    ? catalogus(taal, `berichten.${sleutel as Extract<keyof typeof berichtenNl, `soort.${string}`>}`)
    : soort.replace(/_/g, ' ');
}

/** The submitter's confirmation, with their own way to withdraw the casus (the service decides). */
export function ontvangenkaart(b: Van<'casus_ontvangen'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  return passend((max) => ontvangen(b, max, taal));
}

function ontvangen(b: Van<'casus_ontvangen'>, max: number, taal: Taal): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart(
    [
      tekst(t('berichten.ontvangen.kop', { referentie: b.referentie }), { weight: 'bolder', color: 'good' }),
      tekst(
        `${
          b.deadline
            ? t('berichten.ontvangen.tafel_beslist', {
                tafel: b.tafelNaam,
                deadline: moment(b.deadline, taal),
              })
            : t('berichten.ontvangen.wacht', {
                wat: (b.wachtOp ?? []).map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
              })
        } ${t('berichten.ontvangen.besluit_hier')}`,
      ),
      ...vergelijkbaarElementen(b.vergelijkbaar, max),
    ],
    {
      actions: [
        {
          type: 'Action.ShowCard',
          title: t('berichten.intrekken.titel'),
          card: {
            type: 'AdaptiveCard',
            body: [
              tekstveld(BEHEER_VELDEN.intrekken.reden, t('berichten.intrekken.reden'), {
                verplicht: true,
                meerdereRegels: true,
                max: 2000,
                hint: t('berichten.intrekken.hint'),
                fout: t('berichten.intrekken.fout'),
              }),
            ],
            actions: [
              uitvoeren(
                t('berichten.intrekken.knop'),
                `${VERB_BEHEER}intrekken`,
                { casusId: b.casusId, plek: 'persoonlijk' },
                { style: 'destructive' },
              ),
            ],
          },
        },
      ],
    },
  );
}

export function crisiskaart(b: Van<'crisis_doorverwezen'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal, TEAMS_OPMAAK);
  return kaart([
    waarschuwing(t('berichten.crisis.waarschuwing')),
    tekst(t('berichten.crisis.uitleg', { tafel: b.tafelNaam, referentie: b.referentie })),
    tekst(weergave(taal, crisisNummers(b.crisisdienst)), { weight: 'bolder' }),
  ]);
}

export function informatievraagkaart(
  b: Van<'informatie_gevraagd'>,
  taal: Taal = STANDAARDTAAL,
): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      tekst(t('berichten.informatie.vraag_over', { referentie: b.referentie }), {
        weight: 'bolder',
        color: 'accent',
      }),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      tekst(t('berichten.informatie.voor_besluit', { naam: b.vanNaam })),
      letterlijk(b.vraag, max),
      container(
        [
          tekstveld('antwoord', t('berichten.informatie.uw_antwoord'), {
            verplicht: true,
            meerdereRegels: true,
            max: 3000,
            fout: t('berichten.informatie.geef_antwoord'),
          }),
          knoppen([
            uitvoeren(t('berichten.informatie.versturen'), VERB_INFORMATIE, { verzoekId: b.verzoekId }),
          ]),
        ],
        { separator: true },
      ),
    ]),
  );
}

export function informatieantwoordkaart(
  b: Van<'informatie_gegeven'>,
  taal: Taal = STANDAARDTAAL,
): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      tekst(t('berichten.informatie.antwoord_op', { referentie: b.referentie }), {
        weight: 'bolder',
        color: 'accent',
      }),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      letterlijk(b.antwoord, max),
      tekst(t('berichten.informatie.graag_besluit_kaart', { deadline: moment(b.deadline, taal) })),
    ]),
  );
}

export function evaluatiekaart(b: Van<'evaluatie_vraag'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart([
    tekst(t('berichten.evaluatie.vraag', { referentie: b.referentie }), {
      weight: 'bolder',
      color: 'accent',
    }),
    letterlijk(b.titel, 120),
    klein(t('berichten.evaluatie.besluit', { uitkomst: label(b.uitkomst, taal) })),
    tekstveld('toelichting', t('berichten.evaluatie.toelichting'), {
      verplicht: true,
      meerdereRegels: true,
      max: 2000,
      fout: t('berichten.evaluatie.toelichting_fout'),
    }),
    knoppen([
      uitvoeren(
        t('berichten.evaluatie.ja'),
        `${VERB_EVALUATIE}ja`,
        { besluitId: b.besluitId },
        { style: 'positive' },
      ),
      uitvoeren(t('berichten.evaluatie.nee'), `${VERB_EVALUATIE}nee`, { besluitId: b.besluitId }),
    ]),
  ]);
}

/** Long lists shrink with the text budget, and say how many were left out. */
function lijst<T>(items: T[], max: number, taal: Taal, regel: (item: T) => Element[]): Element[] {
  const aantal = Math.max(8, Math.floor(max / 40));
  const uit = items.slice(0, aantal).flatMap(regel);
  if (items.length > aantal)
    uit.push(klein(catalogus(taal, 'algemeen.en_nog', { aantal: items.length - aantal })));
  return uit;
}

export function toestemmingkaart(
  b: Van<'toestemming_herinnering'>,
  taal: Taal = STANDAARDTAAL,
): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart([
    tekst(t('berichten.toestemming.kop', { referentie: b.referentie }), {
      weight: 'bolder',
      color: 'accent',
    }),
    letterlijk(b.titel, 120),
    tekst(t('berichten.toestemming.leg_vast')),
    keuzeveld(
      'toestemming',
      t('berichten.toestemming.veld'),
      [
        { title: label('ja_vastgelegd', taal), value: 'ja_vastgelegd' },
        { title: label('nee_afweging_vastgelegd', taal), value: 'nee_afweging_vastgelegd' },
      ],
      { uitgeklapt: true, verplicht: true, fout: t('berichten.toestemming.kies') },
    ),
    tekstveld('afweging', t('berichten.toestemming.afweging'), { meerdereRegels: true, max: 1000 }),
    knoppen([uitvoeren(t('berichten.knop.vastleggen'), VERB_TOESTEMMING, { casusId: b.casusId })]),
  ]);
}

/** The question for what the quick intake left open, with the fields for it. */
export function aanvulkaart(b: Van<'aanvulling_gevraagd'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  const herinnering = b.herinnering ? 'ja' : 'nee';
  const velden: Element[] = [];
  if (b.ontbreekt.includes('kosten'))
    velden.push(
      tekstveld('kostenMaatwerk', t('formulier.intake.kosten_maatwerk'), {
        hint: t('formulier.intake.kosten_maatwerk.voorbeeld'),
      }),
      tekstveld('kostenNietsDoen', t('formulier.intake.kosten_niets_doen'), {
        hint: t('formulier.intake.kosten_niets_doen.voorbeeld'),
      }),
      tekstveld('kostenNietsDoenToelichting', t('formulier.intake.kosten_toelichting'), {
        meerdereRegels: true,
        max: 1000,
      }),
    );
  if (b.ontbreekt.includes('betrokkenheid'))
    velden.push(
      keuzeveld(
        'betrokkenheid',
        t('formulier.intake.betrokkenheid'),
        BETROKKENHEDEN.map((w) => ({ title: label(w, taal), value: w })),
        { hint: t('formulier.kies') },
      ),
    );
  if (b.ontbreekt.includes('toestemming'))
    velden.push(
      keuzeveld(
        'toestemming',
        t('formulier.intake.toestemming'),
        (['ja_vastgelegd', 'nee_afweging_vastgelegd'] as const).map((w) => ({
          title: label(w, taal),
          value: w,
        })),
        { uitgeklapt: true },
      ),
      tekstveld('toestemmingAfweging', t('formulier.intake.afweging'), { meerdereRegels: true, max: 1000 }),
    );
  return kaart([
    tekst(t('berichten.aanvulling.kop', { referentie: b.referentie, herinnering }), {
      weight: 'bolder',
      color: 'accent',
    }),
    letterlijk(b.titel, 120),
    tekst(
      t('berichten.aanvulling.uitleg', {
        herinnering,
        wat: b.ontbreekt.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
      }),
    ),
    ...velden,
    knoppen([uitvoeren(t('berichten.knop.aanvullen'), VERB_AANVULLEN, { casusId: b.casusId })]),
  ]);
}

/** The stub that replaces a channel post once the casus text is purged after the retention period. */
export function verwijderdkaart(b: Van<'inhoud_verwijderd'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart([
    klein(b.referentie),
    tekst(t('berichten.verwijderd.kort'), { weight: 'bolder' }),
    tekst(t('berichten.verwijderd.vindbaar', { referentie: b.referentie })),
  ]);
}

export function agendakaart(b: Van<'agenda'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) => {
    const titel = (x: string) => letterlijk(x, Math.min(max, 120));
    return kaart([
      kop(
        `${t('berichten.agenda.kop', { tafel: b.tafelNaam })}, ${moment(b.vergadering, taal)}` +
          (b.laat ? ` (${t('algemeen.later_verstuurd')})` : ''),
      ),
      tekst(t('berichten.agenda.open_casussen'), { weight: 'bolder', spacing: 'medium' }),
      ...(b.punten.length === 0
        ? [klein(t('algemeen.geen'))]
        : lijst(b.punten, max, taal, (q) => [
            tekst(
              `${q.referentie} · ${label(q.status, taal)}${
                q.opAgenda ? ` · ${t('berichten.agenda.besluit_in_vergadering')}` : ''
              }${q.deadline ? ` · ${t('berichten.agenda.termijn', { deadline: moment(q.deadline, taal) })}` : ''}`,
              { spacing: 'small' },
            ),
            titel(q.titel),
          ])),
      tekst(t('berichten.agenda.besluiten_sinds'), { weight: 'bolder', spacing: 'medium' }),
      ...(b.besluitenSinds.length === 0
        ? [klein(t('algemeen.geen'))]
        : lijst(b.besluitenSinds, max, taal, (s) => [
            tekst(`${s.referentie}: ${label(s.uitkomst, taal)}`, { spacing: 'small' }),
            titel(s.titel),
          ])),
      ...(b.achterstalligeToezeggingen.length > 0
        ? [
            tekst(t('berichten.agenda.achterstallige_toezeggingen'), { weight: 'bolder', spacing: 'medium' }),
            ...lijst(b.achterstalligeToezeggingen, max, taal, (z) => [
              metLabel(
                `${z.referentie}, ${z.organisatie}, ${t('algemeen.uiterlijk', { deadline: moment(z.deadline, taal) })}`,
                z.taak,
                Math.min(max, 300),
              ),
            ]),
          ]
        : []),
    ]);
  });
}

export function weekoverzichtkaart(b: Van<'weekoverzicht'>, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      kop(
        `${t('berichten.weekoverzicht.kop', { tafel: b.tafelNaam })}, ${moment(b.van, taal)} – ${moment(b.tot, taal)}`,
      ),
      ...(b.besluiten.length === 0
        ? [klein(t('berichten.weekoverzicht.geen_besluiten'))]
        : lijst(b.besluiten, max, taal, (s) => [
            tekst(`${s.referentie}: ${label(s.uitkomst, taal)}`, { spacing: 'small' }),
            letterlijk(s.titel, Math.min(max, 120)),
          ])),
    ]),
  );
}

/** Every message without controls of its own, as a few lines. */
export function meldingkaart(b: Bericht, taal: Taal = STANDAARDTAAL): AdaptiveKaart | null {
  const t = vertaler(taal);
  switch (b.soort) {
    case 'escalatie_verlopen':
      return kaart([
        tekst(t('berichten.verlopen.kop', { referentie: b.referentie }), { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        tekst(
          t('berichten.verlopen.naar', {
            wie: isGenomenDoor(b.naar) ? genomenDoorLabel(b.naar, taal) : b.naar,
          }),
        ),
      ]);
    case 'op_agenda':
      return eenvoudig([
        tekst(t('berichten.op_agenda.kop', { referentie: b.referentie }), { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        letterlijk(zinOfTekst(taal, b.reden), 1000, { isSubtle: true }),
      ]);
    case 'toezegging_herinnering':
      return eenvoudig([
        tekst(t('berichten.toezegging.herinnering', { referentie: b.referentie }), {
          weight: 'bolder',
          color: 'accent',
        }),
        metLabel(b.organisatie, b.taak, 500),
        tekst(
          t('berichten.toezegging.uiterlijk', { deadline: moment(b.deadline, taal) }) +
            (b.laat ? ` (${t('algemeen.later_verstuurd')})` : ''),
        ),
      ]);
    case 'toezegging_achterstallig':
      return eenvoudig([
        tekst(
          t(
            b.trede === 'eigenaar'
              ? 'berichten.toezegging.achterstallig.eigenaar'
              : 'berichten.toezegging.achterstallig.voorzitter',
            { referentie: b.referentie },
          ),
          { weight: 'bolder', color: 'attention' },
        ),
        letterlijk(b.titel, 120),
        metLabel(b.organisatie, b.taak, 500),
        tekst(
          t('berichten.toezegging.was_uiterlijk', { deadline: moment(b.deadline, taal) }) +
            (b.laat ? ` (${t('algemeen.later_verstuurd')})` : ''),
        ),
        ...(b.trede === 'eigenaar'
          ? [klein(t('berichten.toezegging.achterstallig.vraag')), ...toezeggingFormulier(b.toezeggingId, t)]
          : [klein(t('berichten.toezegging.achterstallig.voorzitter_uitleg'))]),
      ]);
    case 'toezegging_gedaan':
      return eenvoudig([
        tekst(t('berichten.toezegging.gedaan.kop', { referentie: b.referentie }), {
          weight: 'bolder',
          color: 'good',
        }),
        metLabel(b.organisatie, b.taak, 500),
        metLabel(t('berichten.toezegging.gedaan.wat'), b.tekst, 1500),
        klein(t('berichten.toezegging.gedaan.door', { naam: b.doorNaam })),
      ]);
    case 'termijn_verlengd':
      return eenvoudig([
        tekst(
          t('berichten.termijn.verlengd_tot', {
            referentie: b.referentie,
            deadline: moment(b.deadline, taal),
          }),
          {
            weight: 'bolder',
          },
        ),
        letterlijk(b.titel, 120),
        metLabel(t('berichten.reden'), b.reden, 1000),
      ]);
    case 'casus_ingetrokken':
      return eenvoudig([
        tekst(t('berichten.ingetrokken.kop', { referentie: b.referentie }), { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        metLabel(t('berichten.reden'), b.reden, 1000),
      ]);
    case 'rapportgrafiek_mislukt':
      return kaart([
        waarschuwing(t('berichten.grafiek_mislukt.kop')),
        tekst(
          t('berichten.grafiek_mislukt.tekst', {
            metTafel: b.tafelNaam ? 'ja' : 'nee',
            tafel: b.tafelNaam ?? '',
            van: formatteerDatum(new Date(`${b.van}T12:00:00Z`), taal),
            tot: formatteerDatum(new Date(`${b.tot}T12:00:00Z`), taal),
            ontvanger: b.ontvanger,
            reden: b.reden,
          }),
        ),
      ]);
    case 'bezorging_mislukt':
      return kaart([
        waarschuwing(
          t('berichten.bezorging.kop_over', {
            metReferentie: b.referentie ? 'ja' : 'nee',
            referentie: b.referentie ?? '',
          }),
        ),
        tekst(
          t('berichten.bezorging.welk_bericht', {
            soort: soortTekst(b.soortBericht, taal),
            ontvanger: b.ontvanger,
          }),
        ),
        klein(t('berichten.bezorging.fout', { fout: b.fout })),
      ]);
    default:
      return null;
  }
}

/** The commands are the same words in every language; only what they take and do is translated. */
export function hulpkaart(taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  const referentie = t('berichten.hulp.arg.referentie');
  const tafel = t('berichten.hulp.arg.tafel');
  return kaart([
    kop(t('berichten.hulp.kop')),
    tekst(t('berichten.hulp.inleiding')),
    {
      type: 'FactSet',
      facts: [
        { title: 'casus', value: t('berichten.hulp.casus_uitleg') },
        { title: `casus <${referentie}>`, value: t('berichten.hulp.casus_referentie_uitleg') },
        { title: 'open', value: t('berichten.hulp.open_uitleg') },
        { title: 'toezeggingen', value: t('berichten.hulp.toezeggingen_uitleg') },
        { title: `zoek <${t('berichten.hulp.arg.woorden')}>`, value: t('berichten.hulp.zoek_uitleg') },
        { title: `agenda [${tafel}]`, value: t('berichten.hulp.agenda_uitleg') },
        { title: `voorzitter <${referentie}>`, value: t('berichten.hulp.voorzitter_uitleg') },
        { title: `koppel <${tafel}>`, value: t('berichten.hulp.koppel_uitleg') },
        { title: 'help', value: t('berichten.hulp.help_uitleg') },
      ],
    },
    klein(t('berichten.hulp.privacy')),
  ]);
}

export function indienknopkaart(taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart(
    [tekst(t('berichten.indienen.kop'), { weight: 'bolder' }), tekst(t('berichten.indienen.uitleg'))],
    {
      actions: [
        {
          type: 'Action.Submit',
          title: t('berichten.indienen.knop'),
          data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' },
        },
      ],
    },
  );
}

export function welkomkaart(inKanaal: boolean, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  return kaart([
    kop(t('berichten.welkom.kop')),
    tekst(
      inKanaal
        ? t('berichten.welkom.kanaal', { opdracht: `koppel <${t('berichten.hulp.arg.tafel')}>` })
        : t('berichten.welkom.persoonlijk'),
    ),
  ]);
}

export function tekstkaart(regels: string[], opties: { fout?: boolean } = {}): AdaptiveKaart {
  return kaart(regels.map((r, i) => (i === 0 && opties.fout ? waarschuwing(r) : tekst(r))));
}
