// The table's own words are not a person's name: an organisation, an abbreviation or a knelpunt in a
// member's registered name does not make that word a name everywhere. The member's whole name still is.
import { describe, expect, it } from 'vitest';
import { poortKennis } from '../../src/services/privacypoort.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';

const kennis = {
  namen: ['Chantal GGZ', 'Peter Buurtteam', 'Jan de Vries', 'Marieke Jansen'],
  woordenschat: ['GGZ Centraal', 'Buurtteam Overvecht', 'Gemeente Utrecht, Werk en Inkomen'],
};

const gevonden = (tekst: string) =>
  nederlandsePrivacyPoort.scan(tekst, kennis).vondsten.map((v) => tekst.slice(v.start, v.eind));

describe('a member’s registered name and the table’s own words', () => {
  it.each([
    ['Geen betrokkenheid GGZ.', []],
    ['GGZ Centraal gaat akkoord.', []],
    ['Het buurtteam en de WMO-consulent zijn betrokken.', []],
    ['Buurtteam Overvecht houdt contact.', []],
    ['Overleg met Chantal GGZ gehad.', ['Chantal GGZ']],
    ['Chantal belt morgen terug.', ['Chantal']],
    ['Jan de Vries belde.', ['Jan de Vries']],
    ['Gesprek met Marieke Jansen.', ['Marieke Jansen']],
  ])('%s → %j', (tekst, namen) => {
    expect(gevonden(tekst)).toEqual(namen);
  });

  it('a suggestion replaces the whole name, never leaving a first name behind', () => {
    for (const tekst of [
      'Bel Jan de Vries morgen.',
      'Jan de Vries belde.',
      'Overleg met Chantal GGZ gehad.',
    ]) {
      const { suggestie } = nederlandsePrivacyPoort.scan(tekst, kennis);
      expect(suggestie).not.toMatch(/Jan|Vries|Chantal/);
      expect(suggestie.match(/\[NAAM\]/g)).toHaveLength(1);
    }
  });
});

describe('organisation names of several words, as poortKennis builds them, are never a person', () => {
  const tenant = poortKennis({
    gemeente: 'Gemeente Utrecht',
    personen: ['Chantal GGZ', 'Peter Noord', 'Kees van den Berg'],
    organisaties: [
      'Werk en Inkomen',
      'Buurtteam Noord',
      'Huisartsenpraktijk Van den Berg',
      'Jan Pieter Heijestichting',
    ],
    knelpunten: ['Kostendelersnorm bij inwonend volwassen kind'],
    tafels: ['City-deal tafel Utrecht'],
  });
  const namen = (tekst: string) =>
    nederlandsePrivacyPoort.scan(tekst, tenant).vondsten.map((v) => tekst.slice(v.start, v.eind));

  it.each([
    ['Werk en Inkomen belt terug.', []],
    ['Afspraak met de Gemeente Utrecht en Buurtteam Noord.', []],
    ['Huisartsenpraktijk Van den Berg stuurt een brief.', []],
    ['Jan Pieter Heijestichting helpt met de aanvraag.', []],
    ['Naar de City-deal tafel Utrecht met de Kostendelersnorm bij inwonend volwassen kind.', []],
    ['Geen betrokkenheid GGZ.', []],
    ['Chantal belt morgen', ['Chantal']],
    ['Gesprek met Peter Noord gehad.', ['Peter Noord']],
    ['Mw. van den Berg belde.', ['van den Berg']],
    ['Gesprek met Kees van den Berg gehad.', ['Kees van den Berg']],
  ])('%s → %j', (tekst, verwacht) => {
    expect(namen(tekst)).toEqual(verwacht);
  });

  it('a member whose name lies inside the vocabulary is a person only outside it', () => {
    const kennis = poortKennis({
      personen: ['Jan Pieter'],
      organisaties: ['Jan Pieter Heijestichting'],
      knelpunten: [],
      tafels: [],
    });
    const tekst = 'De Jan Pieter Heijestichting helpt; Jan Pieter belt.';
    const vondsten = nederlandsePrivacyPoort.scan(tekst, kennis).vondsten;
    expect(vondsten.map((v) => [v.start, tekst.slice(v.start, v.eind)])).toEqual([[36, 'Jan Pieter']]);
  });

  it('one word of a member’s name inside a known organisation is that organisation', () => {
    const kennis = poortKennis({
      personen: ['Jeroen de Boer'],
      organisaties: [],
      knelpunten: [],
      tafels: [],
    });
    const namen = (tekst: string) =>
      nederlandsePrivacyPoort.scan(tekst, kennis).vondsten.map((v) => tekst.slice(v.start, v.eind));
    expect(namen('Mevrouw is via het Jeroen Bosch Ziekenhuis doorverwezen.')).toEqual([]);
    expect(namen('Jeroen belt morgen.')).toEqual(['Jeroen']);
    expect(namen('Jeroen de Boer van het Jeroen Bosch Ziekenhuis belt.')).toEqual(['Jeroen de Boer']);
  });

  it('the order a source lists names in does not matter, nor doubles', () => {
    const omgekeerd = poortKennis({
      personen: ['Kees van den Berg', 'Peter  Noord', 'Chantal GGZ', 'Chantal GGZ'],
      organisaties: [
        'Jan Pieter Heijestichting',
        'Huisartsenpraktijk Van den Berg',
        'Buurtteam Noord',
        'Werk en Inkomen',
      ],
      knelpunten: ['Kostendelersnorm bij inwonend volwassen kind'],
      tafels: ['City-deal tafel Utrecht'],
      gemeente: 'Gemeente Utrecht',
    });
    expect(omgekeerd).toEqual(tenant);
  });
});
