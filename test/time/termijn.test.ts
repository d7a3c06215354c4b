import { describe, expect, it } from 'vitest';
import {
  berekenDeadline,
  herinneringsmomenten,
  standaardKalender,
  type Termijn,
  type Vergaderschema,
  volgendeVergadering,
  type Werkkalender,
  werkurenTussen,
} from '../../src/time/index.ts';
import { alsAms, ams } from './helpers.ts';

const kal = standaardKalender;
const zonderBevrijdingsdag: Werkkalender = { ...kal, bevrijdingsdag: false };
const metBrugdag: Werkkalender = { ...kal, extraVrijeDagen: ['2026-05-15'] };
const kalenders = { standaard: kal, zonderBevrijdingsdag, metBrugdag } satisfies Record<string, Werkkalender>;
type KalenderNaam = keyof typeof kalenders;
const maandag14: Vergaderschema = { weekdag: 1, tijd: '14:00' };

describe('volgendeVergadering', () => {
  it.each<
    [na: string, schema: Vergaderschema, kalender: KalenderNaam, verwacht: string, toelichting: string]
  >([
    // na (Amsterdam), schema, kalender, verwacht, toelichting
    ['2026-03-04 10:00', maandag14, 'standaard', '2026-03-09 14:00', 'woensdag -> komende maandag'],
    ['2026-03-09 13:59', maandag14, 'standaard', '2026-03-09 14:00', 'minuut ervoor -> dezelfde dag'],
    [
      '2026-03-09 14:00',
      maandag14,
      'standaard',
      '2026-03-16 14:00',
      'strikt erna: niet de lopende vergadering',
    ],
    ['2026-03-08 23:30', maandag14, 'standaard', '2026-03-09 14:00', 'zondagavond'],
    ['2026-04-01 10:00', maandag14, 'standaard', '2026-04-13 14:00', 'Tweede paasdag overgeslagen'],
    ['2026-04-22 10:00', maandag14, 'standaard', '2026-05-04 14:00', 'Koningsdag overgeslagen'],
    [
      '2026-03-27 10:00',
      maandag14,
      'standaard',
      '2026-03-30 14:00',
      'na de zomertijdwissel nog steeds 14:00',
    ],
    [
      '2026-10-23 10:00',
      maandag14,
      'standaard',
      '2026-10-26 14:00',
      'na de wintertijdwissel nog steeds 14:00',
    ],
    [
      '2026-05-11 09:00',
      { weekdag: 4, tijd: '10:00' },
      'standaard',
      '2026-05-21 10:00',
      'Hemelvaartsdag overgeslagen',
    ],
    [
      '2026-05-04 12:00',
      { weekdag: 2, tijd: '09:30' },
      'standaard',
      '2026-05-12 09:30',
      'Bevrijdingsdag overgeslagen',
    ],
    [
      '2026-05-04 12:00',
      { weekdag: 2, tijd: '09:30' },
      'zonderBevrijdingsdag',
      '2026-05-05 09:30',
      'Bevrijdingsdag gewone dinsdag',
    ],
    [
      '2026-05-11 09:00',
      { weekdag: 5, tijd: '11:00' },
      'metBrugdag',
      '2026-05-22 11:00',
      'brugdag overgeslagen',
    ],
    [
      '2025-04-23 10:00',
      { weekdag: 6, tijd: '10:00' },
      'standaard',
      '2025-05-03 10:00',
      'zaterdag mag, maar niet op Koningsdag 2025',
    ],
    [
      '2026-12-20 10:00',
      { weekdag: 5, tijd: '10:00' },
      'standaard',
      '2027-01-08 10:00',
      'Kerstmis en Nieuwjaar op vrijdag',
    ],
  ])('na %s, schema %j [%s] -> %s (%s)', (na, schema, kalender, verwacht) => {
    expect(alsAms(volgendeVergadering(ams(na), schema, kalenders[kalender]))).toBe(verwacht);
  });

  it('plaatst een vergadering na de zomertijdwissel op 12:00 UTC', () => {
    expect(volgendeVergadering(ams('2026-03-27 10:00'), maandag14, kal).toISOString()).toBe(
      '2026-03-30T12:00:00.000Z',
    );
  });

  it.each([[{ weekdag: 0 as unknown as 1, tijd: '14:00' }], [{ weekdag: 1, tijd: '14u' } as const]])(
    'weigert een ongeldig schema %j',
    (schema) => {
      expect(() => volgendeVergadering(ams('2026-03-04 10:00'), schema, kal)).toThrow(RangeError);
    },
  );
});

describe('berekenDeadline', () => {
  it.each<[geopend: string, termijn: Termijn, verwacht: string, toelichting: string]>([
    // geopend, termijn, verwacht, toelichting
    ['2026-03-02 14:00', { soort: 'werkdagen', aantal: 2 }, '2026-03-04 14:00', 'twee werkdagen'],
    ['2026-03-02 17:30', { soort: 'werkdagen', aantal: 2 }, '2026-03-04 17:00', 'geopend na werktijd'],
    ['2026-04-24 11:00', { soort: 'werkdagen', aantal: 1 }, '2026-04-28 11:00', 'werkdag over Koningsdag'],
    ['2026-03-07 10:00', { soort: 'werkdagen', aantal: 0 }, '2026-03-09 09:00', '0 dagen in het weekend'],
    ['2026-03-27 15:00', { soort: 'werkuren', aantal: 4 }, '2026-03-30 11:00', 'werkuren over zomertijd'],
    ['2026-10-23 15:00', { soort: 'werkuren', aantal: 4 }, '2026-10-26 11:00', 'werkuren over wintertijd'],
    ['2026-03-02 09:00', { soort: 'werkuren', aantal: 2.5 }, '2026-03-02 11:30', 'fractioneel'],
    // Meeting on Mondays 14:00.
    [
      '2026-03-05 10:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      '2026-03-09 14:00',
      'ruim op tijd (20 uur)',
    ],
    [
      '2026-03-09 09:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      '2026-03-16 14:00',
      'maandag 09:00: 5 uur te kort',
    ],
    [
      '2026-03-06 14:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      '2026-03-09 14:00',
      'precies 8 uur telt',
    ],
    [
      '2026-03-06 14:01',
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      '2026-03-16 14:00',
      'een minuut te laat',
    ],
    [
      '2026-04-22 10:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      '2026-05-04 14:00',
      'Koningsdag-vergadering vervalt',
    ],
    [
      '2026-03-09 14:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 0 },
      '2026-03-16 14:00',
      'nooit de vergadering van het openen zelf',
    ],
    [
      '2026-03-07 10:00',
      { soort: 'voor_vergadering', minimaalWerkuren: 0 },
      '2026-03-09 14:00',
      'minimaal 0 vanuit het weekend',
    ],
  ])('%s %j -> %s (%s)', (geopend, termijn, verwacht) => {
    expect(alsAms(berekenDeadline(ams(geopend), termijn, kal, maandag14))).toBe(verwacht);
  });

  it('geeft voor_vergadering altijd minstens het minimum aan werkuren', () => {
    const geopend = ams('2026-03-06 14:00');
    const deadline = berekenDeadline(
      geopend,
      { soort: 'voor_vergadering', minimaalWerkuren: 8 },
      kal,
      maandag14,
    );
    expect(werkurenTussen(geopend, deadline, kal)).toBe(8);
  });

  it('negeert het schema bij werkdagen en werkuren', () => {
    expect(alsAms(berekenDeadline(ams('2026-03-02 14:00'), { soort: 'werkdagen', aantal: 2 }, kal))).toBe(
      '2026-03-04 14:00',
    );
  });

  it('gooit een gewone Error zonder vergaderschema', () => {
    const termijn: Termijn = { soort: 'voor_vergadering', minimaalWerkuren: 8 };
    expect(() => berekenDeadline(ams('2026-03-05 10:00'), termijn, kal)).toThrow(/vergaderschema/);
  });

  it.each<[termijn: Termijn]>([
    [{ soort: 'werkdagen', aantal: -1 }],
    [{ soort: 'werkuren', aantal: Number.NaN }],
    [{ soort: 'voor_vergadering', minimaalWerkuren: -8 }],
  ])('weigert %j', (termijn) => {
    expect(() => berekenDeadline(ams('2026-03-05 10:00'), termijn, kal, maandag14)).toThrow(RangeError);
  });
});

describe('herinneringsmomenten', () => {
  // Opened mon 2 Mar 10:00, deadline wed 4 Mar 14:00 (2 werkdagen).
  const geopend = ams('2026-03-02 10:00');
  const deadline = ams('2026-03-04 14:00');

  it('rekent terug, laat momenten voor het openen vallen, ontdubbelt en sorteert', () => {
    // 24 uur terug is vr 27 feb 14:00, voor het openen.
    const momenten = herinneringsmomenten(geopend, deadline, [8, 4, 24, 0, 8], kal);
    expect(momenten.map(alsAms)).toEqual(['2026-03-03 14:00', '2026-03-04 10:00', '2026-03-04 14:00']);
  });

  it('laat een moment precies op het openen vallen (strikt erna)', () => {
    // 20 werkuren terug: wo 5 + di 8 + ma 7 = ma 10:00, het openingsmoment zelf.
    const momenten = herinneringsmomenten(geopend, deadline, [20, 19.5], kal);
    expect(momenten.map(alsAms)).toEqual(['2026-03-02 10:30']);
  });

  it('ontdubbelt ook verschillende offsets die op hetzelfde moment uitkomen', () => {
    // Deadline ma 09:00 with 0 and 0 → same; 8 and 8.0 → same instant vr 09:00.
    const momenten = herinneringsmomenten(
      ams('2026-03-05 09:00'),
      ams('2026-03-09 09:00'),
      [8, 8.0, 0, 0],
      kal,
    );
    expect(momenten.map(alsAms)).toEqual(['2026-03-06 09:00', '2026-03-09 09:00']);
  });

  it('rekent terug over de zomertijdwissel', () => {
    const momenten = herinneringsmomenten(ams('2026-03-26 09:00'), ams('2026-03-30 11:00'), [4, 12], kal);
    expect(momenten.map(alsAms)).toEqual(['2026-03-26 15:00', '2026-03-27 15:00']);
  });

  it('geeft een lege lijst zonder offsets', () => {
    expect(herinneringsmomenten(geopend, deadline, [], kal)).toEqual([]);
  });
});
