import { describe, expect, it } from 'vitest';
import { kort, vanType } from './hulp.ts';

describe('clientnummer', () => {
  it.each([
    ['clientnummer 4567812', '4567812'],
    ['Cliëntnummer: 4567812', '4567812'],
    ['dossiernr. 2024-00123, graag vermelden', '2024-00123'],
    ['registratienummer 88412093 bij de Voedselbank', '88412093'],
    ['Klantnummer Woonin: 100234587', '100234587'],
    ['klantnr 9988776', '9988776'],
    ['Zaaknummer gemeente Z-2025-118734', 'Z-2025-118734'],
    ['Debiteurnummer CJIB 1234.5678.9012', '1234.5678.9012'],
    ['kenmerk 2026/UIT/00412', '2026/UIT/00412'],
    ['Polisnummer zorgverzekering VGZ-4451237.', 'VGZ-4451237'],
    ['BSN 123456789 klopt niet', '123456789'],
    ['gaf zijn BSN op als 123456789, tikfout', '123456789'],
    // the professional's own dossier reference is flagged as well: the table must not see it
    ['Ons dossiernummer: BT-2026-0311.', 'BT-2026-0311'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'clientnummer')).toEqual([verwacht]);
  });

  it.each([
    ['Casus MW-2026-0042: aanvulling na tafel.', 'casusreferentie van de tafel'],
    ['Ref. MW-2026-0099, vervolg', 'casusreferentie met label'],
    ['artikel 18 lid 1', 'lid van een artikel'],
    ['Factuur 2025-0441 van de GGD is betaald.', 'factuur, geen label'],
    ['dossier ligt bij schuldhulp', 'label zonder nummer'],
    ['dossier d.d. 12-03-2026', 'datum na label'],
    ['BSN 123456782', 'geldig BSN is een bsn'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'clientnummer')).toEqual([]);
  });

  it('a labelled number that passes the elfproef stays a clientnummer (the label wins)', () => {
    expect(kort('clientnummer 111222333')).toEqual([['clientnummer', '111222333']]);
  });
});
