import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Finding,
  omschrijving,
  PII_TYPES,
  type PiiType,
  redact,
  scan,
} from '../../src/privacy/index.ts';
import { kort } from './hulp.ts';

describe('scan', () => {
  it('returns findings sorted by start, non-overlapping, with exact text', () => {
    const tekst =
      'Mw. Fatima El Amrani, Kanaalweg 12, 3526 KL Utrecht, BSN 111222333, tel 06-12345678, mail f.a@voorbeeld.nl, IBAN NL91ABNA0417164300, geb. 12-03-1985, kenteken 12-ABC-3, clientnr 4567812.';
    const findings = scan(tekst);
    expect(findings.map((f) => f.type)).toEqual([
      'naam',
      'adres',
      'postcode',
      'bsn',
      'telefoon',
      'email',
      'iban',
      'geboortedatum',
      'kenteken',
      'clientnummer',
    ]);
    for (const [i, f] of findings.entries()) {
      expect(tekst.slice(f.start, f.end)).toBe(f.text);
      const vorige = findings[i - 1];
      if (vorige) expect(f.start).toBeGreaterThanOrEqual(vorige.end);
    }
  });

  it('keeps the most specific finding on overlap', () => {
    // digits of the IBAN could be read as a phone number; the IBAN wins
    expect(kort('NL91 ABNA 0417 1643 00')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
    // the street named after a person wins over the name
    expect(kort('Marco Pololaan 120')).toEqual([['adres', 'Marco Pololaan 120']]);
    // a labelled number is a client number even when it passes the elfproef
    expect(kort('klantnummer 111222333')).toEqual([['clientnummer', '111222333']]);
  });

  it('returns nothing for an empty text', () => {
    expect(scan('')).toEqual([]);
  });

  // Everything the brief lists as "not personal data".
  it.each([
    ['Huurachterstand € 1.234,56 bij Woonin.'],
    ['Het gaat om 1234 euro.'],
    ['Mw. is 38 jaar.'],
    ['Een vrouw van 38 met 2 kinderen.'],
    ['Ze woont in Utrecht, eerder in Dordrecht.'],
    ['Den Haag heeft een vergelijkbare casus opgelost.'],
    ["Vanuit 's-Hertogenbosch verhuisd."],
    ['De gemeente, Woonin en Mitros zijn betrokken.'],
    ['GGZ Centraal verwijst naar het Buurtteam.'],
    ['UWV, CAK, SVB en de Belastingdienst vorderen terug.'],
    ['De Kredietbank wil niet starten.'],
    ['Kan de kostendelersnorm buiten toepassing (art. 22a Participatiewet)?'],
    ['Artikel 18 lid 1 is al toegepast.'],
    ['Valt onder de Wmo 2015.'],
    ['Kostendelersnorm maakt dat zoon niet thuis kan blijven.'],
    ['Graag bespreken op 27 november.'],
    ['Besluit vóór 1 januari 2027.'],
    ['Per 1-1-2027 stijgt de huur.'],
    ['Wonen is het knelpunt. Zorg loopt via de huisarts.'],
    ['Participatiewet biedt te weinig ruimte.'],
    ['Den Haag doet het anders.'],
    ['Van de gemeente kwam geen antwoord.'],
    ['Zie casus MW-2026-0042.'],
    ['Casus MW-2026-0042: aanvulling na tafel.'],
  ])('flags nothing in %j', (tekst) => {
    expect(scan(tekst)).toEqual([]);
  });
});

describe('redact', () => {
  it.each([
    ['Mw. Jansen, BSN 111222333.', 'Mw. [NAAM], BSN [BSN].'],
    ['IBAN NL91ABNA0417164300', 'IBAN [IBAN]'],
    ['bel 06-12345678', 'bel [TELEFOON]'],
    ['mail f.a@voorbeeld.nl', 'mail [EMAIL]'],
    ['3511 AB Utrecht', '[POSTCODE] Utrecht'],
    ['Kerkstraat 12a', '[ADRES]'],
    ['geboren 12-03-1985', 'geboren [GEBOORTEDATUM]'],
    ['kenteken 12-ABC-3', 'kenteken [KENTEKEN]'],
    ['clientnummer 4567812', 'clientnummer [CLIENTNUMMER]'],
    ['Zoon Mohammed (15) en dochter Sara (12).', 'Zoon [NAAM] (15) en dochter [NAAM] (12).'],
    ['Niets aan de hand.', 'Niets aan de hand.'],
  ])('%j → %j', (tekst, verwacht) => {
    expect(redact(tekst)).toBe(verwacht);
  });

  it('uses bekendeNamen', () => {
    expect(redact('Overleg met Kowalczyk', { bekendeNamen: ['Kowalczyk'] })).toBe('Overleg met [NAAM]');
  });
});

describe('omschrijving', () => {
  const nl: Record<PiiType, string> = {
    bsn: 'lijkt op een BSN',
    iban: 'lijkt op een IBAN-rekeningnummer',
    telefoon: 'lijkt op een telefoonnummer',
    email: 'lijkt op een e-mailadres',
    postcode: 'lijkt op een postcode',
    adres: 'lijkt op een adres',
    geboortedatum: 'lijkt op een geboortedatum',
    naam: 'lijkt op een naam van een persoon',
    kenteken: 'lijkt op een kenteken',
    clientnummer: 'lijkt op een cliënt- of dossiernummer',
  };
  it.each(PII_TYPES.map((t) => [t, nl[t]] as const))('%s → %j', (type, zin) => {
    expect(omschrijving(type)).toBe(zin);
    expect(omschrijving(type, 'nl')).toBe(zin);
  });
  it('has an English phrase for every type', () => {
    for (const t of PII_TYPES) expect(omschrijving(t, 'en')).toMatch(/^looks like /);
  });
});

describe('privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never logs the scanned text', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const tekst = 'Mw. Geheim-Kowalczyk, BSN 111222333, Kerkstraat 12a, 06-12345678.';
    const findings: Finding[] = scan(tekst, { bekendeNamen: ['Anouk de Vries'] });
    redact(tekst);
    expect(findings.length).toBeGreaterThan(0);
    for (const spy of [...spies, stdout, stderr]) expect(spy).not.toHaveBeenCalled();
  });
});

describe('robustness', () => {
  // Inputs that once made a regular expression backtrack quadratically; they must simply complete.
  it.each([
    ['initialen', 'A.'.repeat(25_000)],
    ['woorden met punten', `${'a.'.repeat(25_000)}@`],
    ['koppeltekens', `${'Ab-'.repeat(15_000)}c`],
    ['haakjes en nullen', '(0'.repeat(25_000)],
    ['cijfers', '06 '.repeat(15_000)],
    ['lege regels', '\n'.repeat(50_000)],
  ])('handles %s', (_naam, tekst) => {
    const findings = scan(tekst);
    for (const f of findings) expect(tekst.slice(f.start, f.end)).toBe(f.text);
  });

  it('handles unusual characters without throwing', () => {
    expect(() => scan('\u0000\uffff\ud800 emoji 😀 Zoë (12) Ĳsselstein')).not.toThrow();
    expect(scan('Cliënte Zoë (12)').map((f) => f.text)).toEqual(['Zoë']);
  });
});
