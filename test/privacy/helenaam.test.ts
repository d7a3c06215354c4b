// A suggestion replaces a whole name by one '[NAAM]': first name, initials, tussenvoegsels and (double)
// surname together, never 'Jan [NAAM]' or 'Bel [NAAM] [NAAM]'.
import { describe, expect, it } from 'vitest';
import { redact, scan } from '../../src/privacy/index.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';

describe('a whole name becomes one [NAAM]', () => {
  it.each([
    ['Bel Jan de Vries morgen.', 'Bel [NAAM] morgen.'],
    ['Bel Ria de Vries morgen.', 'Bel [NAAM] morgen.'],
    ['Roos de Vries belde.', '[NAAM] belde.'],
    ['Hans ter Horst en Ria van Dam kwamen.', '[NAAM] en [NAAM] kwamen.'],
    ['Roos de Vries en Wil van Dam kwamen.', '[NAAM] en [NAAM] kwamen.'],
    ["Gesprek met Kevin van 't Hof.", 'Gesprek met [NAAM].'],
    ["Afspraak met Anouk in 't Veld.", 'Afspraak met [NAAM].'],
    ['Ingrid van der Meer komt.', '[NAAM] komt.'],
    ['Jeroen op den Akker belde.', '[NAAM] belde.'],
    ['Bel Jan-Willem van der Berg.', 'Bel [NAAM].'],
    ['Henk de Jong en Truus de Jong-van Leeuwen.', '[NAAM] en [NAAM].'],
    ['Bel Jan de Vries-Bakker.', 'Bel [NAAM].'],
    ['Gesprek met J. de Vries.', 'Gesprek met [NAAM].'],
    ['Bel dhr. J.P. van den Heuvel.', 'Bel dhr. [NAAM].'],
    ['dhr. W. van der Linden-de Graaf belt.', 'dhr. [NAAM] belt.'],
    ['Dochter Noor van den Broek (12) logeert.', 'Dochter [NAAM] (12) logeert.'],
    ['Gesprek met Jan Bakker Piet Jansen.', 'Gesprek met [NAAM].'],
    // typed with two spaces or a tab: still one name
    ['Bel Jan  de Vries morgen.', 'Bel [NAAM] morgen.'],
    ['Jan de  Vries belde.', '[NAAM] belde.'],
    ['Bel Fatima\tYilmaz.', 'Bel [NAAM].'],
    ['Bel Kees Bakker  Jansen.', 'Bel [NAAM].'],
  ])('%s → %s', (tekst, verwacht) => {
    expect(redact(tekst)).toBe(verwacht);
  });

  it('adjacent names are one finding, also when a member’s name meets a name found otherwise', () => {
    const kennis = { namen: ['Jan Bakker'], woordenschat: [] };
    const tekst = 'Bel Jan Bakker\tKowalczyk morgen.';
    const { vondsten, suggestie } = nederlandsePrivacyPoort.scan(tekst, kennis);
    expect(vondsten.map((v) => tekst.slice(v.start, v.eind))).toEqual(['Jan Bakker\tKowalczyk']);
    expect(suggestie).toBe('Bel [NAAM] morgen.');
  });

  it('names on separate lines or with a word between stay apart', () => {
    expect(scan('Aanwezig: Jan de Vries\nKees Bakker').map((f) => f.text)).toEqual([
      'Jan de Vries',
      'Kees Bakker',
    ]);
    expect(redact('Jan de Vries en Kees Bakker')).toBe('[NAAM] en [NAAM]');
  });

  it('a word before a surname that is no first name stays: "Morgen de Vries bellen"', () => {
    expect(redact('Morgen de Vries bellen.')).toBe('Morgen [NAAM] bellen.');
  });
});
