// Renders neutral messages as plain text, as a person would read them in a chat. Used by the
// console demo and as the reference rendering for the Slack and Teams adapters.

import { formatteerBedrag } from '../../src/domain/bedrag.ts';
import { type Adres, type Bericht, type KaartStand, taalVanAdres } from '../../src/domain/berichten.ts';
import { crisisNummers } from '../../src/domain/crisis.ts';
import type { PrecedentWeergave } from '../../src/domain/register.ts';
import { BESLISSINGEN, KEUZES, label, redenTekst, type Taal } from '../../src/domain/woorden.ts';
import { naamlijst } from '../../src/taal/lijst.ts';
import berichtenNl from '../../src/taal/nl/berichten.ts';
import { tekst, type Vertaler, vertaler, weergave, zinOfTekst } from '../../src/taal/tekst.ts';
import { formatteerMoment } from '../../src/time/index.ts';

const BESLUITER = {
  tafel: 'berichten.besluiter.tafel',
  voorzitter: 'berichten.besluiter.voorzitter',
  bestuurder: 'berichten.besluiter.bestuurder',
  vergadering: 'berichten.besluiter.vergadering',
} as const;

const GENOMEN_DOOR = {
  tafel: 'berichten.genomen_door.tafel',
  voorzitter: 'berichten.genomen_door.voorzitter',
  bestuurder: 'berichten.genomen_door.bestuurder',
  vergadering: 'berichten.genomen_door.vergadering',
} as const;

const BESTUURDER_KEUZES = [
  'berichten.bestuurder_keuze.goedkeuren',
  'berichten.bestuurder_keuze.afwijzen',
  'berichten.bestuurder_keuze.informatie',
] as const;

const isGenomenDoor = (x: string): x is keyof typeof GENOMEN_DOOR => Object.hasOwn(GENOMEN_DOOR, x);

/** The kind of a message as a person reads it (a failed delivery names the kind it could not deliver). */
function soortTekst(soort: string, taal: Taal): string {
  const sleutel = `soort.${soort}`;
  return Object.hasOwn(berichtenNl, sleutel)
    ? tekst(taal, `berichten.${sleutel as Extract<keyof typeof berichtenNl, `soort.${string}`>}`)
    : soort.replace(/_/g, ' ');
}

const knoppen = (labels: string[]) => labels.map((l) => `[${l}]`).join(' ');

function vergelijkbaar(lijst: PrecedentWeergave[] | undefined, taal: Taal): string[] {
  if (!lijst?.length) return [];
  return [
    `${tekst(taal, 'berichten.console.vergelijkbaar')}:`,
    ...lijst.map((v) => `  - ${v.referentie} ${v.titel}: ${label(v.uitkomst, taal)}`),
  ];
}

function kaart(k: KaartStand, taal: Taal): string[] {
  const t = vertaler(taal);
  const c = k.casus;
  const regels = [
    `${c.referentie} · ${c.titel}`,
    t('berichten.console.status', {
      status: label(c.status, taal),
      opAgenda: c.opAgenda ? 'ja' : 'nee',
      urgentie: label(c.urgentie, taal),
    }),
    t('berichten.console.knelpunt', {
      naam: c.knelpunt.naam,
      metRegel: c.knelpunt.regel ? 'ja' : 'nee',
      regel: c.knelpunt.regel ?? '',
    }),
    t('berichten.console.leefgebieden', {
      leefgebieden: c.leefgebieden.map((l) => label(l, taal)).join(', '),
    }),
    t('berichten.console.situatie', { situatie: c.situatie }),
    t('berichten.console.gevraagd', { gevraagd: c.gevraagdeOplossing }),
    t('berichten.console.kosten', {
      maatwerk: formatteerBedrag(c.kostenMaatwerkCent, taal),
      nietsDoen: formatteerBedrag(c.kostenNietsDoenCent, taal),
      toelichting: c.kostenNietsDoenToelichting,
    }),
    t('berichten.console.betrokkenheid', {
      betrokkenheid: label(c.betrokkenheid, taal),
      toestemming: label(c.toestemming, taal),
    }),
  ];
  if (k.ronde) {
    const r = k.ronde;
    regels.push(
      r.status === 'open'
        ? t('berichten.console.ronde_open', { deadline: formatteerMoment(new Date(r.deadline), taal) })
        : t('berichten.console.ronde_gesloten'),
    );
    if (r.geantwoord.length > 0) {
      regels.push(
        t('berichten.console.geantwoord', {
          wie: r.geantwoord
            .map((l) => (l.keuze ? `${l.organisatie} (${label(l.keuze, taal)}: ${l.reden})` : l.organisatie))
            .join('; '),
        }),
      );
    }
    if (r.wachtend.length > 0 && r.status === 'open')
      regels.push(t('berichten.console.wacht_op', { wie: naamlijst(r.wachtend.map((l) => l.organisatie)) }));
  }
  return [...regels, ...vergelijkbaar(k.vergelijkbaar, taal)];
}

const laatTekst = (t: Vertaler, laat: boolean) => (laat ? ` (${t('algemeen.later_verstuurd')})` : '');

export function weergaveTekst(bericht: Bericht, adres: Adres): string {
  const taal = taalVanAdres(adres);
  const t = vertaler(taal);
  const moment = (iso: string | number) => formatteerMoment(new Date(iso), taal);
  switch (bericht.soort) {
    case 'casus_geplaatst':
      return [
        t('berichten.casus.nieuw'),
        ...kaart(bericht.kaart, taal),
        knoppen(KEUZES.map((k) => label(k, taal))),
      ].join('\n');
    case 'casus_bijgewerkt':
      return [t('berichten.casus.bijgewerkt'), ...kaart(bericht.kaart, taal)].join('\n');
    case 'casus_ontvangen':
      return [
        `${t('berichten.ontvangen.ingediend', { referentie: bericht.referentie, tafel: bericht.tafelNaam })} ${
          bericht.deadline
            ? t('berichten.ontvangen.termijn', { deadline: moment(bericht.deadline) })
            : t('berichten.ontvangen.wacht', {
                wat: (bericht.wachtOp ?? []).map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
              })
        }`,
        ...vergelijkbaar(bericht.vergelijkbaar, taal),
      ].join('\n');
    case 'crisis_doorverwezen':
      return `${t('berichten.crisis.waarschuwing')} ${t('berichten.crisis.uitleg', {
        tafel: bericht.tafelNaam,
        referentie: bericht.referentie,
      })} ${weergave(taal, crisisNummers(bericht.crisisdienst))}`;
    case 'herinnering':
      return [
        t('berichten.herinnering.antwoord_nodig', {
          laat: bericht.laat ? 'ja' : 'nee',
          referentie: bericht.kaart.casus.referentie,
          deadline: moment(bericht.kaart.ronde?.deadline ?? Date.now()),
        }),
        ...kaart(bericht.kaart, taal),
      ].join('\n');
    case 'escalatie': {
      const referentie = bericht.casus.referentie;
      return [
        (bericht.niveau === 'voorzitter'
          ? t('berichten.escalatie.aanhef_voorzitter', { referentie })
          : t('berichten.escalatie.aanhef_bestuurder', { titel: bericht.titel, referentie })) +
          laatTekst(t, bericht.laat),
        t('berichten.escalatie.waarom_bij_u', {
          redenen: bericht.redenen.map((r) => redenTekst(r, taal)).join('; '),
        }),
        t('berichten.escalatie.graag_besluit', { deadline: moment(bericht.deadline) }),
        t('berichten.console.casus_kort', {
          titel: bericht.casus.titel,
          bedrag: formatteerBedrag(bericht.casus.kostenMaatwerkCent, taal),
          regel: bericht.casus.knelpunt.regel ?? bericht.casus.knelpunt.naam,
        }),
        `${t('berichten.escalatie.antwoorden_tafel')}:`,
        ...bericht.antwoorden.map(
          (r) =>
            `  - ${r.organisatie}: ${label(r.keuze, taal)}, ${r.reden}${
              r.voorwaarden ? ` (${t('berichten.console.voorwaarden', { voorwaarden: r.voorwaarden })})` : ''
            }`,
        ),
        ...bericht.eerdereBesluiten.map((e) => `  - ${e.door}: ${label(e.uitkomst, taal)}, ${e.reden}`),
        bericht.niveau === 'voorzitter'
          ? knoppen(BESLISSINGEN.map((u) => label(u, taal)))
          : knoppen(BESTUURDER_KEUZES.map((k) => t(k))),
      ].join('\n');
    }
    case 'escalatie_verlopen':
      return `${t('berichten.verlopen.kop', { referentie: bericht.referentie })}. ${t(
        'berichten.verlopen.naar',
        {
          wie: isGenomenDoor(bericht.naar) ? t(GENOMEN_DOOR[bericht.naar]) : bericht.naar,
        },
      )}`;
    case 'informatie_gevraagd':
      return `${t('berichten.informatie.gevraagd', {
        naam: bericht.vanNaam,
        referentie: bericht.referentie,
      })}: ${bericht.vraag}`;
    case 'informatie_gegeven':
      return `${t('berichten.informatie.antwoord_op', { referentie: bericht.referentie })}: ${
        bericht.antwoord
      }. ${t('berichten.escalatie.graag_besluit', { deadline: moment(bericht.deadline) })}.`;
    case 'op_agenda':
      return `${t('berichten.op_agenda.kop', { referentie: bericht.referentie })}: ${zinOfTekst(taal, bericht.reden)}`;
    case 'besluit_gedeeld': {
      const b = bericht.besluit;
      return [
        t('berichten.console.besluit_kop', {
          referentie: bericht.referentie,
          tafel: bericht.tafelNaam,
          uitkomst: label(b.uitkomst, taal),
        }),
        `${t('berichten.console.genomen_door', { wie: t(BESLUITER[b.genomenDoor]) })}${
          b.besluiterNaam ? ` (${b.besluiterNaam})` : ''
        }, ${moment(b.genomen)}`,
        `${t('berichten.besluit.waarom')}: ${b.waarom}`,
        ...(b.hoe ? [`${t('berichten.besluit.hoe')}: ${b.hoe}`] : []),
        ...(b.voorwaarden ? [`${t('berichten.besluit.voorwaarden')}: ${b.voorwaarden}`] : []),
        ...(b.afgewekenRegel ? [`${t('berichten.besluit.afgeweken_van')}: ${b.afgewekenRegel}`] : []),
        ...(b.verwijzing ? [`${t('berichten.besluit.verwezen_naar')}: ${b.verwijzing}`] : []),
        t('berichten.besluit.kosten', {
          maatwerk: formatteerBedrag(b.kostenMaatwerkCent, taal),
          nietsDoen: formatteerBedrag(b.kostenNietsDoenCent, taal),
        }),
        ...b.toezeggingen.map((z) =>
          t('berichten.console.toezegging', {
            organisatie: z.organisatie,
            taak: z.taak,
            deadline: moment(z.deadline),
          }),
        ),
      ].join('\n');
    }
    case 'toezegging_herinnering':
      return `${t('berichten.toezegging.herinnering', { referentie: bericht.referentie })}: ${
        bericht.organisatie
      } ${bericht.taak}, ${t('algemeen.uiterlijk', { deadline: moment(bericht.deadline) })}.${laatTekst(t, bericht.laat ?? false)}`;
    case 'toezegging_achterstallig':
      return [
        `${t(
          bericht.trede === 'eigenaar'
            ? 'berichten.toezegging.achterstallig.eigenaar'
            : 'berichten.toezegging.achterstallig.voorzitter',
          { referentie: bericht.referentie },
        )}: ${bericht.organisatie} ${bericht.taak}. ${t('berichten.toezegging.was_uiterlijk', {
          deadline: moment(bericht.deadline),
        })}${laatTekst(t, bericht.laat)}`,
        t(
          bericht.trede === 'eigenaar'
            ? 'berichten.toezegging.achterstallig.vraag'
            : 'berichten.toezegging.achterstallig.voorzitter_uitleg',
        ),
      ].join('\n');
    case 'toezegging_gedaan':
      return [
        `${t('berichten.toezegging.gedaan.kop', { referentie: bericht.referentie })}: ${bericht.organisatie} ${bericht.taak}`,
        `${t('berichten.toezegging.gedaan.wat')}: ${bericht.tekst}`,
        t('berichten.toezegging.gedaan.door', { naam: bericht.doorNaam }),
      ].join('\n');
    case 'agenda': {
      const geen = `  (${t('berichten.console.geen')})`;
      return [
        t('berichten.agenda.melding', {
          tafel: bericht.tafelNaam,
          vergadering: moment(bericht.vergadering),
        }) + laatTekst(t, bericht.laat),
        `${t('berichten.agenda.open_casussen')}:`,
        ...(bericht.punten.length
          ? bericht.punten.map(
              (p) =>
                `  - ${p.referentie} ${p.titel} · ${label(p.status, taal)}${
                  p.opAgenda ? ` · ${t('berichten.agenda.besluit_in_vergadering')}` : ''
                }${p.deadline ? ` · ${t('berichten.agenda.termijn', { deadline: moment(p.deadline) })}` : ''}`,
            )
          : [geen]),
        `${t('berichten.agenda.besluiten_sinds')}:`,
        ...(bericht.besluitenSinds.length
          ? bericht.besluitenSinds.map((b) => `  - ${b.referentie} ${b.titel}: ${label(b.uitkomst, taal)}`)
          : [geen]),
        `${t('berichten.agenda.achterstallige_toezeggingen')}:`,
        ...(bericht.achterstalligeToezeggingen.length
          ? bericht.achterstalligeToezeggingen.map(
              (z) =>
                `  - ${z.referentie} ${z.organisatie}: ${z.taak} (${t('berichten.agenda.was', {
                  deadline: moment(z.deadline),
                })})`,
            )
          : [geen]),
      ].join('\n');
    }
    case 'weekoverzicht':
      return [
        `${t('berichten.weekoverzicht.kop', { tafel: bericht.tafelNaam })} (${moment(bericht.van)} – ${moment(
          bericht.tot,
        )})`,
        ...(bericht.besluiten.length
          ? bericht.besluiten.map((b) => `  - ${b.referentie} ${b.titel}: ${label(b.uitkomst, taal)}`)
          : [`  ${t('berichten.weekoverzicht.geen_besluiten')}`]),
      ].join('\n');
    case 'termijn_verlengd':
      return `${t('berichten.termijn.verlengd_tot', {
        referentie: bericht.referentie,
        deadline: moment(bericht.deadline),
      })}: ${bericht.reden}`;
    case 'casus_ingetrokken':
      return `${t('berichten.ingetrokken.met_titel', {
        referentie: bericht.referentie,
        titel: bericht.titel,
      })}: ${bericht.reden}`;
    case 'rapportgrafiek_mislukt':
      return t('berichten.grafiek_mislukt.tekst', {
        metTafel: bericht.tafelNaam ? 'ja' : 'nee',
        tafel: bericht.tafelNaam ?? '',
        van: bericht.van,
        tot: bericht.tot,
        ontvanger: bericht.ontvanger,
        reden: bericht.reden,
      });
    case 'bezorging_mislukt':
      return t('berichten.bezorging.mislukt', {
        soort: soortTekst(bericht.soortBericht, taal),
        metReferentie: bericht.referentie ? 'ja' : 'nee',
        referentie: bericht.referentie ?? '',
        ontvanger: bericht.ontvanger,
        fout: bericht.fout,
      });
    case 'inhoud_verwijderd':
      return `[${t('berichten.console.vervangt')}] ${t('berichten.verwijderd.kort')} ${t(
        'berichten.verwijderd.vindbaar',
        { referentie: bericht.referentie },
      )}`;
    case 'aanvulling_gevraagd':
      return t('berichten.aanvulling.console', {
        herinnering: bericht.herinnering ? 'ja' : 'nee',
        referentie: bericht.referentie,
        titel: bericht.titel,
        wat: bericht.ontbreekt.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
      });
    case 'toestemming_herinnering':
      return t('berichten.toestemming.herinnering', { referentie: bericht.referentie, titel: bericht.titel });
    case 'afwijking_gevraagd':
      return [
        t('berichten.console.afwijking', {
          referentie: bericht.referentie,
          uitkomst: label(bericht.uitkomst, taal),
          inMeerderheid: bericht.inMeerderheid,
          eerder: bericht.eerder,
          knelpunt: bericht.knelpunt,
        }),
        t('berichten.console.afwijking_vraag'),
        ...bericht.voorbeelden.map((v) => `  - ${v.referentie} ${v.titel}: ${label(v.uitkomst, taal)}`),
      ].join('\n');
    case 'afwijking_toegelicht':
      return t('berichten.console.afwijking_toegelicht', {
        referentie: bericht.referentie,
        naam: bericht.voorzitterNaam,
        toelichting: bericht.toelichting,
      });
    case 'knelpuntenrapport':
      return [
        t('berichten.console.rapport', {
          tafel: bericht.tafelNaam ?? t('algemeen.alle_tafels'),
          van: bericht.van,
          tot: bericht.tot,
        }),
        bericht.samenvatting,
      ].join('\n');
    case 'evaluatie_vraag':
      return `${t('berichten.console.evaluatie', { referentie: bericht.referentie, titel: bericht.titel })} ${knoppen(
        [t('berichten.console.ja'), t('berichten.console.nee')],
      )} ${t('berichten.console.met_toelichting')}`;
  }
}

export function adresTekst(adres: Adres): string {
  const taal = taalVanAdres(adres);
  return adres.soort === 'kanaal'
    ? tekst(taal, 'berichten.console.kanaal', { kanaal: adres.kanaalId })
    : tekst(taal, 'berichten.console.privebericht', { naam: adres.naam });
}
