// The pages and command answers a person reaches outside the casus card, in both languages: the check of
// a bound channel (Slack and Teams), App Home, help, the chair's menu and the precedent register. English
// shows no Dutch, and neither language shows a code.
import { describe, expect, it } from 'vitest';
import { beheerMenu, beheerUitleg, intrekKnop } from '../../adapters/slack/weergave/beheer.ts';
import { homeView } from '../../adapters/slack/weergave/home.ts';
import { agendaWelkeTafel, hulp, onbekendeOpdracht } from '../../adapters/slack/weergave/hulp.ts';
import {
  kanaalcontroleTekst,
  kanaalcontroleMislukt as slackMislukt,
} from '../../adapters/slack/weergave/kanaalcontrole.ts';
import {
  afwijkingGevraagdBlokken,
  afwijkingToegelichtBlokken,
  rapportBlokken,
  rapportOpmerking,
  vergelijkbaarBlokken,
  zoekresultaatBlokken,
} from '../../adapters/slack/weergave/register.ts';
import {
  kanaalcontroleRegels,
  kanaalcontroleMislukt as teamsMislukt,
} from '../../adapters/teams/kaarten/kanaalcontrole.ts';
import {
  afwijkingtoegelichtkaart,
  afwijkingvraagkaart,
  rapportkaart,
  vergelijkbaarElementen,
  zoekkaart,
} from '../../adapters/teams/kaarten/register.ts';
import type { PrecedentWeergave, RegisterBericht } from '../../src/domain/register.ts';
import type { Kanaalcontrole } from '../../src/services/kanaalcontrole.ts';
import type { Taal } from '../../src/taal/taal.ts';

/** What a person reads: the text fields of Block Kit and Adaptive Cards, never ids or action values. */
const ZICHTBAAR = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText']);

function zichtbaar(waarde: unknown, uit: string[] = []): string[] {
  if (typeof waarde === 'string') uit.push(waarde);
  else if (Array.isArray(waarde)) for (const w of waarde) zichtbaar(w, uit);
  else if (waarde && typeof waarde === 'object')
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (typeof w === 'string') {
        if (ZICHTBAAR.has(sleutel)) uit.push(w);
      } else zichtbaar(w, uit);
    }
  return uit;
}

const tekstVan = (waarde: unknown) => zichtbaar(waarde).join('\n');

const controle = (c: Partial<Kanaalcontrole>): Kanaalcontrole => ({
  uitkomst: 'binnen_tafel',
  redenen: [],
  onbekend: [],
  tafelNaam: 'City-deal tafel Utrecht',
  tafelSlug: 'citydeal-utrecht',
  soort: 'tafel',
  leesfout: null,
  ...c,
});

const CONTROLES: Kanaalcontrole[] = [
  controle({}),
  controle({ soort: 'leer' }),
  ...([1, 3] as const).flatMap((aantal) =>
    (['tafel', 'leer'] as const).map((soort) =>
      controle({
        soort,
        uitkomst: 'breder',
        redenen: [
          { soort: 'openbaar' },
          { soort: 'gedeeld' },
          { soort: 'niet_leden', aantal },
          { soort: 'gasten', aantal },
          { soort: 'andere_organisatie', aantal },
        ],
        onbekend: ['aanwezigen'],
      }),
    ),
  ),
  ...(['geen_rechten', 'niet_in_kanaal', 'storing'] as const).flatMap((leesfout) =>
    (['tafel', 'leer'] as const).map((soort) =>
      controle({
        soort,
        uitkomst: 'onbekend',
        onbekend: ['openbaar', 'gedeeld', 'aanwezigen', 'gasten', 'organisatie'],
        leesfout,
      }),
    ),
  ),
];

const precedent: PrecedentWeergave = {
  besluitId: 'b1',
  referentie: 'MW-2026-0007',
  titel: 'Huurschuld door kostendelersnorm',
  uitkomst: 'deels_toegekend',
  knelpunt: 'Kostendelersnorm',
  tafelNaam: 'City-deal tafel Utrecht',
  genomen: '2026-03-02T10:00:00.000Z',
  fragment: 'Zoon woont tijdelijk thuis; kostendelersnorm verlaagt uitkering.',
  markeringen: [{ van: 30, tot: 47 }],
  gewerkt: true,
  afwijkingToelichting: null,
};

type Van<S extends RegisterBericht['soort']> = Extract<RegisterBericht, { soort: S }>;

const gevraagd: Van<'afwijking_gevraagd'> = {
  soort: 'afwijking_gevraagd',
  besluitId: 'b2',
  referentie: 'MW-2026-0042',
  titel: 'Huurschuld',
  tafelNaam: 'City-deal tafel Utrecht',
  knelpunt: 'Kostendelersnorm',
  uitkomst: 'afgewezen',
  meerderheid: 'toegekend' as never,
  eerder: 5,
  inMeerderheid: 4,
  voorbeelden: [precedent],
};

const toegelicht: Van<'afwijking_toegelicht'> = {
  soort: 'afwijking_toegelicht',
  besluitId: 'b2',
  referentie: 'MW-2026-0042',
  titel: 'Huurschuld',
  tafelNaam: 'City-deal tafel Utrecht',
  uitkomst: 'afgewezen',
  toelichting: 'Zoon woont niet echt thuis.',
  voorzitterNaam: 'Voorzitter Vera',
};

const rapport = (tafelNaam: string | null): Van<'knelpuntenrapport'> => ({
  soort: 'knelpuntenrapport',
  tafelNaam,
  van: '2026-03-01',
  tot: '2026-03-31',
  samenvatting: '7 casussen.',
  rapport: {} as never,
  grafiek: {
    token: 't',
    breedte: 800,
    hoogte: 400,
    verloopt: '2026-06-30T06:00:00.000Z',
    beschrijving: 'Staafdiagram.',
  },
});

function home(taal: Taal) {
  return homeView(
    {
      open: (['antwoord', 'voorzitter', 'bestuurder'] as const).map((soort, i) => ({
        casusId: `c${i}`,
        referentie: `MW-2026-000${i}`,
        titel: 'Huurschuld',
        soort,
        deadline: new Date('2026-03-05T15:00:00Z'),
        tafelNaam: 'City-deal tafel Utrecht',
      })),
      casussen: [
        {
          casusId: 'c9',
          referentie: 'MW-2026-0009',
          titel: 'Huurschuld',
          status: 'in_besluitronde',
          tafelNaam: 'City-deal tafel Utrecht',
          uitkomst: 'deels_toegekend',
        },
      ],
      besluiten: [
        {
          casusId: 'c9',
          referentie: 'MW-2026-0009',
          titel: 'Huurschuld',
          uitkomst: 'deels_toegekend',
          genomen: new Date('2026-03-05T15:00:00Z'),
          tafelNaam: 'City-deal tafel Utrecht',
        },
      ],
    },
    taal,
  );
}

/** Everything this area shows, per kind, in one language. */
function weergaven(taal: Taal): Record<string, string> {
  const leeg = homeView({ open: [], casussen: [], besluiten: [] }, taal);
  return {
    'slack kanaalcontrole': [...CONTROLES.map((c) => kanaalcontroleTekst(c, taal)), slackMislukt(taal)].join(
      '\n',
    ),
    'teams kanaalcontrole': [
      ...CONTROLES.map((c) => tekstVan(kanaalcontroleRegels(c, taal))),
      teamsMislukt(taal),
    ].join('\n'),
    'slack app home': `${tekstVan(home(taal))}\n${tekstVan(leeg)}`,
    'slack hulp': [
      hulp(taal),
      onbekendeOpdracht('foo', taal),
      agendaWelkeTafel(['citydeal-utrecht'], taal),
      agendaWelkeTafel([], taal),
    ].join('\n'),
    'slack voorzittersmenu': [
      tekstVan(beheerMenu('c1', taal)),
      tekstVan(intrekKnop('c1', taal)),
      beheerUitleg(taal),
    ].join('\n'),
    'slack register': [
      zoekresultaatBlokken('kostendelersnorm', [precedent], taal),
      zoekresultaatBlokken('kostendelersnorm', [], taal),
      vergelijkbaarBlokken([precedent], taal),
      afwijkingGevraagdBlokken(gevraagd, taal),
      afwijkingToegelichtBlokken(toegelicht, taal),
      rapportBlokken(rapport(null), taal),
    ]
      .map(tekstVan)
      .concat(rapportOpmerking(rapport('City-deal tafel Utrecht'), taal))
      .join('\n'),
    'teams register': [
      zoekkaart('kostendelersnorm', [precedent], taal),
      zoekkaart('kostendelersnorm', [], taal),
      vergelijkbaarElementen([precedent], 300, taal),
      afwijkingvraagkaart(gevraagd, taal),
      afwijkingtoegelichtkaart(toegelicht, taal),
      rapportkaart(rapport(null), { url: 'https://bot.example/grafiek/t' }, taal),
    ]
      .map(tekstVan)
      .join('\n'),
  };
}

/** User text and names in the fixtures above are Dutch on purpose; these words only come from the catalogue. */
const NEDERLANDS = [
  'Gecontroleerd',
  'Let op',
  'deelnemer',
  'kanaal',
  ' de ',
  ' het ',
  ' een ',
  'voor',
  'tafel ',
  'besluit',
  'Wacht op u',
  'Voorzitter',
  'Eerdere',
  'Vergelijkbare',
  'Knelpuntenrapport',
  'Termijn',
  'intrekken',
  'opdracht',
  'Grafiek',
];

/** The Dutch proper nouns and user text in the fixtures, taken out before looking for Dutch words. */
const GEGEVENS = [
  /City-deal tafel Utrecht/g,
  /citydeal-utrecht/g,
  /Huurschuld door kostendelersnorm/g,
  /Huurschuld/g,
  /Kostendelersnorm/gi,
  /Zoon woont tijdelijk thuis;|verlaagt uitkering\./g,
  /Zoon woont niet echt thuis\./g,
  /Voorzitter Vera/g,
  /7 casussen\./g,
  /Staafdiagram\./g,
  /\/casus/g,
  /koppel|agenda|zoek|voorzitter|leerkanaal|leer\b|casus\b/g,
];

const zonderGegevens = (tekst: string) => GEGEVENS.reduce((t, r) => t.replace(r, ' '), tekst);

describe('commands and pages in Dutch and in English', () => {
  const nl = weergaven('nl');
  const en = weergaven('en');

  it.each(Object.keys(nl))('%s: no code reaches a person, in either language', (soort) => {
    for (const tekst of [nl[soort]!, en[soort]!])
      expect(tekst.match(/\b[a-z]+_[a-z_]+\b/g) ?? [], soort).toEqual([]);
  });

  it.each(Object.keys(en))('%s: the English shows no Dutch', (soort) => {
    const tekst = zonderGegevens(en[soort]!);
    expect(NEDERLANDS.filter((woord) => tekst.includes(woord))).toEqual([]);
  });

  it.each(Object.keys(nl))('%s: the two languages differ', (soort) => {
    expect(en[soort]).not.toEqual(nl[soort]);
  });

  it('Dutch reads as before', () => {
    expect(nl['slack kanaalcontrole']).toContain(
      '*Let op: dit kanaal is breder dan City-deal tafel Utrecht.* Wie het kanaal kan lezen, leest elke casus die hier verschijnt:',
    );
    expect(nl['slack kanaalcontrole']).toContain('• er zit 1 gastaccount in');
    expect(nl['slack kanaalcontrole']).toContain('• er zitten 3 gastaccounts in');
    expect(nl['teams kanaalcontrole']).toContain('• Er zitten 3 gasten in.');
    expect(nl['slack kanaalcontrole']).toContain(
      'Niet gecontroleerd: of het kanaal openbaar is, of het gedeeld is met een andere organisatie, wie erin zit, of er gasten in zitten en van welke organisatie de deelnemers zijn.',
    );
    expect(nl['slack hulp']).toContain(
      '• `/casus zoek <woorden>` – eerdere besluiten zoeken, met het hoe en waarom (alleen voor u zichtbaar)',
    );
    expect(nl['slack hulp']).toContain(
      'Van welke tafel? Gebruik `/casus agenda <tafel>`, bijvoorbeeld `citydeal-utrecht`, of typ `/casus agenda` in het kanaal van de tafel.',
    );
    expect(nl['slack app home']).toContain('uw goedkeuring als bestuurder vóór');
  });

  it('English reads as English', () => {
    expect(en['slack kanaalcontrole']).toContain('• there are 3 guest accounts in it');
    expect(en['teams kanaalcontrole']).toContain(
      'Not checked: whether it is a standard or private channel, whether it is a shared channel, who is in it, whether there are guests in it and which organisation the participants belong to.',
    );
    expect(en['slack hulp']).toContain('`/casus zoek <words>`');
    expect(en['slack app home']).toContain('Waiting for you');
    expect(en['teams register']).toContain('No decisions found.');
  });
});
