// Every neutral message of the core as a Slack message (Block Kit plus a notification text). Pure: the
// same message and address always give the same payload. The console renderer is the reference wording.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import {
  type Adres,
  type Bericht,
  type BesluitWeergave,
  taalVanAdres,
} from '../../../src/domain/berichten.ts';
import { crisisNummers } from '../../../src/domain/crisis.ts';
import {
  BESLISSINGEN,
  genomenDoorLabel,
  isGenomenDoor,
  label,
  redenTekst,
  type Taal,
} from '../../../src/domain/woorden.ts';
import berichtenNl from '../../../src/taal/nl/berichten.ts';
import { tekst, vertaler, weergave, ZONDER_OPMAAK, zinOfTekst } from '../../../src/taal/tekst.ts';
import { formatteerDatum, formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type SlackBericht } from '../blockkit.ts';
import { ACTIE, BESTUURDER_KEUZES, type BestuurderKeuze, VOORZITTER_UITKOMSTEN } from '../ids.ts';
import { md, SLACK_OPMAAK } from '../tekst.ts';
import { beheerMenu, intrekKnop } from './beheer.ts';
import { begrens, context, knoppen, kop, lijst, scheiding, sectie, tekstSecties } from './bouwstenen.ts';
import { casusBlokken, kaartBlokken } from './kaart.ts';
import {
  afwijkingGevraagdBlokken,
  afwijkingToegelichtBlokken,
  rapportBlokken,
  vergelijkbaarBlokken,
} from './register.ts';

/** The chair's casting-vote labels in one language (the same words as the outcomes they lead to). */
export const voorzitterLabels = (taal: Taal): Record<string, string> =>
  Object.fromEntries(BESLISSINGEN.map((u) => [u, label(u, taal)]));

const BESTUURDER_SLEUTEL = {
  goedkeuren: 'berichten.bestuurder_keuze.goedkeuren',
  afwijzen: 'berichten.bestuurder_keuze.afwijzen',
  informatie: 'berichten.bestuurder_keuze.informatie',
} as const satisfies Record<BestuurderKeuze, string>;

export const bestuurderLabel = (keuze: BestuurderKeuze, taal: Taal): string =>
  tekst(taal, BESTUURDER_SLEUTEL[keuze]);

/** The kind of a message as a person reads it (a failed delivery names the kind it could not deliver). */
function soortTekst(soort: string, taal: Taal): string {
  const sleutel = `soort.${soort}`;
  return Object.hasOwn(berichtenNl, sleutel)
    ? tekst(taal, `berichten.${sleutel as Extract<keyof typeof berichtenNl, `soort.${string}`>}`)
    : soort.replace(/_/g, ' ');
}

const moment = (iso: string, taal: Taal) => formatteerMoment(new Date(iso), taal);

/** The notification text: short, escaped, and what a phone shows on the lock screen. */
const melding = (tekst: string) => md(tekst, 300);

/** The casting-vote buttons; in the chair's DM followed by the chair's menu (extend, withdraw, …). */
export function voorzitterKnoppen(casusId: string, taal: Taal, metMenu = false): Blok {
  const labels = voorzitterLabels(taal);
  const blok = knoppen(
    `voorzitter:${casusId}`,
    VOORZITTER_UITKOMSTEN.map((u) => ({
      actionId: ACTIE.voorzitter(u),
      tekst: labels[u]!,
      waarde: casusId,
      ...(u === 'toekennen' ? { stijl: 'primary' as const } : {}),
    })),
  );
  return metMenu && blok.type === 'actions'
    ? { ...blok, elements: [...blok.elements, beheerMenu(casusId, taal)] }
    : blok;
}

export function bestuurderKnoppen(casusId: string, taal: Taal): Blok {
  return knoppen(
    `bestuurder:${casusId}`,
    BESTUURDER_KEUZES.map((k) => ({
      actionId: ACTIE.bestuurder(k),
      tekst: bestuurderLabel(k, taal),
      waarde: casusId,
      ...(k === 'goedkeuren' ? { stijl: 'primary' as const } : {}),
      ...(k === 'afwijzen' ? { stijl: 'danger' as const } : {}),
    })),
  );
}

export function besluitBlokken(
  b: { referentie: string; titel: string; tafelNaam: string; besluit: BesluitWeergave },
  taal: Taal,
): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  const x = b.besluit;
  const toezeggingen = x.toezeggingen.map(
    (z) =>
      `• ${t('berichten.toezegging.regel', {
        organisatie: md(z.organisatie, 200),
        taak: md(z.taak, 500),
        deadline: formatteerDatum(new Date(z.deadline), taal),
      })}`,
  );
  const naam = x.besluiterNaam ? ` (${md(x.besluiterNaam, 100)})` : '';
  return begrens(
    [
      kop(t('berichten.besluit.kop', { referentie: b.referentie, uitkomst: label(x.uitkomst, taal) })),
      sectie(`*${md(b.titel, 300)}* · ${md(b.tafelNaam, 200)}`),
      ...tekstSecties(t('berichten.besluit.waarom'), x.waarom, 4),
      ...tekstSecties(t('berichten.besluit.hoe'), x.hoe, 2),
      ...tekstSecties(t('berichten.besluit.voorwaarden'), x.voorwaarden),
      ...tekstSecties(t('berichten.besluit.afgeweken_van'), x.afgewekenRegel),
      ...tekstSecties(t('berichten.besluit.verwezen_naar'), x.verwijzing),
      sectie(
        t('berichten.besluit.kosten', {
          maatwerk: formatteerBedrag(x.kostenMaatwerkCent, taal),
          nietsDoen: formatteerBedrag(x.kostenNietsDoenCent, taal),
        }),
      ),
      ...(toezeggingen.length > 0
        ? [
            sectie(
              lijst(
                `*${t('berichten.besluit.toezeggingen_wie_wat')}*\n`,
                toezeggingen,
                '-',
                '\n',
                undefined,
                taal,
              ),
            ),
          ]
        : []),
      context(
        `${t('berichten.besluit.besloten_door', { wie: genomenDoorLabel(x.genomenDoor, taal) })}${naam} · ${moment(x.genomen, taal)}`,
      ),
    ],
    LIMIET.blokkenBericht,
    taal,
  );
}

function escalatieBlokken(b: Extract<Bericht, { soort: 'escalatie' }>, taal: Taal): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  const c = b.casus;
  const voorzitter = b.niveau === 'voorzitter';
  const laat = b.laat ? ` _(${t('algemeen.later_verstuurd')})_` : '';
  const antwoorden = b.antwoorden.slice(0, 15).map((r) => {
    const regels = [
      `*${md(r.organisatie, 200)}* (${md(r.naam, 100)}): ${label(r.keuze, taal)}`,
      md(r.reden, 600),
    ];
    if (r.voorwaarden)
      regels.push(t('berichten.antwoord.voorwaarden', { voorwaarden: md(r.voorwaarden, 400) }));
    return sectie(regels.join('\n'));
  });
  const eerder = b.eerdereBesluiten
    .slice(0, 5)
    .map((e) => sectie(`*${md(e.door, 200)}*: ${md(label(e.uitkomst, taal), 100)}\n${md(e.reden, 800)}`));
  return begrens(
    [
      kop(
        voorzitter
          ? t('berichten.escalatie.kop_voorzitter', { referentie: c.referentie })
          : t('berichten.escalatie.kop_bestuurder', { referentie: c.referentie }),
      ),
      sectie(
        (voorzitter
          ? `${t('berichten.escalatie.aanhef_voorzitter', { referentie: c.referentie })}.`
          : t('berichten.escalatie.uitzondering_op', {
              titel: md(b.titel, 200),
              regel: md(c.knelpunt.regel ?? c.knelpunt.naam ?? '-', 500),
              trede: b.trede,
            })) + laat,
      ),
      sectie(
        t('berichten.escalatie.waarom_bij_u', {
          redenen: md(b.redenen.map((r) => redenTekst(r, taal)).join('; '), 1500),
        }),
      ),
      sectie(`*${t('berichten.escalatie.graag_besluit', { deadline: moment(b.deadline, taal) })}*`),
      scheiding(),
      ...casusBlokken(c, taal, { kort: true }),
      ...(antwoorden.length > 0
        ? [sectie(`*${t('berichten.escalatie.antwoorden_tafel')}*`), ...antwoorden]
        : []),
      ...(eerder.length > 0 ? [sectie(`*${t('berichten.escalatie.eerdere_besluiten')}*`), ...eerder] : []),
      voorzitter ? voorzitterKnoppen(c.casusId, taal, true) : bestuurderKnoppen(c.casusId, taal),
    ],
    LIMIET.blokkenBericht,
    taal,
  );
}

/** Renders one neutral message for one address. `casusId` comes from the outbox row. */
export function slackBericht(bericht: Bericht, adres: Adres, casusId: string | null): SlackBericht {
  const taal = taalVanAdres(adres);
  const t = vertaler(taal, SLACK_OPMAAK);
  /** The same sentence without markup, for the notification text. */
  const p = vertaler(taal, ZONDER_OPMAAK);
  switch (bericht.soort) {
    case 'casus_geplaatst':
      return {
        text: melding(
          `${p('berichten.casus.nieuw')}: ${bericht.kaart.casus.referentie} · ${bericht.kaart.casus.titel}`,
        ),
        blocks: kaartBlokken(bericht.kaart, taal),
      };
    case 'casus_bijgewerkt':
      return {
        text: melding(`${bericht.kaart.casus.referentie} · ${bericht.kaart.casus.titel}`),
        blocks: kaartBlokken(bericht.kaart, taal),
      };
    case 'casus_ontvangen':
      return {
        text: melding(p('berichten.ontvangen.kop', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            [
              t('berichten.ontvangen.ingediend', {
                referentie: bericht.referentie,
                tafel: md(bericht.tafelNaam, 200),
              }),
              bericht.deadline
                ? t('berichten.ontvangen.termijn', { deadline: moment(bericht.deadline, taal) })
                : t('berichten.ontvangen.wacht', {
                    wat: (bericht.wachtOp ?? []).map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
                  }),
              t('berichten.ontvangen.besluit_hier'),
            ].join(' '),
          ),
          ...vergelijkbaarBlokken(bericht.vergelijkbaar, taal),
          {
            type: 'actions',
            block_id: `intrekken:${bericht.casusId}`,
            elements: [intrekKnop(bericht.casusId, taal)],
          },
        ],
      };
    case 'crisis_doorverwezen':
      return {
        text: melding(p('berichten.crisis.kop')),
        blocks: [
          kop(p('berichten.crisis.kop')),
          sectie(
            t('berichten.crisis.uitleg', {
              tafel: md(bericht.tafelNaam, 200),
              referentie: bericht.referentie,
            }),
          ),
          sectie(md(weergave(taal, crisisNummers(bericht.crisisdienst)), 1500)),
        ],
      };
    case 'herinnering': {
      const k = bericht.kaart;
      const waarden = {
        referentie: k.casus.referentie,
        deadline: k.ronde ? moment(k.ronde.deadline, taal) : '-',
      };
      return {
        text: melding(p('berichten.herinnering.antwoord_nodig', { ...waarden, laat: 'nee' })),
        blocks: begrens(
          [
            sectie(
              t('berichten.herinnering.antwoord_nodig', { ...waarden, laat: bericht.laat ? 'ja' : 'nee' }),
            ),
            ...kaartBlokken(k, taal),
          ],
          LIMIET.blokkenBericht,
          taal,
        ),
      };
    }
    case 'escalatie':
      return {
        text: melding(
          bericht.niveau === 'voorzitter'
            ? p('berichten.escalatie.melding_voorzitter', { referentie: bericht.casus.referentie })
            : p('berichten.escalatie.kop_bestuurder', { referentie: bericht.casus.referentie }),
        ),
        blocks: escalatieBlokken(bericht, taal),
      };
    case 'escalatie_verlopen':
      return {
        text: melding(p('berichten.verlopen.kop', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            `${t('berichten.verlopen.kop', { referentie: bericht.referentie })} (${md(bericht.titel, 300)}). ${t(
              'berichten.verlopen.naar',
              {
                wie: isGenomenDoor(bericht.naar)
                  ? genomenDoorLabel(bericht.naar, taal)
                  : md(bericht.naar, 100),
              },
            )}`,
          ),
        ],
      };
    case 'informatie_gevraagd': {
      const waarden = { naam: bericht.vanNaam, referentie: bericht.referentie };
      return {
        text: melding(p('berichten.informatie.gevraagd', waarden)),
        blocks: [
          sectie(
            `${t('berichten.informatie.gevraagd', { ...waarden, naam: md(bericht.vanNaam, 200) })} (${md(
              bericht.titel,
              300,
            )}). ${t('berichten.informatie.termijn_stil')}`,
          ),
          ...tekstSecties(t('berichten.informatie.vraag'), bericht.vraag),
          knoppen(`informatie:${bericht.verzoekId}`, [
            {
              actionId: ACTIE.informatieAntwoord,
              tekst: t('berichten.knop.beantwoorden'),
              waarde: bericht.verzoekId,
              stijl: 'primary',
            },
          ]),
        ],
      };
    }
    case 'informatie_gegeven':
      return {
        text: melding(p('berichten.informatie.antwoord_op', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            `${t('berichten.informatie.antwoord_op', { referentie: bericht.referentie })} (${md(bericht.titel, 300)}):`,
          ),
          ...tekstSecties(t('berichten.informatie.antwoord'), bericht.antwoord, 2),
          sectie(`*${t('berichten.escalatie.graag_besluit', { deadline: moment(bericht.deadline, taal) })}*`),
          ...(casusId ? [bestuurderKnoppen(casusId, taal)] : []),
        ],
      };
    case 'op_agenda':
      return {
        text: melding(p('berichten.op_agenda.kop', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            t('berichten.op_agenda.tekst', {
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
              reden: md(zinOfTekst(taal, bericht.reden), 500),
            }),
          ),
        ],
      };
    case 'besluit_gedeeld':
      return {
        text: melding(
          p('berichten.besluit.kop', {
            referentie: bericht.referentie,
            uitkomst: label(bericht.besluit.uitkomst, taal),
          }),
        ),
        blocks: besluitBlokken(bericht, taal),
      };
    case 'toezegging_herinnering':
      return {
        text: melding(p('berichten.toezegging.herinnering', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            `*${t('berichten.toezegging.herinnering', { referentie: bericht.referentie })}:* ${md(
              bericht.organisatie,
              200,
            )} – ${md(bericht.taak, 1000)}, ${t('algemeen.uiterlijk', {
              deadline: formatteerDatum(new Date(bericht.deadline), taal),
            })}.${bericht.laat ? ` _(${t('algemeen.later_verstuurd')})_` : ''}`,
          ),
        ],
      };
    case 'toezegging_achterstallig': {
      const eigenaar = bericht.trede === 'eigenaar';
      const kopSleutel = eigenaar
        ? 'berichten.toezegging.achterstallig.eigenaar'
        : 'berichten.toezegging.achterstallig.voorzitter';
      return {
        text: melding(p(kopSleutel, { referentie: bericht.referentie })),
        blocks: [
          sectie(`*${t(kopSleutel, { referentie: bericht.referentie })}*\n${md(bericht.titel, 300)}`),
          sectie(
            `*${md(bericht.organisatie, 200)}*: ${md(bericht.taak, 1000)}\n${t(
              'berichten.toezegging.was_uiterlijk',
              {
                deadline: formatteerDatum(new Date(bericht.deadline), taal),
              },
            )}${bericht.laat ? ` _(${t('algemeen.later_verstuurd')})_` : ''}`,
          ),
          eigenaar
            ? sectie(t('berichten.toezegging.achterstallig.vraag'))
            : sectie(t('berichten.toezegging.achterstallig.voorzitter_uitleg')),
          ...(eigenaar
            ? [
                knoppen(`toezegging:${bericht.toezeggingId}`, [
                  {
                    actionId: ACTIE.toezeggingGedaan,
                    tekst: t('berichten.knop.gedaan'),
                    waarde: bericht.toezeggingId,
                    stijl: 'primary',
                  },
                ]),
              ]
            : []),
        ],
      };
    }
    case 'toezegging_gedaan':
      return {
        text: melding(p('berichten.toezegging.gedaan.kop', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            `*${t('berichten.toezegging.gedaan.kop', { referentie: bericht.referentie })}*\n*${md(
              bericht.organisatie,
              200,
            )}*: ${md(bericht.taak, 1000)}`,
          ),
          sectie(`*${t('berichten.toezegging.gedaan.wat')}:* ${md(bericht.tekst, 1500)}`),
          context(t('berichten.toezegging.gedaan.door', { naam: md(bericht.doorNaam, 200) })),
        ],
      };
    case 'agenda': {
      const punten = bericht.punten.map(
        (q) =>
          `• *${q.referentie}* ${md(q.titel, 200)} · ${label(q.status, taal)}${
            q.opAgenda ? ` · *${t('berichten.agenda.besluit_in_vergadering')}*` : ''
          }${q.deadline ? ` · ${t('berichten.agenda.termijn', { deadline: moment(q.deadline, taal) })}` : ''}`,
      );
      const besluiten = bericht.besluitenSinds.map(
        (b) => `• *${b.referentie}* ${md(b.titel, 200)}: ${label(b.uitkomst, taal)}`,
      );
      const toezeggingen = bericht.achterstalligeToezeggingen.map(
        (z) =>
          `• *${z.referentie}* ${md(z.organisatie, 150)}: ${md(z.taak, 300)} (${t('berichten.agenda.was', {
            deadline: formatteerDatum(new Date(z.deadline), taal),
          })})`,
      );
      const vergadering = moment(bericht.vergadering, taal);
      const geen = t('algemeen.geen');
      return {
        text: melding(p('berichten.agenda.melding', { tafel: bericht.tafelNaam, vergadering })),
        blocks: [
          kop(p('berichten.agenda.kop', { tafel: bericht.tafelNaam })),
          sectie(
            `${t('berichten.agenda.vergadering', { vergadering })}${
              bericht.laat ? ` _(${t('algemeen.later_verstuurd')})_` : ''
            }`,
          ),
          sectie(lijst(`*${t('berichten.agenda.open_casussen')}*\n`, punten, geen, '\n', undefined, taal)),
          sectie(
            lijst(`*${t('berichten.agenda.besluiten_sinds')}*\n`, besluiten, geen, '\n', undefined, taal),
          ),
          sectie(
            lijst(
              `*${t('berichten.agenda.achterstallige_toezeggingen')}*\n`,
              toezeggingen,
              geen,
              '\n',
              undefined,
              taal,
            ),
          ),
        ],
      };
    }
    case 'weekoverzicht':
      return {
        text: melding(p('berichten.weekoverzicht.kop', { tafel: bericht.tafelNaam })),
        blocks: [
          kop(p('berichten.weekoverzicht.kop', { tafel: bericht.tafelNaam })),
          context(`${moment(bericht.van, taal)} – ${moment(bericht.tot, taal)}`),
          sectie(
            lijst(
              `*${t('berichten.weekoverzicht.besluiten')}*\n`,
              bericht.besluiten.map(
                (b) => `• *${b.referentie}* ${md(b.titel, 200)}: ${label(b.uitkomst, taal)}`,
              ),
              t('berichten.weekoverzicht.geen_besluiten'),
              '\n',
              undefined,
              taal,
            ),
          ),
        ],
      };
    case 'termijn_verlengd':
      return {
        text: melding(p('berichten.termijn.verlengd', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            t('berichten.termijn.verlengd_tot_titel', {
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
              deadline: moment(bericht.deadline, taal),
            }),
          ),
          ...tekstSecties(t('berichten.reden'), bericht.reden),
        ],
      };
    case 'casus_ingetrokken':
      return {
        text: melding(p('berichten.ingetrokken.kop', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            `${t('berichten.ingetrokken.met_titel', {
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
            })}.`,
          ),
          ...tekstSecties(t('berichten.reden'), bericht.reden),
        ],
      };
    case 'rapportgrafiek_mislukt':
      return {
        text: melding(p('berichten.grafiek_mislukt.kop')),
        blocks: [sectie(t('berichten.grafiek_mislukt.tekst', grafiekMisluktWaarden(bericht, taal, md)))],
      };
    case 'bezorging_mislukt':
      return {
        text: melding(p('berichten.bezorging.kop')),
        blocks: [
          sectie(
            t('berichten.bezorging.mislukt', {
              soort: md(soortTekst(bericht.soortBericht, taal), 60),
              metReferentie: bericht.referentie ? 'ja' : 'nee',
              referentie: bericht.referentie ?? '',
              ontvanger: md(bericht.ontvanger, 200),
              fout: md(bericht.fout, 200),
            }),
          ),
        ],
      };
    case 'aanvulling_gevraagd':
      return {
        text: melding(
          p('berichten.aanvulling.melding', {
            referentie: bericht.referentie,
            herinnering: bericht.herinnering ? 'ja' : 'nee',
          }),
        ),
        blocks: [
          sectie(
            t('berichten.aanvulling.vraag', {
              herinnering: bericht.herinnering ? 'ja' : 'nee',
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
              wat: bericht.ontbreekt.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
            }),
          ),
          knoppen(`aanvulling:${bericht.casusId}`, [
            {
              actionId: ACTIE.aanvullen,
              tekst: t('berichten.knop.aanvullen'),
              // Which fields the form shows; the core decides again what is still open.
              waarde: `${bericht.casusId}|${bericht.ontbreekt.join(',')}`,
              stijl: 'primary',
            },
          ]),
        ],
      };
    case 'toestemming_herinnering':
      return {
        text: melding(p('berichten.toestemming.melding', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            t('berichten.toestemming.herinnering', {
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
            }),
          ),
          knoppen(`toestemming:${bericht.casusId}`, [
            {
              actionId: ACTIE.toestemming,
              tekst: t('berichten.knop.vastleggen'),
              waarde: bericht.casusId,
              stijl: 'primary',
            },
          ]),
        ],
      };
    case 'inhoud_verwijderd':
      return {
        text: melding(p('berichten.verwijderd.melding', { referentie: bericht.referentie })),
        blocks: [sectie(t('berichten.verwijderd.tekst', { referentie: bericht.referentie }))],
      };
    case 'evaluatie_vraag':
      return {
        text: melding(p('berichten.evaluatie.vraag', { referentie: bericht.referentie })),
        blocks: [
          sectie(
            t('berichten.evaluatie.vraag_met_besluit', {
              referentie: bericht.referentie,
              titel: md(bericht.titel, 300),
              uitkomst: label(bericht.uitkomst, taal).toLowerCase(),
            }),
          ),
          knoppen(`evaluatie:${bericht.besluitId}`, [
            {
              actionId: ACTIE.evaluatie,
              tekst: t('berichten.knop.beantwoorden'),
              waarde: bericht.besluitId,
              stijl: 'primary',
            },
          ]),
        ],
      };
    case 'afwijking_gevraagd':
      return {
        text: melding(p('berichten.afwijking.gevraagd', { referentie: bericht.referentie })),
        blocks: afwijkingGevraagdBlokken(bericht, taal),
      };
    case 'afwijking_toegelicht':
      return {
        text: melding(p('berichten.afwijking.toegelicht', { referentie: bericht.referentie })),
        blocks: afwijkingToegelichtBlokken(bericht, taal),
      };
    case 'knelpuntenrapport':
      return {
        text: melding(p('berichten.rapport.kop', { tafel: bericht.tafelNaam ?? p('algemeen.alle_tafels') })),
        blocks: rapportBlokken(bericht, taal),
      };
  }
}

/** The values of the chair's message about a report that went without its chart, escaped by `veilig`. */
export function grafiekMisluktWaarden(
  b: Extract<Bericht, { soort: 'rapportgrafiek_mislukt' }>,
  taal: Taal,
  veilig: (tekst: string, max: number) => string,
) {
  return {
    metTafel: b.tafelNaam ? 'ja' : 'nee',
    tafel: b.tafelNaam ? veilig(b.tafelNaam, 200) : '',
    van: formatteerDatum(new Date(`${b.van}T12:00:00Z`), taal),
    tot: formatteerDatum(new Date(`${b.tot}T12:00:00Z`), taal),
    ontvanger: veilig(b.ontvanger, 200),
    reden: b.reden,
  };
}
