import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('email', () => {
  it.each([
    ['Mail naar f.elamrani@voorbeeld.nl graag.', 'f.elamrani@voorbeeld.nl'],
    ['mail: m.yilmaz@mail.test', 'm.yilmaz@mail.test'],
    ['(S.Bakker@Example.NL)', 'S.Bakker@Example.NL'],
    ['jan.devries+casus@example.co.uk.', 'jan.devries+casus@example.co.uk'],
    ['Mail s.yilmaz[at]example.com werkt niet.', 's.yilmaz[at]example.com'],
    ['mail: sanne (at) voorbeeld.nl', 'sanne (at) voorbeeld.nl'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'email')).toEqual([verwacht]);
  });

  it.each([
    ['Mailadres zoon onbekend.'],
    ['bereikbaar @ kantoor'],
    ['info@'],
    ['Bol.com en Coolblue'],
    ['meeting at example.com'],
    ['Sanne (at home) voorbeeld.nl'],
  ])('vindt niets in %j', (tekst) => {
    expect(vanType(tekst, 'email')).toEqual([]);
  });

  it('a name inside an e-mail address stays part of the e-mail finding', () => {
    expect(vanType('mail S.Bakker@Example.NL', 'naam')).toEqual([]);
  });
});
