// Every neutral message of the core as a Slack message (Block Kit plus a notification text). Pure: the
// same message and address always give the same payload. The console renderer is the reference wording.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import {
  type Adres,
  type Bericht,
  type BesluitWeergave,
  taalVanAdres,
} from '../../../src/domain/berichten.ts';
import { BESLISSINGEN, label, redenTekst, type Taal } from '../../../src/domain/woorden.ts';
import { formatteerDatum, formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET, type SlackBericht } from '../blockkit.ts';
import { ACTIE, BESTUURDER_KEUZES, type BestuurderKeuze, VOORZITTER_UITKOMSTEN } from '../ids.ts';
import { md } from '../tekst.ts';
import { beheerMenu, intrekKnop } from './beheer.ts';
import { begrens, context, knoppen, kop, lijst, scheiding, sectie, tekstSecties } from './bouwstenen.ts';
import { casusBlokken, kaartBlokken } from './kaart.ts';
import {
  afwijkingGevraagdBlokken,
  afwijkingToegelichtBlokken,
  rapportBlokken,
  vergelijkbaarBlokken,
} from './register.ts';

export const VOORZITTER_LABEL: Record<string, string> = Object.fromEntries(
  BESLISSINGEN.map((u) => [u, label(u)]),
);

export const BESTUURDER_LABEL: Record<BestuurderKeuze, string> = {
  goedkeuren: 'Goedkeuren',
  afwijzen: 'Afwijzen',
  informatie: 'Vraag om informatie',
};

const GENOMEN_DOOR: Record<BesluitWeergave['genomenDoor'], string> = {
  tafel: 'de tafel',
  voorzitter: 'de voorzitter',
  bestuurder: 'de bestuurder',
  vergadering: 'de vergadering',
};

const moment = (iso: string, taal: Taal) => formatteerMoment(new Date(iso), taal);

/** The notification text: short, escaped, and what a phone shows on the lock screen. */
const melding = (tekst: string) => md(tekst, 300);

/** The casting-vote buttons; in the chair's DM followed by the chair's menu (extend, withdraw, …). */
export function voorzitterKnoppen(casusId: string, metMenu = false): Blok {
  const blok = knoppen(
    `voorzitter:${casusId}`,
    VOORZITTER_UITKOMSTEN.map((u) => ({
      actionId: ACTIE.voorzitter(u),
      tekst: VOORZITTER_LABEL[u]!,
      waarde: casusId,
      ...(u === 'toekennen' ? { stijl: 'primary' as const } : {}),
    })),
  );
  return metMenu && blok.type === 'actions'
    ? { ...blok, elements: [...blok.elements, beheerMenu(casusId)] }
    : blok;
}

export function bestuurderKnoppen(casusId: string): Blok {
  return knoppen(
    `bestuurder:${casusId}`,
    BESTUURDER_KEUZES.map((k) => ({
      actionId: ACTIE.bestuurder(k),
      tekst: BESTUURDER_LABEL[k],
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
  const x = b.besluit;
  const toezeggingen = x.toezeggingen.map(
    (t) =>
      `• *${md(t.organisatie, 200)}*: ${md(t.taak, 500)}, uiterlijk ${formatteerDatum(new Date(t.deadline), taal)}`,
  );
  return begrens(
    [
      kop(`Besluit ${b.referentie}: ${label(x.uitkomst, taal)}`),
      sectie(`*${md(b.titel, 300)}* · ${md(b.tafelNaam, 200)}`),
      ...tekstSecties('Waarom', x.waarom, 4),
      ...tekstSecties('Hoe', x.hoe, 2),
      ...tekstSecties('Voorwaarden', x.voorwaarden),
      ...tekstSecties('Afgeweken van', x.afgewekenRegel),
      ...tekstSecties('Verwezen naar', x.verwijzing),
      sectie(
        `*Kosten:* ${formatteerBedrag(x.kostenMaatwerkCent, taal)} maatwerk, tegenover naar schatting ${formatteerBedrag(
          x.kostenNietsDoenCent,
          taal,
        )} als er niets gebeurt`,
      ),
      ...(toezeggingen.length > 0
        ? [sectie(lijst('*Toezeggingen (wie doet wat, per wanneer)*\n', toezeggingen, '-', '\n'))]
        : []),
      context(
        `Besloten door ${GENOMEN_DOOR[x.genomenDoor]}${x.besluiterNaam ? ` (${md(x.besluiterNaam, 100)})` : ''} · ${moment(x.genomen, taal)}`,
      ),
    ],
    LIMIET.blokkenBericht,
  );
}

function escalatieBlokken(b: Extract<Bericht, { soort: 'escalatie' }>, taal: Taal): Blok[] {
  const c = b.casus;
  const voorzitter = b.niveau === 'voorzitter';
  const laat = b.laat ? ' _(later verstuurd dan gepland)_' : '';
  const reacties = b.reacties.slice(0, 15).map((r) => {
    const regels = [
      `*${md(r.organisatie, 200)}* (${md(r.naam, 100)}): ${label(r.keuze, taal)}`,
      md(r.reden, 600),
    ];
    if (r.voorwaarden) regels.push(`_Voorwaarden:_ ${md(r.voorwaarden, 400)}`);
    return sectie(regels.join('\n'));
  });
  const eerder = b.eerdereBesluiten
    .slice(0, 5)
    .map((e) => sectie(`*${md(e.door, 200)}*: ${md(label(e.uitkomst, taal), 100)}\n${md(e.reden, 800)}`));
  return begrens(
    [
      kop(voorzitter ? `Uw besluit als voorzitter: ${c.referentie}` : `Goedkeuring nodig: ${c.referentie}`),
      sectie(
        voorzitter
          ? `Voorzitter, uw doorslaggevende stem is nodig over *${c.referentie}*.${laat}`
          : `*${md(b.titel, 200)}*, uw goedkeuring is nodig voor een uitzondering op *${md(
              c.knelpunt.regel ?? c.knelpunt.naam ?? '-',
              500,
            )}* (trede ${b.trede}).${laat}`,
      ),
      sectie(`*Waarom bij u:* ${md(b.redenen.map((r) => redenTekst(r, taal)).join('; '), 1500)}`),
      sectie(`*Graag uw besluit vóór ${moment(b.deadline, taal)}*`),
      scheiding(),
      ...casusBlokken(c, taal, { kort: true }),
      ...(reacties.length > 0 ? [sectie('*Antwoorden van de tafel*'), ...reacties] : []),
      ...(eerder.length > 0 ? [sectie('*Eerdere besluiten in deze escalatie*'), ...eerder] : []),
      voorzitter ? voorzitterKnoppen(c.casusId, true) : bestuurderKnoppen(c.casusId),
    ],
    LIMIET.blokkenBericht,
  );
}

/** Renders one neutral message for one address. `casusId` comes from the outbox row. */
export function slackBericht(bericht: Bericht, adres: Adres, casusId: string | null): SlackBericht {
  const taal = taalVanAdres(adres);
  switch (bericht.soort) {
    case 'casus_geplaatst':
      return {
        text: melding(
          `Nieuwe casus voor de tafel: ${bericht.kaart.casus.referentie} · ${bericht.kaart.casus.titel}`,
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
        text: melding(`Uw casus is ingediend als ${bericht.referentie}`),
        blocks: [
          sectie(
            `Uw casus is ingediend als *${bericht.referentie}* bij *${md(bericht.tafelNaam, 200)}*. ` +
              `De leden beslissen uiterlijk ${moment(bericht.deadline, taal)}. U krijgt het besluit met de reden hier.`,
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
        text: melding('Crisis: bel nu de crisisdienst'),
        blocks: [
          kop('Crisis: bel nu de crisisdienst'),
          sectie(
            `Een crisis gaat niet via de tafel (${md(bericht.tafelNaam, 200)}). Bel direct de crisisdienst. ` +
              `Vastgelegd als *${bericht.referentie}*, zodat bekend is dat u bent doorverwezen.`,
          ),
        ],
      };
    case 'herinnering': {
      const k = bericht.kaart;
      const deadline = k.ronde ? moment(k.ronde.deadline, taal) : '-';
      return {
        text: melding(`Herinnering: uw antwoord op ${k.casus.referentie} is nodig vóór ${deadline}`),
        blocks: begrens(
          [
            sectie(
              `*Herinnering${bericht.laat ? ' (later verstuurd dan gepland)' : ''}:* uw antwoord op *${k.casus.referentie}* is nodig vóór *${deadline}*.`,
            ),
            ...kaartBlokken(k, taal),
          ],
          LIMIET.blokkenBericht,
        ),
      };
    }
    case 'escalatie':
      return {
        text: melding(
          bericht.niveau === 'voorzitter'
            ? `Uw besluit als voorzitter is nodig: ${bericht.casus.referentie}`
            : `Goedkeuring nodig: ${bericht.casus.referentie}`,
        ),
        blocks: escalatieBlokken(bericht, taal),
      };
    case 'escalatie_verlopen':
      return {
        text: melding(`Geen besluit binnen de termijn over ${bericht.referentie}`),
        blocks: [
          sectie(
            `Geen besluit binnen de termijn over *${bericht.referentie}* (${md(bericht.titel, 300)}): de casus gaat naar de ${md(bericht.naar, 100)}.`,
          ),
        ],
      };
    case 'informatie_gevraagd':
      return {
        text: melding(`${bericht.vanNaam} vraagt om informatie over ${bericht.referentie}`),
        blocks: [
          sectie(
            `*${md(bericht.vanNaam, 200)}* vraagt om informatie over *${bericht.referentie}* (${md(bericht.titel, 300)}). De termijn staat stil tot er een antwoord is.`,
          ),
          ...tekstSecties('Vraag', bericht.vraag),
          knoppen(`informatie:${bericht.verzoekId}`, [
            {
              actionId: ACTIE.informatieAntwoord,
              tekst: 'Beantwoorden',
              waarde: bericht.verzoekId,
              stijl: 'primary',
            },
          ]),
        ],
      };
    case 'informatie_gegeven':
      return {
        text: melding(`Antwoord op uw vraag over ${bericht.referentie}`),
        blocks: [
          sectie(`Antwoord op uw vraag over *${bericht.referentie}* (${md(bericht.titel, 300)}):`),
          ...tekstSecties('Antwoord', bericht.antwoord, 2),
          sectie(`*Graag uw besluit vóór ${moment(bericht.deadline, taal)}*`),
          ...(casusId ? [bestuurderKnoppen(casusId)] : []),
        ],
      };
    case 'op_agenda':
      return {
        text: melding(`${bericht.referentie} staat op de agenda van de volgende vergadering`),
        blocks: [
          sectie(
            `*${bericht.referentie}* (${md(bericht.titel, 300)}) staat op de agenda van de volgende vergadering: ${md(bericht.reden, 500)}`,
          ),
        ],
      };
    case 'besluit_gedeeld':
      return {
        text: melding(`Besluit ${bericht.referentie}: ${label(bericht.besluit.uitkomst, taal)}`),
        blocks: besluitBlokken(bericht, taal),
      };
    case 'toezegging_herinnering':
      return {
        text: melding(`Herinnering toezegging bij ${bericht.referentie}`),
        blocks: [
          sectie(
            `*Herinnering toezegging bij ${bericht.referentie}:* ${md(bericht.organisatie, 200)} – ${md(bericht.taak, 1000)}, uiterlijk ${formatteerDatum(new Date(bericht.deadline), taal)}.`,
          ),
        ],
      };
    case 'agenda': {
      const punten = bericht.punten.map(
        (p) =>
          `• *${p.referentie}* ${md(p.titel, 200)} · ${label(p.status, taal)}${p.opAgenda ? ' · *besluit in de vergadering*' : ''}${
            p.deadline ? ` · termijn ${moment(p.deadline, taal)}` : ''
          }`,
      );
      const besluiten = bericht.besluitenSinds.map(
        (b) => `• *${b.referentie}* ${md(b.titel, 200)}: ${label(b.uitkomst, taal)}`,
      );
      const toezeggingen = bericht.achterstalligeToezeggingen.map(
        (t) =>
          `• *${t.referentie}* ${md(t.organisatie, 150)}: ${md(t.taak, 300)} (was ${formatteerDatum(new Date(t.deadline), taal)})`,
      );
      return {
        text: melding(`Agenda ${bericht.tafelNaam}, vergadering ${moment(bericht.vergadering, taal)}`),
        blocks: [
          kop(`Agenda ${bericht.tafelNaam}`),
          sectie(
            `Vergadering ${moment(bericht.vergadering, taal)}${bericht.laat ? ' _(later verstuurd dan gepland)_' : ''}`,
          ),
          sectie(lijst('*Open en geëscaleerde casussen*\n', punten, 'Geen.', '\n')),
          sectie(lijst('*Besluiten sinds de vorige vergadering*\n', besluiten, 'Geen.', '\n')),
          sectie(lijst('*Achterstallige toezeggingen*\n', toezeggingen, 'Geen.', '\n')),
        ],
      };
    }
    case 'weekoverzicht':
      return {
        text: melding(`Weekoverzicht ${bericht.tafelNaam}`),
        blocks: [
          kop(`Weekoverzicht ${bericht.tafelNaam}`),
          context(`${moment(bericht.van, taal)} – ${moment(bericht.tot, taal)}`),
          sectie(
            lijst(
              '*Besluiten deze week*\n',
              bericht.besluiten.map(
                (b) => `• *${b.referentie}* ${md(b.titel, 200)}: ${label(b.uitkomst, taal)}`,
              ),
              'Geen besluiten deze week.',
              '\n',
            ),
          ),
        ],
      };
    case 'termijn_verlengd':
      return {
        text: melding(`De termijn van ${bericht.referentie} is verlengd`),
        blocks: [
          sectie(
            `De termijn van *${bericht.referentie}* (${md(bericht.titel, 300)}) is verlengd tot *${moment(bericht.deadline, taal)}*.`,
          ),
          ...tekstSecties('Reden', bericht.reden),
        ],
      };
    case 'casus_ingetrokken':
      return {
        text: melding(`${bericht.referentie} is ingetrokken`),
        blocks: [
          sectie(`*${bericht.referentie}* (${md(bericht.titel, 300)}) is ingetrokken.`),
          ...tekstSecties('Reden', bericht.reden),
        ],
      };
    case 'bezorging_mislukt':
      return {
        text: melding('Een bericht kon niet worden bezorgd'),
        blocks: [
          sectie(
            `Een bericht (${md(bericht.soortBericht, 60)}${bericht.referentie ? ` over *${bericht.referentie}*` : ''}) kon na herhaalde pogingen niet worden bezorgd aan ${md(bericht.ontvanger, 200)}: \`${md(bericht.fout, 200)}\`. Controleer of de bot in dat kanaal zit of de persoon nog bestaat.`,
          ),
        ],
      };
    case 'toestemming_herinnering':
      return {
        text: melding(`Toestemming voor ${bericht.referentie} is nog niet vastgelegd`),
        blocks: [
          sectie(
            `*Herinnering:* leg voor *${bericht.referentie}* (${md(bericht.titel, 300)}) de toestemming van het huishouden vast, of de afweging als er geen toestemming is.`,
          ),
          knoppen(`toestemming:${bericht.casusId}`, [
            { actionId: ACTIE.toestemming, tekst: 'Vastleggen', waarde: bericht.casusId, stijl: 'primary' },
          ]),
        ],
      };
    case 'inhoud_verwijderd':
      return {
        text: melding(`${bericht.referentie}: inhoud verwijderd na de bewaartermijn`),
        blocks: [
          sectie(
            `*${bericht.referentie}*: de inhoud van deze casus is verwijderd na de bewaartermijn. Het besluit met het hoe en waarom blijft vindbaar.`,
          ),
        ],
      };
    case 'evaluatie_vraag':
      return {
        text: melding(`Heeft het maatwerk voor ${bericht.referentie} gewerkt?`),
        blocks: [
          sectie(
            `Heeft het maatwerk voor *${bericht.referentie}* (${md(bericht.titel, 300)}, ${label(bericht.uitkomst, taal).toLowerCase()}) gewerkt? Uw antwoord helpt de tafel om gelijke gevallen gelijk te beslissen.`,
          ),
          knoppen(`evaluatie:${bericht.besluitId}`, [
            { actionId: ACTIE.evaluatie, tekst: 'Beantwoorden', waarde: bericht.besluitId, stijl: 'primary' },
          ]),
        ],
      };
    case 'afwijking_gevraagd':
      return {
        text: melding(`Waarin verschilt ${bericht.referentie} van eerdere besluiten?`),
        blocks: afwijkingGevraagdBlokken(bericht, taal),
      };
    case 'afwijking_toegelicht':
      return {
        text: melding(`Toelichting van de voorzitter bij ${bericht.referentie}`),
        blocks: afwijkingToegelichtBlokken(bericht, taal),
      };
    case 'knelpuntenrapport':
      return {
        text: melding(`Knelpuntenrapport ${bericht.tafelNaam ?? 'alle tafels'}`),
        blocks: rapportBlokken(bericht, taal),
      };
  }
}
