import { describe, expect, it } from 'vitest';
import { lijstteken, naamlijst } from '../../src/taal/lijst.ts';

describe('a list of organisations reads as as many organisations as there are', () => {
  it.each([
    [['Buurtteam', 'GGZ'], 'Buurtteam, GGZ'],
    [
      ['Buurtteam', 'GGZ', 'Gemeente Utrecht, Werk en Inkomen'],
      'Buurtteam; GGZ; Gemeente Utrecht, Werk en Inkomen',
    ],
    [['Gemeente Utrecht, Werk en Inkomen'], 'Gemeente Utrecht, Werk en Inkomen'],
    [[], ''],
  ])('%j → %s', (namen, lijst) => {
    expect(naamlijst(namen)).toBe(lijst);
  });

  it('the separator alone, for lists that are cut to fit', () => {
    expect(lijstteken(['A, B', 'C'])).toBe('; ');
    expect(lijstteken(['A', 'C'])).toBe(', ');
  });
});
