import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('postcode', () => {
  it.each([
    ['3511 AB Utrecht', '3511 AB'],
    ['Postcode 3526KS, huisnr 14', '3526KS'],
    ['postcode 3581 ej', '3581 ej'],
    ['pc 3581ej', '3581ej'],
    ['Nieuw adres: 2511 BT 3 Den Haag', '2511 BT 3'],
    ['Woont op 2516AB 12.', '2516AB 12'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'postcode')).toEqual([verwacht]);
  });

  it.each([
    ['Het gaat om 1234 euro.', 'bedrag'],
    ['Inkomen 1450 EUR netto', 'bedrag met valuta'],
    ['In 2024 en 2025 liep het mis', 'jaartallen'],
    ['Stuur bezwaar naar Postbus 16200, 3500 CE Utrecht.', 'postbus van een organisatie'],
    ['postcodegebied 3527, wijk Kanaleneiland', 'alleen cijfers'],
    ['1234 SS', 'SS wordt niet uitgegeven'],
    ['€ 1.234,56', 'bedrag'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'postcode')).toEqual([]);
  });
});
