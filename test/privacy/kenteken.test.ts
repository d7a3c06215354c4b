import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('kenteken', () => {
  it.each([
    ['kenteken 12-ABC-3', '12-ABC-3'],
    ['bus (AB-123-C) staat buiten', 'AB-123-C'],
    ['1-ABC-23 op naam van de ex', '1-ABC-23'],
    ['XX-99-99', 'XX-99-99'],
    ['VN-12-TX', 'VN-12-TX'],
    ['47-RT-LK', '47-RT-LK'],
    ['G-456-KL', 'G-456-KL'],
    ['VKT-45-B', 'VKT-45-B'],
    ['J-12-KLM', 'J-12-KLM'],
    ['3-KX-888', '3-KX-888'],
    ['kenteken 12ABC3', '12ABC3'],
    ['auto: ns-45-tr (overgenomen)', 'ns-45-tr'],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'kenteken')).toEqual([verwacht]);
  });

  it.each([
    ['casus MW-2026-0042', 'casusreferentie'],
    ['WW-uitkering', 'afkorting'],
    ['B1-niveau en A2-formulier', 'taalniveau'],
    ['de A12 af', 'snelweg'],
    ['per 1-1-2027', 'datum'],
    ['Van Heemstralaan 4-II', 'huisnummer'],
    ['code 12ABC3 op de factuur', 'zonder streepjes en zonder context'],
    ['ns-45-tr', 'kleine letters zonder context'],
    ['Tjon-A-Fong', 'naam met streepjes'],
    ['Z-2025-118734', 'zaaknummer'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'kenteken')).toEqual([]);
  });
});
