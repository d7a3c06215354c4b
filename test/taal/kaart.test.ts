// The casus card (Slack blocks, the Teams card), the chair's card and the chair's modals, rendered in
// Dutch and English for the states a casus goes through: English shows no Dutch sentence of the card,
// and neither language shows a code where a label belongs.
import { describe, expect, it } from 'vitest';
import { BEHEER_ACTIES } from '../../adapters/slack/ids.ts';
import { kaartBlokken } from '../../adapters/slack/weergave/kaart.ts';
import { beheerModal } from '../../adapters/slack/weergave/voorzitter.ts';
import { casuskaart } from '../../adapters/teams/kaarten/casuskaart.ts';
import { voorzitterskaart } from '../../adapters/teams/kaarten/voorzitterskaart.ts';
import type { CasusSamenvatting, KaartStand } from '../../src/domain/berichten.ts';
import type { CasusStatus } from '../../src/domain/woorden.ts';
import type { Mogelijkheden } from '../../src/services/overzicht.ts';
import type { Taal } from '../../src/taal/taal.ts';

// User text in English, so any Dutch in the English card can only come from the adapters or the catalogue.
const CASUS: CasusSamenvatting = {
  casusId: 'c1',
  referentie: 'MW-2026-0042',
  tafelId: 't1',
  tafelNaam: 'City table Utrecht',
  titel: 'Cost-sharing rule with a son at home',
  situatie: 'Mother with son; benefit drops.',
  knelpunt: { code: null, naam: 'Cost-sharing rule', regel: 'Participation Act' },
  leefgebieden: ['inkomen', 'wonen', 'zorg_gezondheid'],
  gevraagdeOplossing: 'One year exemption.',
  kostenMaatwerkCent: 240_000,
  kostenNietsDoenCent: 1_800_000,
  kostenNietsDoenToelichting: 'Eviction and shelter.',
  urgentie: 'spoed',
  betrokkenheid: 'wisselend',
  betrokkenheidToelichting: 'Mostly reachable by phone.',
  toestemming: 'nee_afweging_vastgelegd',
  status: 'in_besluitronde',
  opAgenda: false,
};

const LEDEN = [
  { lidId: 'l1', naam: 'Anna', organisatie: 'Municipality' },
  { lidId: 'l2', naam: 'Bram', organisatie: 'Housing corporation' },
  { lidId: 'l3', naam: 'Cas', organisatie: 'Debt counselling' },
];

function stand(
  status: CasusStatus,
  ronde: 'open' | 'open_zichtbaar' | 'gesloten' | null,
  opAgenda = false,
): KaartStand {
  const zichtbaar = ronde === 'open_zichtbaar' || ronde === 'gesloten';
  return {
    casus: { ...CASUS, status, opAgenda },
    versie: 2,
    ronde: ronde
      ? {
          rondeId: 'r1',
          status: ronde === 'gesloten' ? 'gesloten' : 'open',
          deadline: '2026-11-25T09:00:00.000Z',
          geantwoord: [
            {
              ...LEDEN[0]!,
              ...(zichtbaar
                ? { keuze: 'akkoord_met_voorwaarden' as const, reden: 'Fits.', voorwaarden: 'Review.' }
                : {}),
            },
            { ...LEDEN[1]!, ...(zichtbaar ? { keuze: 'niet_akkoord' as const, reden: 'Too costly.' } : {}) },
          ],
          wachtend: ronde === 'gesloten' ? [] : [LEDEN[2]!],
          inhoudZichtbaar: zichtbaar,
        }
      : null,
  };
}

const STANDEN: Record<string, KaartStand> = {
  'open round, answers hidden': stand('in_besluitronde', 'open'),
  'open round, answers visible, on the agenda': stand('in_besluitronde', 'open_zichtbaar', true),
  'closed, decided': {
    ...stand('besloten', 'gesloten'),
    besluit: { uitkomst: 'toegekend', waaromEersteRegel: 'Dakloosheid kost meer dan een jaar uitzondering.' },
  },
  'with the chair': stand('bij_voorzitter', 'gesloten', true),
  'with the executive': stand('bij_bestuurder', 'gesloten'),
  'waiting for consent': stand('wacht_op_toestemming', 'gesloten'),
  withdrawn: stand('ingetrokken', null),
};

const GEEN: Mogelijkheden = {
  magAntwoorden: false,
  huidigeKeuze: null,
  magAlsVoorzitterBeslissen: false,
  magAlsBestuurderBeslissen: false,
  isIndiener: false,
  isVoorzitter: false,
  weergave: { antwoordformulier: false, eigenAntwoord: false, voorzittersacties: false, beheeracties: [] },
  eigenAntwoord: null,
};
const PERSONEN: Record<string, Mogelijkheden | undefined> = {
  'the base card': undefined,
  'a member who answered': {
    ...GEEN,
    magAntwoorden: true,
    huidigeKeuze: 'buiten_mandaat',
    weergave: { antwoordformulier: true, eigenAntwoord: true, voorzittersacties: false, beheeracties: [] },
    eigenAntwoord: { keuze: 'buiten_mandaat', reden: 'Past niet in ons mandaat.', voorwaarden: null },
  },
  'the chair': {
    ...GEEN,
    magAlsVoorzitterBeslissen: true,
    isVoorzitter: true,
    weergave: {
      antwoordformulier: false,
      eigenAntwoord: false,
      voorzittersacties: true,
      beheeracties: ['verlengen', 'intrekken', 'heropenen', 'op_agenda', 'vergaderbesluit'],
    },
  },
  'the executive': { ...GEEN, magAlsBestuurderBeslissen: true },
  'the submitter': { ...GEEN, isIndiener: true },
};

/** What Slack shows: the text objects of blocks and modals (not ids, action values or metadata). */
function slackTekst(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(slackTekst);
  if (!x || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  const hier = (o.type === 'plain_text' || o.type === 'mrkdwn') && typeof o.text === 'string' ? [o.text] : [];
  return [...hier, ...Object.values(o).flatMap(slackTekst)];
}

/** What Teams shows: texts, titles, labels, hints and error messages, and the facts (not data or input values). */
function teamsTekst(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(teamsTekst);
  if (!x || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  const hier = ['text', 'title', 'label', 'placeholder', 'errorMessage']
    .map((v) => o[v])
    .filter((v): v is string => typeof v === 'string');
  const feiten = Array.isArray(o.facts)
    ? (o.facts as { title: string; value: string }[]).flatMap((f) => [f.title, f.value])
    : [];
  return [
    ...hier,
    ...feiten,
    ...Object.entries(o)
      .filter(([k]) => k !== 'data' && k !== 'facts')
      .flatMap(([, v]) => teamsTekst(v)),
  ];
}

const CODE = /\b[a-z]+_[a-z_]+\b/;
const NEDERLANDS = [
  'Wacht nog op',
  'Besloten',
  'Besluitronde',
  'Geantwoord',
  'Uw antwoord',
  'Voorzitter',
  'voorzitter',
  'Tafel',
  'Situatie',
  'Voorwaarden',
  'Verlengen',
  'Reden',
  'vergadering',
  'Akkoord',
  'Niet akkoord',
  ' de ',
  ' het ',
  ' van ',
  ' en ',
];

function controleer(teksten: string[], taal: Taal): void {
  expect(teksten.length).toBeGreaterThan(0);
  for (const t of teksten) expect(t, t).not.toMatch(CODE);
  if (taal === 'en') {
    const alles = teksten.join('\n');
    for (const woord of NEDERLANDS) expect(alles, `"${woord}" in:\n${alles}`).not.toContain(woord);
  }
}

describe.each(['nl', 'en'] as const)('the casus card in %s', (taal) => {
  it.each(Object.entries(STANDEN))('Slack: %s', (_, k) => {
    controleer(slackTekst(kaartBlokken(k, taal)), taal);
  });

  for (const [wie, mogelijkheden] of Object.entries(PERSONEN))
    it.each(Object.entries(STANDEN))(`Teams, ${wie}: %s`, (_, k) => {
      controleer(
        teamsTekst(
          casuskaart(k, {
            plek: 'kanaal',
            taal,
            ...(mogelijkheden ? { mogelijkheden } : {}),
            fouten: [{ veld: 'reden', bericht: 'Geef een reden', zin: { sleutel: 'kaart.fout.geef_reden' } }],
          }),
        ),
        taal,
      );
    });

  it.each(Object.entries(STANDEN))("Teams, the chair's card: %s", (_, k) => {
    controleer(teamsTekst(voorzitterskaart(k, { plek: 'persoonlijk', taal })), taal);
  });

  it.each(Object.entries(STANDEN))("Slack, the chair's modals: %s", (_, k) => {
    for (const actie of BEHEER_ACTIES) controleer(slackTekst(beheerModal(actie, k, 'C01', taal)), taal);
  });
});

describe('the same sentence on both platforms', () => {
  const k = stand('in_besluitronde', 'open');
  it('Dutch keeps the wording the tests of each platform read', () => {
    const slack = slackTekst(kaartBlokken(k, 'nl')).join('\n');
    const teams = teamsTekst(
      casuskaart(k, { plek: 'kanaal', taal: 'nl', mogelijkheden: PERSONEN['the chair'] }),
    ).join('\n');
    expect(slack).toContain('*Wacht nog op:* Debt counselling (Cas)');
    expect(slack).toContain('*Geantwoord (2 van 3):* Municipality, Housing corporation');
    expect(teams).toContain('Wacht nog op: Debt counselling');
    expect(teams).toContain('Geantwoord: Municipality, Housing corporation');
    expect(teams).toContain('Voorzittersacties');
  });

  it('English uses the same key, with Slack markup only on Slack', () => {
    const slack = slackTekst(kaartBlokken(k, 'en')).join('\n');
    const teams = teamsTekst(
      casuskaart(k, { plek: 'kanaal', taal: 'en', mogelijkheden: PERSONEN['the chair'] }),
    ).join('\n');
    expect(slack).toContain('*Still waiting for:* Debt counselling (Cas)');
    expect(teams).toContain('Still waiting for: Debt counselling');
    expect(teams).not.toContain('*Still waiting for');
    expect(teams).toContain('Chair actions');
  });
});
