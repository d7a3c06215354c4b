// The server reads the Dutch word list the build wrote (dist/woordenlijst.txt), instead of expanding the
// dictionary through nspell at every start; the tests' global setup has just built it.
import { describe, expect, it } from 'vitest';
import { isGewoonWoord, woordenlijstHerkomst } from '../../src/privacy/woordenboek.ts';

describe('woordenboek', () => {
  it('is loaded from the file the build wrote, and knows ordinary words from names', () => {
    expect(woordenlijstHerkomst()).toBeNull();
    expect(isGewoonWoord('bakker')).toBe(true);
    expect(isGewoonWoord('kinderen')).toBe(true);
    expect(isGewoonWoord('mohammed')).toBe(false);
    expect(woordenlijstHerkomst()).toBe('bestand');
  });
});
