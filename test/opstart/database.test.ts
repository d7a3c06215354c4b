// Database failures at start-up, each as the one line an operator can act on, with its exit code.
import { describe, expect, it } from 'vitest';
import { AFSLUITCODE } from '../../src/opstart/afsluitcodes.ts';
import { alsDatabaseFout } from '../../src/opstart/database.ts';
import { DataMapInGebruik } from '../../src/store/datalock.ts';

const pg = {
  soort: 'postgres',
  url: 'postgresql://maatwerk:geheim@db.gemeente.nl:6543/maatwerkbot',
} as const;
const fout = (code: string) => Object.assign(new Error('x'), { code });

describe('database failures at start-up', () => {
  it.each([
    [
      '3D000',
      AFSLUITCODE.databaseOntbreekt,
      /^Database "maatwerkbot" bestaat niet op db\.gemeente\.nl:6543: maak hem aan met `createdb -h db\.gemeente\.nl -p 6543 -U maatwerk maatwerkbot`/,
    ],
    [
      '28P01',
      AFSLUITCODE.databaseOnbereikbaar,
      /^PostgreSQL op db\.gemeente\.nl:6543 weigert gebruiker "maatwerk": controleer gebruiker en wachtwoord/,
    ],
    [
      'ECONNREFUSED',
      AFSLUITCODE.databaseOnbereikbaar,
      /^PostgreSQL op db\.gemeente\.nl:6543 is niet bereikbaar \(ECONNREFUSED\)/,
    ],
    ['ENOTFOUND', AFSLUITCODE.databaseOnbereikbaar, /is niet bereikbaar \(ENOTFOUND\)/],
  ])('%s → exit %i', (code, afsluitcode, melding) => {
    const o = alsDatabaseFout(fout(code), pg)!;
    expect(o.afsluitcode).toBe(afsluitcode);
    expect(o.message).toMatch(melding);
    expect(o.message).not.toContain('geheim');
  });

  it('a data directory in use keeps its own message and exit 3', () => {
    const o = alsDatabaseFout(new DataMapInGebruik('/data'), { soort: 'pglite', dataMap: '/data' })!;
    expect([o.afsluitcode, o.message]).toEqual([
      AFSLUITCODE.dataMapInGebruik,
      new DataMapInGebruik('/data').message,
    ]);
  });

  it('anything else stays the error it was', () => {
    expect(alsDatabaseFout(fout('42P01'), pg)).toBeNull();
    expect(alsDatabaseFout(fout('ECONNREFUSED'), { soort: 'pglite', dataMap: '/data' })).toBeNull();
  });
});
