import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('adres', () => {
  it.each([
    ['Hij woont op Kerkstraat 12a, 3511 AB Utrecht.', 'Kerkstraat 12a'],
    ['Adres: Van Heemstralaan 4-II, 2582 TK Den Haag.', 'Van Heemstralaan 4-II'],
    ['ingeschreven op Oude Gracht 123 bis maar', 'Oude Gracht 123 bis'],
    ['Burgemeester de Withstraat 21', 'Burgemeester de Withstraat 21'],
    ['Laan van Meerdervoort 50, Den Haag', 'Laan van Meerdervoort 50'],
    ['op de Bloemgracht 7-hs', 'Bloemgracht 7-hs'],
    ['verhuisd naar de Columbuslaan 88.', 'Columbuslaan 88'],
    ['adres: kerkstraat 4, 2e etage', 'kerkstraat 4'],
    ['Marco Pololaan 120', 'Marco Pololaan 120'],
    ['Jan van Galenstraat 3 hs', 'Jan van Galenstraat 3 hs'],
    ['Biltstraat 122A', 'Biltstraat 122A'],
    ['Markt 12', 'Markt 12'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'adres')).toEqual([verwacht]);
  });

  it.each([
    ['De woning aan de Kerkstraat is te klein.', 'straat zonder nummer'],
    ['artikel 18 lid 1 Participatiewet', 'artikel'],
    ['Wmo 2015', 'wet met jaartal'],
    ['Wijkbureau aan het Plein van 1944', 'plein zonder huisnummer'],
    ['Postbus 1234 van de gemeente', 'postbus'],
    ['Hij moest 3 keer over de snelweg 2 keer', 'hoeveelheid'],
    ['zijn loopbaan 2025 begon', 'gewoon woord met jaartal'],
    ['Tafel 12 maart', 'vergaderdatum'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'adres')).toEqual([]);
  });

  it('a street named after a person is an address, not a name', () => {
    expect(vanType('Ze woonde op de Anne Frankstraat, nu in Zuilen.', 'naam')).toEqual([]);
    expect(vanType('Marco Pololaan 120', 'naam')).toEqual([]);
  });
});
