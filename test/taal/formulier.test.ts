// The forms in both languages: every label, hint, placeholder and option a person reads comes from the
// catalogue (codes through their label), and a field error from the core reaches an English-speaking
// person in English.
import { describe, expect, it } from 'vitest';
import { foutenVoorView, weigerTekst } from '../../adapters/slack/listeners/gedeeld.ts';
import {
  afwijkingModal,
  antwoordBevestiging,
  antwoordModal,
  bestuurderModal,
  crisisModal,
  evaluatieModal,
  informatieAntwoordModal,
  informatieVraagModal,
  ingediendModal,
  intakeModal,
  meldingModal,
  toestemmingModal,
  voorzitterModal,
} from '../../adapters/slack/weergave/modals.ts';
import { intakeformulier } from '../../adapters/teams/kaarten/intakeformulier.ts';
import type { CasusSamenvatting, KaartStand } from '../../src/domain/berichten.ts';
import { DomeinFout, veldFout } from '../../src/domain/fouten.ts';
import { KEUZES, LEEFGEBIEDEN, type Taal } from '../../src/domain/woorden.ts';
import type { KaartVoorPersoon } from '../../src/services/overzicht.ts';
import { tekst, zin } from '../../src/taal/tekst.ts';

const ID = '7f1c2d3e-aaaa-bbbb-cccc-1234567890ab';
const iso = '2026-11-25T09:00:00.000Z';

// Fixture text a person typed is neutral on purpose: only the bot's own words are checked.
const casus: CasusSamenvatting = {
  casusId: ID,
  referentie: 'MW-2026-0042',
  tafelId: ID,
  tafelNaam: 'Utrecht',
  titel: 'Example',
  situatie: 'Example',
  knelpunt: { code: 'k', naam: 'Rule', regel: 'Rule' },
  leefgebieden: [...LEEFGEBIEDEN],
  gevraagdeOplossing: 'Example',
  kostenMaatwerkCent: 240_000,
  kostenNietsDoenCent: 1_800_000,
  kostenNietsDoenToelichting: 'Example',
  urgentie: 'spoed',
  betrokkenheid: 'wisselend',
  betrokkenheidToelichting: 'Example',
  toestemming: 'nee_afweging_vastgelegd',
  status: 'in_besluitronde',
  opAgenda: false,
};

const k: KaartStand = {
  casus,
  versie: 1,
  ronde: {
    rondeId: ID,
    status: 'open',
    deadline: iso,
    geantwoord: [],
    wachtend: [],
    inhoudZichtbaar: false,
  },
};

/** What Slack shows of a view: every `text` (labels, hints, placeholders, options, titles, sections). */
function slackTekst(waarde: unknown, uit: string[] = []): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) slackTekst(w, uit);
  else if (waarde && typeof waarde === 'object')
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (sleutel === 'text' && typeof w === 'string') uit.push(w);
      else slackTekst(w, uit);
    }
  return uit;
}

/** What Teams shows of an Adaptive Card; ids, values and verbs are left out. */
const TEAMS_ZICHTBAAR = new Set(['text', 'label', 'title', 'placeholder', 'errorMessage', 'fallbackText']);
function teamsTekst(waarde: unknown, uit: string[] = []): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) teamsTekst(w, uit);
  else if (waarde && typeof waarde === 'object')
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (TEAMS_ZICHTBAAR.has(sleutel) && typeof w === 'string') uit.push(w);
      else teamsTekst(w, uit);
    }
  return uit;
}

function slackModals(taal: Taal) {
  const intake = {
    // Two tables: with one the form has no choice to show.
    tafels: [
      { id: ID, naam: 'Utrecht' },
      { id: `${ID}2`, naam: 'Dordrecht' },
    ],
    knelpunten: [{ code: 'kostendelersnorm', naam: 'Rule' }],
    kanaal: 'C0TAFEL',
    taal,
  };
  return {
    intake: intakeModal(intake),
    intakeVolledig: intakeModal({ ...intake, volledig: true }),
    intakeZonderLijst: intakeModal({ ...intake, knelpunten: [] }),
    crisisformulier: intakeModal({ ...intake, crisis: true }),
    ingediend: ingediendModal(
      { referentie: 'MW-2026-0042', tafelNaam: 'Utrecht', deadline: new Date(iso) },
      taal,
    ),
    ingediendZonderTafel: ingediendModal({ referentie: 'MW-2026-0042', deadline: null }, taal),
    crisis: crisisModal('MW-2026-0042', taal),
    ...Object.fromEntries(
      KEUZES.flatMap((keuze) => [
        [`antwoord ${keuze}`, antwoordModal(k, keuze, 'niet_akkoord', 'C0TAFEL', taal)],
        [
          `bevestiging ${keuze}`,
          antwoordBevestiging(
            { referentie: 'MW-2026-0042', keuze, revisie: 1, gesloten: null, deadline: iso },
            taal,
          ),
        ],
        [
          `wijziging ${keuze}`,
          antwoordBevestiging(
            { referentie: 'MW-2026-0042', keuze, revisie: 2, gesloten: 'voorzitter', deadline: null },
            taal,
          ),
        ],
      ]),
    ),
    ...Object.fromEntries(
      (['toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen'] as const).map((u) => [
        `voorzitter ${u}`,
        voorzitterModal(k, u, 'D01', taal),
      ]),
    ),
    goedkeuren: bestuurderModal(k, 'goedkeuren', undefined, taal),
    afwijzen: bestuurderModal(k, 'afwijzen', 'D01', taal),
    informatieVraag: informatieVraagModal(k, 'D01', taal),
    informatieAntwoord: informatieAntwoordModal(ID, 'D01', taal),
    toestemming: toestemmingModal(ID, 'D01', taal),
    evaluatie: evaluatieModal(ID, undefined, taal),
    afwijking: afwijkingModal(ID, 'D01', taal),
    melding: meldingModal(tekst(taal, 'formulier.niet_mogelijk'), 'MW-2026-0042', taal),
  };
}

function teamsFormulieren(taal: Taal) {
  const basis = {
    formulierId: 'f-123456789',
    tafels: [
      { slug: 'utrecht', naam: 'Utrecht' },
      { slug: 'dordrecht', naam: 'Dordrecht' },
    ],
    knelpunten: [{ code: 'kostendelersnorm', naam: 'Rule' }],
    waarden: { tafel: 'utrecht' },
    taal,
  };
  return {
    leeg: intakeformulier(basis),
    metFouten: intakeformulier({
      ...basis,
      fouten: [
        veldFout('titel', zin('formulier.intake.korte_titel.leeg'), {
          vondsten: [{ soort: 'bsn', start: 0, eind: 9, omschrijving: 'BSN' }],
          suggestie: '[BSN]',
        }),
      ],
    }),
  };
}

const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/;
/** Dutch words of this area that an English form must not show. */
const NEDERLANDS = [
  'Titel',
  'titel',
  'Situatie',
  'Kies',
  'Verstuur',
  'Indienen',
  'Toestemming',
  'Reden',
  'Sluiten',
  'Annuleren',
  'Vastleggen',
  'Uw ',
  ' de ',
  ' het ',
  ' van ',
  'tafel',
  'casus',
];

const alle = (taal: Taal) => ({
  ...Object.fromEntries(
    Object.entries(slackModals(taal)).map(([naam, m]) => [`slack ${naam}`, slackTekst(m)]),
  ),
  ...Object.fromEntries(
    Object.entries(teamsFormulieren(taal)).map(([naam, kaart]) => [`teams ${naam}`, teamsTekst(kaart)]),
  ),
});

describe('forms in Dutch and English', () => {
  const nl = alle('nl');
  const en = alle('en');

  it.each(Object.keys(nl))('%s: no code reaches a person, in either language', (naam) => {
    for (const regels of [nl[naam]!, en[naam]!]) {
      expect(regels.length).toBeGreaterThan(0);
      expect(regels.filter((r) => SNAKE_CASE.test(r))).toEqual([]);
    }
  });

  it.each(Object.keys(en))('%s: the English form holds no Dutch', (naam) => {
    const tekstEn = en[naam]!.join('\n');
    expect(NEDERLANDS.filter((woord) => tekstEn.includes(woord))).toEqual([]);
    // And the Dutch form is not English by accident.
    expect(nl[naam]!.join('\n')).not.toEqual(tekstEn);
  });

  it('the Slack and the Teams intake ask the same questions, from the same keys', () => {
    for (const taal of ['nl', 'en'] as const) {
      // Every field: the Slack form behind "meer velden", the Teams form with its hidden part.
      const slack = slackTekst(slackModals(taal).intakeVolledig);
      const teams = teamsTekst(teamsFormulieren(taal).leeg);
      for (const sleutel of [
        'formulier.intake.tafel',
        'formulier.intake.korte_titel',
        'formulier.intake.situatie',
        'formulier.intake.knelpunt',
        'formulier.intake.knelpunt_vrij',
        'formulier.intake.leefgebieden',
        'formulier.intake.oplossing',
        'formulier.intake.kosten_maatwerk',
        'formulier.intake.kosten_niets_doen',
        'formulier.intake.kosten_toelichting',
        'formulier.intake.betrokkenheid',
        'formulier.intake.toestemming',
        'formulier.intake.afweging',
        'formulier.intake.indienen',
      ] as const) {
        const vraag = tekst(taal, sleutel);
        expect(slack, `${taal} Slack ${sleutel}`).toContain(vraag);
        expect(teams, `${taal} Teams ${sleutel}`).toContain(vraag);
      }
      // The quick form offers the rest with the same words on both platforms.
      for (const sleutel of ['formulier.intake.meer_velden', 'formulier.intake.later_aanvullen'] as const) {
        expect(slackTekst(slackModals(taal).intake).join(' ')).toContain(tekst(taal, sleutel));
        expect(teams.join(' ')).toContain(tekst(taal, sleutel));
      }
    }
  });
});

describe('a field error from the core reaches the person in their language', () => {
  const fout = new DomeinFout('ongeldige_invoer', zin('formulier.intake.fouten'), [
    veldFout('titel', zin('formulier.intake.korte_titel.leeg')),
    veldFout('situatie', zin('formulier.intake.korte_titel.leeg'), { suggestie: '[NAAM]' }),
  ]);

  it('under the Slack modal input', () => {
    const en = foutenVoorView(fout, ['titel', 'situatie'], 'titel', 'en');
    expect(en).toEqual({
      response_action: 'errors',
      errors: {
        titel: 'Enter a short title',
        situatie: 'Enter a short title Suggestion without personal data: "[NAAM]"',
      },
    });
    // Dutch stays what the core wrote.
    expect(foutenVoorView(fout, ['titel', 'situatie'], 'titel')).toMatchObject({
      errors: { titel: 'Vul een korte titel in' },
    });
    const zonderVelden = new DomeinFout('ongeldige_invoer', zin('formulier.intake.fouten'));
    expect(foutenVoorView(zonderVelden, ['reden'], 'reden', 'en')).toEqual({
      response_action: 'errors',
      errors: { reden: 'Please check your input: nothing has been stored.' },
    });
  });

  it('next to the field of the Teams intake form', () => {
    const kaart = teamsTekst(
      intakeformulier({
        formulierId: 'f-123456789',
        tafels: [{ slug: 'utrecht', naam: 'Utrecht' }],
        knelpunten: [],
        waarden: {},
        fouten: fout.velden,
        taal: 'en',
      }),
    );
    expect(kaart).toContain('Enter a short title');
    expect(kaart).toContain('Please check your input: nothing has been stored.');
    expect(kaart).not.toContain('Vul een korte titel in');
  });

  it("a refusal to decide is worded in the person's language", () => {
    const kaartVoor = {
      kaart: k,
      bevoegdheid: {
        antwoorden: { mag: false, reden: 'ronde_gesloten' },
        alsVoorzitter: { mag: false, reden: 'geen_voorzitter' },
        alsBestuurder: { mag: false, reden: 'andere_bestuurder' },
      },
    } as unknown as KaartVoorPersoon;
    expect(weigerTekst(kaartVoor, 'antwoord', 'en')).toMatch(/^The decision round of MW-2026-0042 is closed/);
    expect(weigerTekst(kaartVoor, 'voorzitter', 'en')).toBe(
      'Only the chair of Utrecht decides on MW-2026-0042.',
    );
    expect(weigerTekst(kaartVoor, 'bestuurder', 'en')).toBe(
      'This request about MW-2026-0042 is with another executive.',
    );
    expect(weigerTekst(kaartVoor, 'voorzitter')).toBe(
      'Alleen de voorzitter van Utrecht beslist over MW-2026-0042.',
    );
  });
});
