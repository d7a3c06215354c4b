import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isAchternaam,
  isBekendeNaam,
  isPlaats,
  isSterkeVoornaam,
  isVoornaam,
} from '../../src/privacy/namenlijsten.ts';
import { maakWoordset } from '../../src/privacy/woordset.ts';

const DATA = new URL('../../src/privacy/lijsten/data/', import.meta.url);

describe('maakWoordset', () => {
  const set = maakWoordset('ahmed\nfatima\nzoë\n');
  it.each([
    ['ahmed', true],
    ['fatima', true],
    ['zoë', true],
    ['fati', false],
    ['fatimaa', false],
    ['', false],
    ['a', false],
    ['zzz', false],
  ])('%j → %s', (woord, verwacht) => {
    expect(set.has(woord)).toBe(verwacht);
  });
  it('counts its entries, also without a final newline', () => {
    expect(set.aantal).toBe(3);
    expect(maakWoordset('a\nb').aantal).toBe(2);
  });
});

describe('generated lists', () => {
  const bestanden = readdirSync(DATA).filter((f) => f.endsWith('.txt'));
  it('are there', () => {
    expect(bestanden.sort()).toEqual(['achternamen.txt', 'namen-breed.txt', 'plaatsen.txt', 'voornamen.txt']);
  });
  it.each(bestanden)('%s is lower case, sorted by code units and without duplicates', (bestand) => {
    const regels = readFileSync(new URL(bestand, DATA), 'utf8').trimEnd().split('\n');
    expect(regels.length).toBeGreaterThan(1000);
    for (let i = 1; i < regels.length; i++)
      expect((regels[i - 1] ?? '') < (regels[i] ?? ''), regels[i]).toBe(true);
    for (const r of regels) expect(r, r).toBe(r.toLowerCase());
  });
});

describe('namenlijsten', () => {
  const vragen = { isVoornaam, isSterkeVoornaam, isAchternaam, isBekendeNaam, isPlaats };
  it.each([
    // names of residents with roots in many countries, none of them on the hand-made lists
    ['Bodine', 'isBekendeNaam', true],
    ['Sevilay', 'isBekendeNaam', true],
    ['Tesfamariam', 'isBekendeNaam', true],
    ['Jolijn', 'isVoornaam', true],
    ['Kowalczyk', 'isAchternaam', true],
    ['Nador', 'isPlaats', true],
    ['Houten', 'isPlaats', true],
    // an ordinary Dutch word on a public list of first names is no strong first name
    ['Storm', 'isSterkeVoornaam', false],
    ['Fatima', 'isSterkeVoornaam', true],
    ['Tafel', 'isVoornaam', false],
  ] as const)('%s → %s: %s', (woord, vraag, verwacht) => {
    expect(vragen[vraag](woord)).toBe(verwacht);
  });
});
