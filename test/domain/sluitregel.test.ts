import { describe, expect, it } from 'vitest';
import { quorumNodig, type SluitInvoer, sluitRonde } from '../../src/domain/sluitregel.ts';
import type { Keuze } from '../../src/domain/woorden.ts';

const LEDEN = ['a', 'b', 'c', 'd', 'e'];
const basis: SluitInvoer = {
  verwachteLidIds: LEDEN,
  antwoorden: [],
  deadlineVerstreken: false,
  quorum: { soort: 'fractie', minimaal: 0.6 },
  vroegSluiten: true,
  onthoudingTeltVoorQuorum: true,
  kostenMaatwerkCent: 240_000,
  mandaatMaxCent: 500_000,
  regelAfwijkbaar: true,
};
const antwoorden = (...keuzes: Keuze[]) => keuzes.map((keuze, i) => ({ lidId: LEDEN[i]!, keuze }));

describe('sluitRonde: docs/spelregels.md §6, every branch', () => {
  it.each([
    ['nobody answered, deadline not passed', { antwoorden: [] }, { soort: 'open' }],
    [
      'four of five answered, deadline not passed',
      { antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord') },
      { soort: 'open' },
    ],
    [
      'everyone answered but the table waits for the deadline',
      { antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'), vroegSluiten: false },
      { soort: 'open' },
    ],
    [
      'everyone akkoord → toegekend',
      { antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord') },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
    [
      'akkoord and akkoord met voorwaarden → toegekend, conditions kept',
      { antwoorden: antwoorden('akkoord', 'akkoord_met_voorwaarden', 'akkoord', 'akkoord', 'akkoord') },
      { soort: 'toegekend', metVoorwaarden: true },
    ],
    [
      'deadline passed with 3 of 5 akkoord (quorum 60%) → toegekend',
      { antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord'), deadlineVerstreken: true },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
    [
      'deadline passed with 2 of 5 → no quorum',
      { antwoorden: antwoorden('akkoord', 'akkoord'), deadlineVerstreken: true },
      { soort: 'geen_quorum', geteld: 2, nodig: 3 },
    ],
    [
      'deadline passed with nobody → no quorum',
      { antwoorden: [], deadlineVerstreken: true },
      { soort: 'geen_quorum', geteld: 0, nodig: 3 },
    ],
    [
      'abstentions do not count when the table says so',
      {
        antwoorden: antwoorden('akkoord', 'onthouding', 'onthouding'),
        deadlineVerstreken: true,
        onthoudingTeltVoorQuorum: false,
      },
      { soort: 'geen_quorum', geteld: 1, nodig: 3 },
    ],
    [
      'one niet_akkoord → chair decides',
      { antwoorden: antwoorden('akkoord', 'niet_akkoord', 'akkoord', 'akkoord', 'akkoord') },
      { soort: 'voorzitter', redenen: ['niet_akkoord'], bestuurderRedenen: [] },
    ],
    [
      'niet_akkoord and buiten_mandaat → chair first, bestuurder reasons carried',
      { antwoorden: antwoorden('akkoord', 'niet_akkoord', 'buiten_mandaat', 'akkoord', 'akkoord') },
      { soort: 'voorzitter', redenen: ['niet_akkoord'], bestuurderRedenen: ['buiten_mandaat'] },
    ],
    [
      'only abstentions → chair (nobody supports it)',
      { antwoorden: antwoorden('onthouding', 'onthouding', 'onthouding', 'onthouding', 'onthouding') },
      { soort: 'voorzitter', redenen: ['geen_akkoord'], bestuurderRedenen: [] },
    ],
    [
      'a buiten_mandaat answer → bestuurder',
      { antwoorden: antwoorden('akkoord', 'buiten_mandaat', 'akkoord', 'akkoord', 'akkoord') },
      { soort: 'bestuurder', redenen: ['buiten_mandaat'] },
    ],
    [
      'only buiten_mandaat answers → bestuurder, not the chair',
      {
        antwoorden: antwoorden('buiten_mandaat', 'buiten_mandaat', 'buiten_mandaat'),
        deadlineVerstreken: true,
      },
      { soort: 'bestuurder', redenen: ['buiten_mandaat'] },
    ],
    [
      'cost above the table mandate → bestuurder even when all agree',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        kostenMaatwerkCent: 500_001,
      },
      { soort: 'bestuurder', redenen: ['boven_mandaat'] },
    ],
    [
      'costs not added yet (quick intake) → bestuurder when the table has a mandate',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        kostenMaatwerkCent: null,
      },
      { soort: 'bestuurder', redenen: ['boven_mandaat'] },
    ],
    [
      'costs not added yet stay with the table when it has no amount limit',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        kostenMaatwerkCent: null,
        mandaatMaxCent: null,
      },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
    [
      'cost exactly at the mandate stays with the table',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        kostenMaatwerkCent: 500_000,
      },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
    [
      'no amount limit configured',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        kostenMaatwerkCent: 10_000_000,
        mandaatMaxCent: null,
      },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
    [
      'rule the table may not waive → bestuurder',
      {
        antwoorden: antwoorden('akkoord', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        regelAfwijkbaar: false,
      },
      { soort: 'bestuurder', redenen: ['regel_niet_afwijkbaar'] },
    ],
    [
      'all three bestuurder reasons at once',
      {
        antwoorden: antwoorden('buiten_mandaat', 'akkoord', 'akkoord', 'akkoord', 'akkoord'),
        regelAfwijkbaar: false,
        kostenMaatwerkCent: 900_000,
      },
      { soort: 'bestuurder', redenen: ['buiten_mandaat', 'boven_mandaat', 'regel_niet_afwijkbaar'] },
    ],
    [
      'answers of non-expected members are ignored',
      {
        antwoorden: [...antwoorden('akkoord', 'akkoord'), { lidId: 'x', keuze: 'niet_akkoord' as Keuze }],
        deadlineVerstreken: true,
      },
      { soort: 'geen_quorum', geteld: 2, nodig: 3 },
    ],
    [
      'absolute quorum of 2',
      {
        antwoorden: antwoorden('akkoord', 'akkoord'),
        deadlineVerstreken: true,
        quorum: { soort: 'aantal', minimaal: 2 },
      },
      { soort: 'toegekend', metVoorwaarden: false },
    ],
  ] as [string, Partial<SluitInvoer>, unknown][])('%s', (_naam, over, verwacht) => {
    expect(sluitRonde({ ...basis, ...over })).toEqual(verwacht);
  });

  it.each([
    [{ soort: 'fractie', minimaal: 0.6 }, 5, 3],
    [{ soort: 'fractie', minimaal: 0.5 }, 5, 3],
    [{ soort: 'fractie', minimaal: 0.5 }, 4, 2],
    [{ soort: 'fractie', minimaal: 1 }, 7, 7],
    [{ soort: 'aantal', minimaal: 9 }, 5, 5],
  ] as const)('quorum %o of %i members needs %i', (regel, verwacht, nodig) => {
    expect(quorumNodig(regel, verwacht)).toBe(nodig);
  });
});
