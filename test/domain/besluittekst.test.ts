import { describe, expect, it } from 'vitest';
import { type Antwoord, type BesluitFeiten, besluittekst } from '../../src/domain/besluittekst.ts';
import { BESLISSINGEN, KEUZES, type Keuze, redenTekst, UITKOMSTEN } from '../../src/domain/woorden.ts';

/** A code as the core stores it: lower case words joined by underscores. */
const CODE = /\b[a-z]+_[a-z_]+\b/;

const antwoord = (keuze: Keuze, organisatie = 'Gemeente Utrecht, Werk en Inkomen'): Antwoord => ({
  organisatie,
  keuze,
  reden: 'Eerst de indicatie aanvragen.',
  voorwaarden: keuze === 'akkoord_met_voorwaarden' ? 'Na drie maanden evalueren.' : null,
});

const doorVoorzitter = (antwoorden: Antwoord[]): BesluitFeiten => ({
  genomenDoor: 'voorzitter',
  reden: 'Kosten van niets doen zijn hoger.',
  voorwaarden: null,
  antwoorden,
});

const doorBestuurder = (antwoorden: Antwoord[], uitkomst = 'toekennen'): BesluitFeiten => ({
  genomenDoor: 'bestuurder',
  reden: 'Verantwoorde uitzondering.',
  eerder: [{ door: 'Voorzitter Marieke Jansen', uitkomst, reden: 'Kosten van niets doen zijn hoger.' }],
  antwoorden,
});

describe('besluittekst: no code reaches a person', () => {
  it('the check can fail: the old wording of a chair-decided besluit carries a code', () => {
    expect('Gemeente Utrecht, Werk en Inkomen (niet_akkoord): Eerst de indicatie aanvragen.').toMatch(CODE);
    expect('Gemeente Utrecht, Werk en Inkomen (akkoord_met_voorwaarden): Akkoord.').toMatch(CODE);
  });

  const beslissers: [string, (keuze: Keuze) => BesluitFeiten][] = [
    ['the table', (k) => ({ genomenDoor: 'tafel', verwachtAantal: 5, antwoorden: [antwoord(k)] })],
    ['the chair', (k) => doorVoorzitter([antwoord(k)])],
    [
      'the meeting',
      (k) => ({
        genomenDoor: 'vergadering',
        reden: 'Besproken.',
        voorwaarden: null,
        antwoorden: [antwoord(k)],
      }),
    ],
    ['a bestuurder', (k) => doorBestuurder([antwoord(k)])],
  ];
  const gevallen = beslissers.flatMap(([wie, feiten]) => KEUZES.map((k) => [wie, k, feiten(k)] as const));
  it.each(gevallen)('decided by %s, a member answered %s: the text has no code', (_wie, _keuze, feiten) => {
    const tekst = besluittekst(feiten);
    expect(tekst.waarom).not.toMatch(CODE);
    for (const regel of tekst.antwoordRegels) expect(regel).not.toMatch(CODE);
    expect(tekst.voorwaarden ?? '').not.toMatch(CODE);
  });

  it.each([...BESLISSINGEN, ...UITKOMSTEN])(
    'an earlier decision %s in the ladder is shown by its label',
    (uitkomst) => {
      const { waarom } = besluittekst(doorBestuurder([antwoord('akkoord')], uitkomst));
      expect(waarom).not.toMatch(CODE);
      expect(waarom).not.toContain(uitkomst.includes('_') ? uitkomst : `(${uitkomst})`);
    },
  );
});

describe('besluittekst: who decided shapes the wording', () => {
  it.each([
    [
      'a chair-decided besluit: the reason, then each answer with its label',
      doorVoorzitter([
        antwoord('niet_akkoord'),
        antwoord('akkoord_met_voorwaarden', 'GGZ Centraal'),
        antwoord('onthouding', 'Woningcorporatie Mitros'),
        antwoord('buiten_mandaat', 'UWV'),
      ]),
      [
        'Kosten van niets doen zijn hoger.',
        'Gemeente Utrecht, Werk en Inkomen (Niet akkoord): Eerst de indicatie aanvragen.',
        'GGZ Centraal (Akkoord met voorwaarden): Eerst de indicatie aanvragen.',
        'Woningcorporatie Mitros (Onthouding): Eerst de indicatie aanvragen.',
        'UWV (Buiten mijn mandaat): Eerst de indicatie aanvragen.',
      ],
    ],
    [
      'a bestuurder-decided besluit: the reason, the chair before, then each answer with its label',
      doorBestuurder([antwoord('buiten_mandaat'), antwoord('akkoord', 'GGZ Centraal')], 'deels_toekennen'),
      [
        'Verantwoorde uitzondering.',
        'Voorzitter Marieke Jansen (Deels toekennen): Kosten van niets doen zijn hoger.',
        'Gemeente Utrecht, Werk en Inkomen (Buiten mijn mandaat): Eerst de indicatie aanvragen.',
        'GGZ Centraal (Akkoord): Eerst de indicatie aanvragen.',
      ],
    ],
    [
      "the table's own besluit: how many agreed, then the reasons (their choice goes without saying)",
      {
        genomenDoor: 'tafel',
        verwachtAantal: 5,
        antwoorden: [antwoord('akkoord'), antwoord('akkoord_met_voorwaarden', 'GGZ Centraal')],
      },
      [
        'De tafel ging akkoord (2 van 5 leden).',
        'Gemeente Utrecht, Werk en Inkomen: Eerst de indicatie aanvragen.',
        'GGZ Centraal: Eerst de indicatie aanvragen.',
      ],
    ],
    [
      "the table's own besluit counts abstentions apart",
      {
        genomenDoor: 'tafel',
        verwachtAantal: 3,
        antwoorden: [antwoord('akkoord'), antwoord('onthouding', 'UWV')],
      },
      [
        'De tafel ging akkoord (1 van 3 leden, 1 onthouding).',
        'Gemeente Utrecht, Werk en Inkomen: Eerst de indicatie aanvragen.',
        'UWV: Eerst de indicatie aanvragen.',
      ],
    ],
    [
      "the table's own besluit in English, for a tenant that reads English",
      {
        genomenDoor: 'tafel',
        verwachtAantal: 4,
        taal: 'en',
        antwoorden: [antwoord('akkoord'), antwoord('onthouding', 'UWV'), antwoord('onthouding', 'GGZ')],
      },
      [
        'The table agreed (1 of 4 members, 2 abstentions).',
        'Gemeente Utrecht, Werk en Inkomen: Eerst de indicatie aanvragen.',
        'UWV: Eerst de indicatie aanvragen.',
        'GGZ: Eerst de indicatie aanvragen.',
      ],
    ],
    [
      'a besluit without answers is its reason alone',
      doorVoorzitter([]),
      ['Kosten van niets doen zijn hoger.'],
    ],
  ] as [string, BesluitFeiten, string[]][])('%s', (_naam, feiten, regels) => {
    expect(besluittekst(feiten).waarom.split('\n')).toEqual(regels);
  });

  it.each([
    [
      "the table's conditions are the members' conditions, one line each",
      {
        genomenDoor: 'tafel',
        verwachtAantal: 2,
        antwoorden: [antwoord('akkoord'), antwoord('akkoord_met_voorwaarden', 'GGZ Centraal')],
      },
      'GGZ Centraal: Na drie maanden evalueren.',
    ],
    [
      'a table without conditions has none',
      { genomenDoor: 'tafel', verwachtAantal: 1, antwoorden: [antwoord('akkoord')] },
      null,
    ],
    [
      "the chair's conditions are the chair's own, not the members'",
      {
        ...doorVoorzitter([antwoord('akkoord_met_voorwaarden')]),
        voorwaarden: 'Begeleiding door het wijkteam.',
      },
      'Begeleiding door het wijkteam.',
    ],
    ['a bestuurder sets no conditions', doorBestuurder([antwoord('akkoord_met_voorwaarden')]), null],
  ] as [string, BesluitFeiten, string | null][])('%s', (_naam, feiten, voorwaarden) => {
    expect(besluittekst(feiten).voorwaarden).toBe(voorwaarden);
  });
});

describe('besluittekst: a partial grant names the amount granted', () => {
  const toegekend = { bedragCent: 125_000, gevraagdCent: 200_000 };
  it.each([
    ['the chair', { ...doorVoorzitter([antwoord('niet_akkoord')]), toegekend }],
    [
      'the bestuurder approving it',
      { ...doorBestuurder([antwoord('akkoord')], 'deels_toekennen'), toegekend },
    ],
  ] as const)('%s', (_, feiten) => {
    const { waarom } = besluittekst(feiten);
    expect(waarom.split('\n')[1]).toBe('Deels toegekend: €\u00a01.250 van de gevraagde €\u00a02.000.');
    expect(besluittekst({ ...feiten, taal: 'en' }).waarom).toContain(
      'Granted in part: €1,250 of the €2,000 requested.',
    );
  });
  it('no amount line without a partial grant', () => {
    expect(besluittekst(doorVoorzitter([antwoord('niet_akkoord')])).waarom).not.toContain('Deels toegekend');
  });
});

describe('redenTekst: why a casus escalated reads as a phrase, never a code', () => {
  it.each([
    'geen_quorum',
    'niet_akkoord',
    'geen_akkoord',
    'buiten_mandaat',
    'boven_mandaat',
    'regel_niet_afwijkbaar',
    'geen_bestuurder',
    'bestuurder_verlopen',
    'voorzitter_verlopen',
    'een_nieuwe_reden',
  ])('%s', (code) => {
    expect(redenTekst(code)).not.toMatch(CODE);
  });
});
