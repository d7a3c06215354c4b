import { describe, expect, it } from 'vitest';
import {
  isWerkdag,
  standaardKalender,
  vrijeDag,
  type Werkkalender,
  werkurenPerDag,
} from '../../src/time/index.ts';

const kal = standaardKalender;
const zonderBevrijdingsdag: Werkkalender = { ...kal, bevrijdingsdag: false };
const metGoedeVrijdag: Werkkalender = { ...kal, goedeVrijdag: true };
const metBrugdag: Werkkalender = { ...kal, extraVrijeDagen: ['2026-05-15'] };
const kalenders = { standaard: kal, zonderBevrijdingsdag, metGoedeVrijdag, metBrugdag } satisfies Record<
  string,
  Werkkalender
>;
type KalenderNaam = keyof typeof kalenders;

describe('vrijeDag / isWerkdag met de standaardkalender', () => {
  it.each<[datum: string, naam: string | null, toelichting: string]>([
    // datum, verwachte naam (null = werkdag), toelichting
    ['2026-03-02', null, 'gewone maandag'],
    ['2026-03-06', null, 'gewone vrijdag'],
    ['2026-03-07', 'Weekend', 'zaterdag'],
    ['2026-03-08', 'Weekend', 'zondag'],
    ['2026-01-01', 'Nieuwjaar', 'donderdag'],
    ['2026-01-02', null, 'vrijdag na Nieuwjaar is geen feestdag'],
    ['2027-01-01', 'Nieuwjaar', 'vrijdag'],
    ['2026-04-03', null, 'Goede Vrijdag standaard een werkdag'],
    ['2026-04-05', 'Pasen', 'zondag: feestdagnaam gaat voor Weekend'],
    ['2026-04-06', 'Tweede paasdag', 'maandag'],
    ['2026-04-27', 'Koningsdag', 'maandag 2026'],
    ['2025-04-26', 'Koningsdag', '2025: 27 april is zondag, dus zaterdag 26 april'],
    ['2025-04-27', 'Weekend', '2025: de zondag zelf is geen Koningsdag'],
    ['2025-04-28', null, '2025: geen vervangende maandag'],
    ['2026-05-04', null, 'Dodenherdenking is geen vrije dag'],
    ['2026-05-05', 'Bevrijdingsdag', 'dinsdag, Cao Gemeenten'],
    ['2025-05-05', 'Bevrijdingsdag', 'maandag, lustrumjaar'],
    ['2026-05-14', 'Hemelvaartsdag', 'donderdag'],
    ['2026-05-15', null, 'vrijdag na Hemelvaart is standaard geen brugdag'],
    ['2026-05-24', 'Pinksteren', 'zondag'],
    ['2026-05-25', 'Tweede pinksterdag', 'maandag'],
    ['2026-11-11', null, 'Sint-Maarten is geen vrije dag'],
    ['2026-12-24', null, 'kerstavond'],
    ['2026-12-25', 'Kerstmis', 'vrijdag'],
    ['2026-12-26', 'Tweede kerstdag', 'zaterdag'],
    ['2026-12-31', null, 'oudejaarsdag'],
  ])('%s -> %s (%s)', (datum, naam) => {
    expect(vrijeDag(datum, kal)).toBe(naam);
    expect(isWerkdag(datum, kal)).toBe(naam === null);
  });
});

describe('vrijeDag met aangepaste kalenders', () => {
  it.each<[datum: string, kalender: KalenderNaam, naam: string | null]>([
    ['2026-05-05', 'zonderBevrijdingsdag', null],
    ['2025-05-05', 'zonderBevrijdingsdag', null],
    ['2026-05-05', 'standaard', 'Bevrijdingsdag'],
    ['2026-04-03', 'metGoedeVrijdag', 'Goede Vrijdag'],
    ['2025-04-18', 'metGoedeVrijdag', 'Goede Vrijdag'],
    ['2026-04-02', 'metGoedeVrijdag', null],
    ['2026-05-15', 'metBrugdag', 'Extra vrije dag'],
    ['2026-05-14', 'metBrugdag', 'Hemelvaartsdag'],
    ['2026-05-18', 'metBrugdag', null],
  ])('%s [%s] -> %s', (datum, kalender, naam) => {
    expect(vrijeDag(datum, kalenders[kalender])).toBe(naam);
  });

  it('laat een feestdag die op een extra vrije dag valt zijn eigen naam houden', () => {
    expect(vrijeDag('2026-12-25', { ...kal, extraVrijeDagen: ['2026-12-25'] })).toBe('Kerstmis');
  });

  it('weigert een verkeerd geschreven extra vrije dag in plaats van hem te negeren', () => {
    expect(() => vrijeDag('2026-05-15', { ...kal, extraVrijeDagen: ['2026-5-15'] })).toThrow(RangeError);
  });
});

describe('datumcontrole', () => {
  it.each(['2026-02-30', '2026-2-3', '26-02-03', '2026-13-01', ''])('weigert %j', (datum) => {
    expect(() => vrijeDag(datum, kal)).toThrow(RangeError);
  });
});

describe('werkurenPerDag', () => {
  it.each([
    ['09:00', '17:00', 8],
    ['08:30', '17:00', 8.5],
    ['08:00', '12:00', 4],
    ['09:15', '17:45', 8.5],
  ])('%s-%s = %d', (van, tot, uren) => {
    expect(werkurenPerDag({ ...kal, van, tot })).toBe(uren);
  });

  it.each([
    ['17:00', '09:00'],
    ['09:00', '09:00'],
    ['9:00', '17:00'],
    ['09:00', '24:00'],
    ['09:60', '17:00'],
  ])('weigert %s-%s', (van, tot) => {
    expect(() => werkurenPerDag({ ...kal, van, tot })).toThrow(RangeError);
  });
});

describe('standaardKalender', () => {
  it('heeft de afgesproken standaardwaarden', () => {
    expect(standaardKalender).toEqual({
      zone: 'Europe/Amsterdam',
      van: '09:00',
      tot: '17:00',
      bevrijdingsdag: true,
      goedeVrijdag: false,
      extraVrijeDagen: [],
    });
  });

  it('is bevroren zodat niemand de gedeelde standaard per ongeluk wijzigt', () => {
    expect(Object.isFrozen(standaardKalender)).toBe(true);
    expect(Object.isFrozen(standaardKalender.extraVrijeDagen)).toBe(true);
  });
});
