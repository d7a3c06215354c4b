import { describe, expect, it } from 'vitest';
import { detecteerBsn, elfproef } from '../../src/privacy/detectoren/bsn.ts';
import { kort, vanType } from './hulp.ts';

describe('elfproef', () => {
  it.each([
    ['123456782', true],
    ['111222333', true],
    ['12345672', true], // 8 digits, read as 012345672
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567', false],
    ['abcdefghi', false],
  ])('%s → %s', (nummer, verwacht) => {
    expect(elfproef(nummer)).toBe(verwacht);
  });
});

describe('bsn', () => {
  it.each([
    ['BSN 123456782', '123456782'],
    ['bsn: 123.456.782', '123.456.782'],
    ['BSN 123 456 782.', '123 456 782'],
    ['bsn 1234.56.782', '1234.56.782'],
    ['Gegevens: 111222333, woont in Zuilen', '111222333'],
    ['Dhr. (111222333) heeft een aanvraag lopen', '111222333'],
    ['burgerservicenummer 12345672', '12345672'],
    ['sofinr 111222333', '111222333'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'bsn')).toEqual([verwacht]);
  });

  it.each([
    ['nummer 123456789 faalt de elfproef', 'geen elfproef'],
    ['relatienummer 12345672 zonder bsn-label', '8 cijfers zonder label'],
    ['bedrag € 123.456.782', 'bedrag'],
    ['het kost 123.456.782,50', 'bedrag met centen'],
    ['1234567820 is te lang', '10 cijfers'],
    ['NL91ABNA0417164300', 'cijfers binnen IBAN'],
    ['gesprek op 12031985', 'datum zonder streepjes'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(detecteerBsn(tekst).filter((f) => !/^\d{10}|NL/.test(f.text))).toEqual([]);
    expect(vanType(tekst, 'bsn')).toEqual([]);
  });

  it('a labelled 9-digit number that fails the elfproef is a clientnummer, not a BSN', () => {
    expect(kort('BSN 123456789 klopt niet')).toEqual([['clientnummer', '123456789']]);
  });
});
