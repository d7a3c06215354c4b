import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('geboortedatum', () => {
  it.each([
    ['Geboren 12-03-1985 in Marokko', '12-03-1985'],
    ['geb. 12 maart 1985, gehuwd', '12 maart 1985'],
    ['Geboortedatum: 04-11-1979', '04-11-1979'],
    ['geboortedatum: 1990-08-23', '1990-08-23'],
    ['d.d. geboorte 12-03-1985', '12-03-1985'],
    ['12-03-1985 (geb.)', '12-03-1985'],
    ['Geb.datum 23/08/1990', '23/08/1990'],
    ['geb 12.05.1994, alleenstaand', '12.05.1994'],
    ['geboren op 3 januari 1990 te Rotterdam', '3 januari 1990'],
    ['Mevrouw, geboren 21 okt. 1977, heeft', '21 okt. 1977'],
    ['geb: 7/3/85', '7/3/85'],
    ['Mw. is geboren in 1985 en kwam', '1985'],
    ['mevrouw (12-03-1985) heeft een WIA-uitkering', '12-03-1985'],
    ['dhr (05-09-1949) woont alleen', '05-09-1949'],
    ['Mw. Bakker, 02-02-1961, woont zelfstandig', '02-02-1961'],
    ['Zoon Mohammed (14-07-2012) zit op het vso', '14-07-2012'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'geboortedatum')).toEqual([verwacht]);
  });

  it.each([
    ['Graag bespreken op 27 november.', 'vergaderdatum'],
    ['Bezwaartermijn loopt af vóór 1 januari 2027.', 'termijn'],
    ['Per 1-1-2027 stijgt de huur.', 'ingangsdatum'],
    ['Van de gemeente kwam een beschikking d.d. 03-02-2026.', 'briefdatum'],
    ['Uitkering loopt sinds 01-03-2021.', 'sinds-datum'],
    ['Besproken in MDO van 12-01-2026.', 'overleg'],
    ['Zwangerschap, uitgerekende datum 15-05-2026.', 'uitgerekende datum'],
    ['Mw. wordt op 3 april 67 en krijgt dan AOW.', 'verjaardag zonder jaar'],
    ['mevrouw heeft per 1-1-2027 huurverhoging', 'datum niet direct na persoon'],
    ['Geboren in Syrië, sinds 2016 in Nederland.', 'geboorteland, geen datum'],
    ['Een vrouw van 38', 'leeftijd'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'geboortedatum')).toEqual([]);
  });
});
