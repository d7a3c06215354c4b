import { describe, expect, it } from 'vitest';
import { toegekendBedragCent, toegekendBedragProbleem } from '../../src/domain/toegekendbedrag.ts';

describe('toegekendBedragProbleem: a partly granted besluit names a positive amount, at most the request', () => {
  it.each([
    ['another outcome ignores the field', false, undefined, null],
    ['another outcome ignores even a wrong amount', false, 'veel', null],
    ['partly granting without an amount', true, undefined, 'nodig'],
    ['partly granting with an empty field', true, '  ', 'nodig'],
    ['not an amount', true, 'twaalfhonderd', 'vorm'],
    ['zero', true, '0', 'niet_positief'],
    ['negative', true, '-50', 'niet_positief'],
    ['more than requested', true, '2.000,01', 'te_hoog'],
    ['exactly the request', true, '2.000', null],
    ['Dutch notation with cents', true, '1.250,50', null],
    ['English notation', true, '1,250.50', null],
    ['a number from a JSON payload', true, 1250.5, null],
  ] as const)('%s', (_, deels, invoer, verwacht) => {
    expect(toegekendBedragProbleem(deels, invoer, 200_000)).toBe(verwacht);
  });

  it('the amount in cents, only for a partial grant', () => {
    expect(toegekendBedragCent(true, '1.250,50')).toBe(125_050);
    expect(toegekendBedragCent(false, '1.250,50')).toBeNull();
    expect(toegekendBedragCent(true, undefined)).toBeNull();
  });
});
