// Cards for the smaller messages: confirmations, reminders, questions, agenda and digests, help.
import type { Bericht } from '../../../src/domain/berichten.ts';
import { label } from '../../../src/domain/woorden.ts';
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

export const eenvoudig = (regels: Element[]) => passend(() => kaart(regels));

/** The submitter's confirmation, with their own way to withdraw the casus (the service decides). */
export function ontvangenkaart(b: Van<'casus_ontvangen'>): AdaptiveKaart {
  return passend((max) => ontvangen(b, max));
}

function ontvangen(b: Van<'casus_ontvangen'>, max: number): AdaptiveKaart {
  return kaart(
    [
      tekst(`Uw casus is ingediend als ${b.referentie}`, { weight: 'bolder', color: 'good' }),
      tekst(
        `${b.tafelNaam} beslist uiterlijk ${moment(b.deadline)}. U krijgt het besluit met de onderbouwing hier.`,
      ),
      ...vergelijkbaarElementen(b.vergelijkbaar, max),
    ],
    {
      actions: [
        {
          type: 'Action.ShowCard',
          title: 'Casus intrekken',
          card: {
            type: 'AdaptiveCard',
            body: [
              tekstveld(BEHEER_VELDEN.intrekken.reden, 'Reden van het intrekken', {
                verplicht: true,
                meerdereRegels: true,
                max: 2000,
                hint: 'De tafel krijgt bericht met de reden. Geen persoonsgegevens.',
                fout: 'Geef een reden',
              }),
            ],
            actions: [
              uitvoeren(
                'Intrekken',
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

export function crisiskaart(b: Van<'crisis_doorverwezen'>): AdaptiveKaart {
  return kaart([
    waarschuwing('Dit is een crisis: bel nu de crisisdienst.'),
    tekst(`Een crisis gaat niet via ${b.tafelNaam}. De doorverwijzing is vastgelegd als ${b.referentie}.`),
  ]);
}

export function informatievraagkaart(b: Van<'informatie_gevraagd'>): AdaptiveKaart {
  return passend((max) =>
    kaart([
      tekst(`Vraag over ${b.referentie}`, { weight: 'bolder', color: 'accent' }),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      tekst(`${b.vanNaam} vraagt om informatie voordat er een besluit valt:`),
      letterlijk(b.vraag, max),
      container(
        [
          tekstveld('antwoord', 'Uw antwoord', {
            verplicht: true,
            meerdereRegels: true,
            max: 3000,
            fout: 'Geef een antwoord',
          }),
          knoppen([uitvoeren('Antwoord versturen', VERB_INFORMATIE, { verzoekId: b.verzoekId })]),
        ],
        { separator: true },
      ),
    ]),
  );
}

export function informatieantwoordkaart(b: Van<'informatie_gegeven'>): AdaptiveKaart {
  return passend((max) =>
    kaart([
      tekst(`Antwoord op uw vraag over ${b.referentie}`, { weight: 'bolder', color: 'accent' }),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      letterlijk(b.antwoord, max),
      tekst(`Graag uw besluit vóór ${moment(b.deadline)}, met de knoppen op de eerdere kaart.`),
    ]),
  );
}

export function evaluatiekaart(b: Van<'evaluatie_vraag'>): AdaptiveKaart {
  return kaart([
    tekst(`Heeft het maatwerk voor ${b.referentie} gewerkt?`, { weight: 'bolder', color: 'accent' }),
    letterlijk(b.titel, 120),
    klein(`Besluit: ${label(b.uitkomst)}`),
    tekstveld('toelichting', 'Korte toelichting', {
      verplicht: true,
      meerdereRegels: true,
      max: 2000,
      fout: 'Geef een korte toelichting',
    }),
    knoppen([
      uitvoeren('Ja, het werkte', `${VERB_EVALUATIE}ja`, { besluitId: b.besluitId }, { style: 'positive' }),
      uitvoeren('Nee', `${VERB_EVALUATIE}nee`, { besluitId: b.besluitId }),
    ]),
  ]);
}

/** Long lists shrink with the text budget, and say how many were left out. */
function lijst<T>(items: T[], max: number, regel: (item: T) => Element[]): Element[] {
  const aantal = Math.max(8, Math.floor(max / 40));
  const uit = items.slice(0, aantal).flatMap(regel);
  if (items.length > aantal) uit.push(klein(`… en nog ${items.length - aantal}`));
  return uit;
}

export function toestemmingkaart(b: Van<'toestemming_herinnering'>): AdaptiveKaart {
  return kaart([
    tekst(`Toestemming nog niet vastgelegd voor ${b.referentie}`, { weight: 'bolder', color: 'accent' }),
    letterlijk(b.titel, 120),
    tekst('Leg de toestemming van het huishouden vast, of de afweging als er geen toestemming is.'),
    keuzeveld(
      'toestemming',
      'Toestemming',
      [
        { title: label('ja_vastgelegd'), value: 'ja_vastgelegd' },
        { title: label('nee_afweging_vastgelegd'), value: 'nee_afweging_vastgelegd' },
      ],
      { uitgeklapt: true, verplicht: true, fout: 'Kies een van beide' },
    ),
    tekstveld('afweging', 'Afweging (als er geen toestemming is)', { meerdereRegels: true, max: 1000 }),
    knoppen([uitvoeren('Vastleggen', VERB_TOESTEMMING, { casusId: b.casusId })]),
  ]);
}

/** The stub that replaces a channel post once the casus text is purged after the retention period. */
export function verwijderdkaart(b: Van<'inhoud_verwijderd'>): AdaptiveKaart {
  return kaart([
    klein(b.referentie),
    tekst('Inhoud verwijderd na de bewaartermijn.', { weight: 'bolder' }),
    tekst(`Het besluit ${b.referentie} blijft vindbaar, zonder de tekst van de casus.`),
  ]);
}

export function agendakaart(b: Van<'agenda'>): AdaptiveKaart {
  return passend((max) => {
    const titel = (t: string) => letterlijk(t, Math.min(max, 120));
    return kaart([
      kop(`Agenda ${b.tafelNaam}, ${moment(b.vergadering)}${b.laat ? ' (verlaat verstuurd)' : ''}`),
      tekst('Casussen', { weight: 'bolder', spacing: 'medium' }),
      ...(b.punten.length === 0
        ? [klein('Geen open of geëscaleerde casussen.')]
        : lijst(b.punten, max, (p) => [
            tekst(
              `${p.referentie} · ${label(p.status)}${p.opAgenda ? ' · op de agenda' : ''}${p.deadline ? ` · termijn ${moment(p.deadline)}` : ''}`,
              { spacing: 'small' },
            ),
            titel(p.titel),
          ])),
      tekst('Besluiten sinds de vorige vergadering', { weight: 'bolder', spacing: 'medium' }),
      ...(b.besluitenSinds.length === 0
        ? [klein('Geen.')]
        : lijst(b.besluitenSinds, max, (s) => [
            tekst(`${s.referentie}: ${label(s.uitkomst)}`, { spacing: 'small' }),
            titel(s.titel),
          ])),
      ...(b.achterstalligeToezeggingen.length > 0
        ? [
            tekst('Toezeggingen over de termijn', { weight: 'bolder', spacing: 'medium' }),
            ...lijst(b.achterstalligeToezeggingen, max, (t) => [
              metLabel(
                `${t.referentie}, ${t.organisatie}, uiterlijk ${moment(t.deadline)}`,
                t.taak,
                Math.min(max, 300),
              ),
            ]),
          ]
        : []),
    ]);
  });
}

export function weekoverzichtkaart(b: Van<'weekoverzicht'>): AdaptiveKaart {
  return passend((max) =>
    kaart([
      kop(`Besluiten van ${b.tafelNaam}, ${moment(b.van)} tot ${moment(b.tot)}`),
      ...(b.besluiten.length === 0
        ? [klein('Deze week geen besluiten.')]
        : lijst(b.besluiten, max, (s) => [
            tekst(`${s.referentie}: ${label(s.uitkomst)}`, { spacing: 'small' }),
            letterlijk(s.titel, Math.min(max, 120)),
          ])),
    ]),
  );
}

/** Every message without controls of its own, as a few lines. */
export function meldingkaart(b: Bericht): AdaptiveKaart | null {
  switch (b.soort) {
    case 'escalatie_verlopen':
      return kaart([
        tekst(`Geen besluit binnen de termijn over ${b.referentie}`, { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        tekst(`De casus gaat naar de ${b.naar}.`),
      ]);
    case 'op_agenda':
      return eenvoudig([
        tekst(`${b.referentie} staat op de agenda van de volgende vergadering`, { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        letterlijk(b.reden, 1000, { isSubtle: true }),
      ]);
    case 'toezegging_herinnering':
      return eenvoudig([
        tekst(`Herinnering: toezegging bij ${b.referentie}`, { weight: 'bolder', color: 'accent' }),
        metLabel(b.organisatie, b.taak, 500),
        tekst(`Uiterlijk ${moment(b.deadline)}.`),
      ]);
    case 'termijn_verlengd':
      return eenvoudig([
        tekst(`De termijn van ${b.referentie} is verlengd tot ${moment(b.deadline)}`, { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        metLabel('Reden', b.reden, 1000),
      ]);
    case 'casus_ingetrokken':
      return eenvoudig([
        tekst(`${b.referentie} is ingetrokken`, { weight: 'bolder' }),
        letterlijk(b.titel, 120),
        metLabel('Reden', b.reden, 1000),
      ]);
    case 'bezorging_mislukt':
      return kaart([
        waarschuwing(`Een bericht${b.referentie ? ` over ${b.referentie}` : ''} kon niet worden bezorgd`),
        tekst(`Bericht: ${b.soortBericht.replace(/_/g, ' ')} · aan ${b.ontvanger}`),
        klein(`Fout: ${b.fout}`),
      ]);
    default:
      return null;
  }
}

export function hulpkaart(): AdaptiveKaart {
  return kaart([
    kop('Maatwerkbot'),
    tekst(
      'Leg een anonieme casus voor aan de maatwerktafel, beslis binnen de termijn en deel het hoe en waarom.',
    ),
    {
      type: 'FactSet',
      facts: [
        { title: 'casus', value: 'Een nieuwe casus indienen (formulier)' },
        {
          title: 'casus <referentie>',
          value:
            'Een casus bekijken, in uw persoonlijke chat (als u aan de tafel zit, de indiener bent of erover beslist)',
        },
        { title: 'open', value: 'Wat op uw besluit wacht, en uw eigen casussen' },
        { title: 'zoek <woorden>', value: 'Eerdere besluiten zoeken, met het hoe en waarom' },
        {
          title: 'agenda [tafel]',
          value: 'De agenda van de volgende vergadering (voor de leden; in het tafelkanaal zonder tafel)',
        },
        {
          title: 'voorzitter <referentie>',
          value:
            'Voorzitter: termijn verlengen, intrekken, heropenen, op de agenda zetten en het vergaderbesluit vastleggen',
        },
        {
          title: 'koppel <tafel>',
          value:
            'Dit kanaal aan een tafel koppelen (alleen de voorzitter); de bot controleert wie het kanaal kan lezen',
        },
        { title: 'help', value: 'Dit overzicht' },
      ],
    },
    klein('Schrijf nooit namen, adressen, BSN of andere persoonsgegevens in een casus: de bot weigert ze.'),
  ]);
}

export function indienknopkaart(): AdaptiveKaart {
  return kaart(
    [
      tekst('Een casus voor de maatwerktafel', { weight: 'bolder' }),
      tekst(
        'Het formulier vraagt de situatie, het knelpunt, de gevraagde oplossing en de kosten. Anoniem: geen namen of andere persoonsgegevens.',
      ),
    ],
    {
      actions: [
        {
          type: 'Action.Submit',
          title: 'Casus indienen',
          data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' },
        },
      ],
    },
  );
}

export function welkomkaart(inKanaal: boolean): AdaptiveKaart {
  return kaart([
    kop('Welkom bij de Maatwerkbot'),
    tekst(
      inKanaal
        ? 'Is dit het kanaal van een maatwerktafel? Laat de voorzitter dan "koppel <tafel>" sturen (met @Maatwerkbot ervoor); daarna komen nieuwe casussen en besluiten hier.'
        : 'Stuur "casus" om een casus in te dienen, "open" voor wat op u wacht, of "help" voor alle opdrachten.',
    ),
  ]);
}

export function tekstkaart(regels: string[], opties: { fout?: boolean } = {}): AdaptiveKaart {
  return kaart(regels.map((r, i) => (i === 0 && opties.fout ? waarschuwing(r) : tekst(r))));
}
