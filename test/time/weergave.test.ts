import { describe, expect, it } from 'vitest';
import { amsterdamJaar, amsterdamTijdstip, formatteerDatum, formatteerMoment } from '../../src/time/index.ts';
import { ams } from './helpers.ts';

describe('formatteerMoment', () => {
  it.each([
    // Amsterdam wall time, UTC instant for cross-checking, nl, en
    ['2025-11-27 12:00', '2025-11-27T11:00:00Z', 'do 27 nov 12:00', 'Thu 27 Nov 12:00'],
    ['2026-11-27 12:00', '2026-11-27T11:00:00Z', 'vr 27 nov 12:00', 'Fri 27 Nov 12:00'],
    ['2026-07-14 09:05', '2026-07-14T07:05:00Z', 'di 14 jul 09:05', 'Tue 14 Jul 09:05'],
    ['2026-03-30 11:00', '2026-03-30T09:00:00Z', 'ma 30 mrt 11:00', 'Mon 30 Mar 11:00'],
    ['2026-03-27 15:00', '2026-03-27T14:00:00Z', 'vr 27 mrt 15:00', 'Fri 27 Mar 15:00'],
    ['2026-10-26 11:00', '2026-10-26T10:00:00Z', 'ma 26 okt 11:00', 'Mon 26 Oct 11:00'],
    ['2026-05-03 00:00', '2026-05-02T22:00:00Z', 'zo 3 mei 00:00', 'Sun 3 May 00:00'],
    ['2026-12-31 23:59', '2026-12-31T22:59:00Z', 'do 31 dec 23:59', 'Thu 31 Dec 23:59'],
  ])('%s', (wandtijd, utc, nl, en) => {
    expect(ams(wandtijd).toISOString()).toBe(new Date(utc).toISOString());
    expect(formatteerMoment(ams(wandtijd))).toBe(nl);
    expect(formatteerMoment(ams(wandtijd), 'nl')).toBe(nl);
    expect(formatteerMoment(ams(wandtijd), 'en')).toBe(en);
  });

  it.each([
    ['2026-01-05 10:00', 'ma 5 jan', 'Mon 5 Jan'],
    ['2026-02-03 10:00', 'di 3 feb', 'Tue 3 Feb'],
    ['2026-03-04 10:00', 'wo 4 mrt', 'Wed 4 Mar'],
    ['2026-04-02 10:00', 'do 2 apr', 'Thu 2 Apr'],
    ['2026-05-01 10:00', 'vr 1 mei', 'Fri 1 May'],
    ['2026-06-06 10:00', 'za 6 jun', 'Sat 6 Jun'],
    ['2026-07-05 10:00', 'zo 5 jul', 'Sun 5 Jul'],
    ['2026-08-10 10:00', 'ma 10 aug', 'Mon 10 Aug'],
    ['2026-09-15 10:00', 'di 15 sep', 'Tue 15 Sep'],
    ['2026-10-14 10:00', 'wo 14 okt', 'Wed 14 Oct'],
    ['2026-11-19 10:00', 'do 19 nov', 'Thu 19 Nov'],
    ['2026-12-18 10:00', 'vr 18 dec', 'Fri 18 Dec'],
  ])('alle maanden en weekdagen: %s', (wandtijd, nl, en) => {
    expect(formatteerMoment(ams(wandtijd))).toBe(`${nl} 10:00`);
    expect(formatteerMoment(ams(wandtijd), 'en')).toBe(`${en} 10:00`);
  });

  it('toont een andere zone als daarom gevraagd wordt', () => {
    expect(formatteerMoment(ams('2026-07-14 09:05'), 'en', 'UTC')).toBe('Tue 14 Jul 07:05');
    expect(formatteerMoment(ams('2026-07-14 09:05'), 'nl', 'Europe/London')).toBe('di 14 jul 08:05');
  });

  it('weigert een onbekende zone', () => {
    expect(() => formatteerMoment(ams('2026-07-14 09:05'), 'nl', 'Europe/Atlantis')).toThrow(RangeError);
  });
});

describe('formatteerDatum', () => {
  it.each([
    ['2026-11-27 12:00', 'vr 27 nov 2026', 'Fri 27 Nov 2026'],
    ['2025-11-27 12:00', 'do 27 nov 2025', 'Thu 27 Nov 2025'],
    ['2026-07-14 23:30', 'di 14 jul 2026', 'Tue 14 Jul 2026'],
    ['2027-01-01 00:30', 'vr 1 jan 2027', 'Fri 1 Jan 2027'],
  ])('%s', (wandtijd, nl, en) => {
    expect(formatteerDatum(ams(wandtijd))).toBe(nl);
    expect(formatteerDatum(ams(wandtijd), 'en')).toBe(en);
  });

  it('neemt de Amsterdamse datum, niet de UTC-datum', () => {
    // 31 Dec 23:30 UTC is already 1 Jan 00:30 in Amsterdam.
    expect(formatteerDatum(new Date('2026-12-31T23:30:00Z'))).toBe('vr 1 jan 2027');
    expect(formatteerDatum(new Date('2026-12-31T23:30:00Z'), 'nl', 'UTC')).toBe('do 31 dec 2026');
  });
});

describe('amsterdamJaar', () => {
  it.each([
    ['2026-12-31T22:59:59Z', 2026, 'do 31 dec 23:59:59 Amsterdam'],
    ['2026-12-31T23:00:00Z', 2027, 'vr 1 jan 00:00 Amsterdam'],
    ['2026-12-31T23:30:00Z', 2027, 'vr 1 jan 00:30 Amsterdam, in UTC nog 2026'],
    ['2026-07-01T12:00:00Z', 2026, 'midden in het jaar'],
  ])('%s -> %d (%s)', (utc, jaar) => {
    expect(amsterdamJaar(new Date(utc))).toBe(jaar);
  });

  it('klopt met de helper in Amsterdamse tijd', () => {
    expect(amsterdamJaar(ams('2027-01-01 00:30'))).toBe(2027);
    expect(amsterdamJaar(ams('2026-12-31 23:59'))).toBe(2026);
  });
});

describe('amsterdamTijdstip', () => {
  it.each([
    ['2026-12-07', '17:00', '2026-12-07T16:00:00.000Z'],
    ['2026-07-07', '17:00', '2026-07-07T15:00:00.000Z'],
    ['2026-10-25', '17:00', '2026-10-25T16:00:00.000Z'],
    ['2026-03-29', '17:00', '2026-03-29T15:00:00.000Z'],
  ])('%s %s Amsterdam = %s', (datum, tijd, utc) => {
    expect(amsterdamTijdstip(datum, tijd).toISOString()).toBe(utc);
  });
});
