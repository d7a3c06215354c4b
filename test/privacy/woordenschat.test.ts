// The table's own words are not a person's name: an organisation, an abbreviation or a knelpunt in a
// member's registered name does not make that word a name everywhere. The member's whole name still is.
import { describe, expect, it } from 'vitest';
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
