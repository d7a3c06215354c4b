import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('telefoon', () => {
  it.each([
    ['bel 06-12345678', '06-12345678'],
    ['tel: 06 1234 5678 (na 14u)', '06 1234 5678'],
    ['vast 020-1234567', '020-1234567'],
    ['0031 6 12345678', '0031 6 12345678'],
    ['+31 (0)6 12345678', '+31 (0)6 12345678'],
    ['+31(0)6-12345678.', '+31(0)6-12345678'],
    ['+31 6 12 34 56 78', '+31 6 12 34 56 78'],
    ['0612345678', '0612345678'],
    ['06 - 12 34 56 78', '06 - 12 34 56 78'],
    ['06.1234.5678', '06.1234.5678'],
    ['06/12345678', '06/12345678'],
    ['(030) 234 56 78', '(030) 234 56 78'],
    ['0343-123456 (werk)', '0343-123456'],
    ['Belgisch nummer +32 470 12 34 56', '+32 470 12 34 56'],
    ['06-98765432', '06-98765432'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'telefoon')).toEqual([verwacht]);
  });

  it('finds two numbers typed one after another', () => {
    expect(vanType('Tel mw 0624681357 / dochter 0613572468', 'telefoon')).toEqual([
      '0624681357',
      '0613572468',
    ]);
  });

  it.each([
    ['Belastingtelefoon 0800-0543', 'gratis servicenummer'],
    ['Gemeente via 14 030', 'gemeentenummer'],
    ['Infolijn 0900-1234567', 'betaald servicenummer'],
    ['Bedrijfsnummer 088-1234567', '088-bedrijfsnummer'],
    ['06-nummer van mw. is afgesloten', '06-nummer'],
    ['overleg op 06-03 om 08.30 uur', 'datum en tijd'],
    ['geboren 01-07-1972', 'datum'],
    ['BSN 123456782', 'bsn'],
    ['€ 0,50 per minuut', 'bedrag'],
    ['06 123', 'te kort'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'telefoon')).toEqual([]);
  });
});
