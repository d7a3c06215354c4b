// The probes of the issue "nothing personal slips through", typed as a new user would: each must be caught,
// with the right kind of data, at the field where it was typed, and nothing stored (the gate throws).
import { describe, expect, it } from 'vitest';
import { DomeinFout } from '../../src/domain/fouten.ts';
import { poortVelden } from '../../src/services/privacypoort.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';

/** The field errors of gating `tekst` in field `situatie` next to a clean `titel`. */
function fouten(tekst: string) {
  try {
    poortVelden(nederlandsePrivacyPoort, { titel: 'Huurachterstand en schulden', situatie: tekst });
  } catch (e) {
    if (e instanceof DomeinFout && e.code === 'persoonsgegevens') return e.velden;
    throw e;
  }
  return [];
}

describe('probes of the issue', () => {
  it.each([
    ['BSN met streepjes', '12-34-56-782', [['bsn', '12-34-56-782']]],
    ['e-mail met at en punt', 'jan at gmail punt com', [['email', 'jan at gmail punt com']]],
    ['e-mail met [at] en [dot]', 'jan[at]gmail[dot]com', [['email', 'jan[at]gmail[dot]com']]],
    ['e-mail met spaties', 'j.jansen @ hotmail . nl', [['email', 'j.jansen @ hotmail . nl']]],
    [
      'namen in kleine letters',
      'moeder is jan de vries, zoon piet',
      [
        ['naam', 'jan de vries'],
        ['naam', 'piet'],
      ],
    ],
    [
      'voornaam in kleine letters na zoon',
      'mevrouw de vries en haar zoon pieter',
      [
        ['naam', 'de vries'],
        ['naam', 'pieter'],
      ],
    ],
    [
      'huisnummer na postcode',
      '3521AB, huisnummer 12',
      [
        ['postcode', '3521AB'],
        ['adres', 'huisnummer 12'],
      ],
    ],
    ['naam na "gesprek met"', 'gesprek met Bodine', [['naam', 'Bodine']]],
    ['naam in kleine letters na "gesprek met"', 'vandaag gesprek met bodine gehad', [['naam', 'bodine']]],
    ['naam in kleine letters na "aanwezig:"', 'aanwezig: sevilay en de wijkcoach', [['naam', 'sevilay']]],
    ['naam na "Aanwezig:"', 'Aanwezig: Sevilay, wijkcoach', [['naam', 'Sevilay']]],
    ["geboortedatum met '78", "geboren 3-11-'78", [['geboortedatum', "3-11-'78"]]],
    ['geboortejaar na plaats', 'geboren in Nador in 1971', [['geboortedatum', '1971']]],
    ['rolnummer', 'rolnummer C/16/512345', [['clientnummer', 'C/16/512345']]],
    [
      'label ver van het nummer',
      'Het UWV-dossier staat onder nummer 4455667.',
      [['clientnummer', '4455667']],
    ],
  ])('%s: %j', (_naam, tekst, verwacht) => {
    const velden = fouten(tekst);
    expect(velden.map((v) => v.veld)).toEqual(['situatie']);
    const vondsten = velden[0]?.vondsten ?? [];
    expect(vondsten.map((v) => [v.soort, tekst.slice(v.start, v.eind)])).toEqual(verwacht);
    expect(velden[0]?.suggestie).not.toContain(verwacht[0]?.[1]);
  });

  it.each([
    'gesprek met buurtteam over de huur',
    'overleg met gemeente en schuldhulp',
    'afspraak met de woningcorporatie op dinsdag',
  ])('a conversation with an organisation is no name: %s', (tekst) => {
    expect(fouten(tekst)).toEqual([]);
  });

  it('lets a clean text through, so the probes above are not caught by anything', () => {
    expect(
      fouten('Moeder en zoon wonen in Utrecht; huurachterstand bij Mitros, vraag aan de tafel.'),
    ).toEqual([]);
  });
});
