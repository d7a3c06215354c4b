import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('iban', () => {
  it.each([
    ['IBAN NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['rek.nr. NL91 ABNA 0417 1643 00 t.n.v. mw.', 'NL91 ABNA 0417 1643 00'],
    ['nl91 abna 0417 1643 00', 'nl91 abna 0417 1643 00'],
    ['Belgische rekening BE68 5390 0754 7034.', 'BE68 5390 0754 7034'],
    ['Duitse rekening (DE89370400440532013000)', 'DE89370400440532013000'],
    ['IBAN NL91 ABNA 0417 1643 00 2026 is het jaar', 'NL91 ABNA 0417 1643 00'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'iban')).toEqual([verwacht]);
  });

  it.each([
    ['NL91ABNA0417164301', 'verkeerde controle'],
    ['NL00ABNA0417164300', 'controlecijfers 00'],
    ['Basisbetaalrekening aangevraagd bij ING.', 'banknaam'],
    ['Code AB12CDEF3456 op de brief', 'willekeurige code'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'iban')).toEqual([]);
  });
});
