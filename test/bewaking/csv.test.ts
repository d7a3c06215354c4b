// The one CSV writer, as Dutch Excel needs it: BOM, ';', CRLF, quoting, local time with offset, formula guard.
import { describe, expect, it } from 'vitest';
import { type CsvKolom, csvVeld, lokaleTijd, naarCsv } from '../../src/formaat/csv.ts';

interface Rij {
  naam: string;
  aantal: number;
  moment: Date | null;
}

const KOLOMMEN: CsvKolom<Rij>[] = [
  ['Naam', (r) => r.naam],
  ['Aantal', (r) => r.aantal],
  ['Moment', (r) => r.moment],
];

/** RFC 4180 with ';': enough of a reader to prove that every row keeps its columns. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let inQuotes = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else veld += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ';') {
      rij.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i++;
    } else veld += c;
  }
  return rijen;
}

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM, separates with semicolons and ends every line with CRLF', () => {
    const csv = naarCsv(KOLOMMEN, [{ naam: 'geëvalueerd', aantal: 3, moment: null }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('Naam;Aantal;Moment\r\ngeëvalueerd;3;\r\n');
  });

  it.each([
    // winter: CET, +01:00
    ['2026-12-04T13:03:00Z', '2026-12-04 14:03:00 +01:00'],
    // summer: CEST, +02:00
    ['2026-07-01T08:00:05Z', '2026-07-01 10:00:05 +02:00'],
    // the hour that exists twice when summer time ends (2026-10-25 02:00–03:00): the offset tells them apart
    ['2026-10-25T00:30:00Z', '2026-10-25 02:30:00 +02:00'],
    ['2026-10-25T01:30:00Z', '2026-10-25 02:30:00 +01:00'],
  ])('writes %s as Amsterdam wall-clock time with its offset: %s', (iso, verwacht) => {
    expect(lokaleTijd(new Date(iso))).toBe(verwacht);
    expect(naarCsv(KOLOMMEN, [{ naam: 'x', aantal: 1, moment: new Date(iso) }]).split('\r\n')[1]).toBe(
      `x;1;${verwacht}`,
    );
  });

  it.each([
    ['=SOM(A1)', "'=SOM(A1)"],
    ['+31 6', "'+31 6"],
    ['-5', "'-5"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tverborgen', "'\tverborgen"],
    ['\r=1', `"'\r=1"`],
    ['＝1', "'＝1"],
    ['gewoon', 'gewoon'],
    ['a;b', '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    [-5, '-5'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
  ] as const)('guards and quotes the cell %j as %j', (waarde, verwacht) => {
    expect(csvVeld(waarde)).toBe(verwacht);
  });

  it('keeps every row at its number of columns, whatever a cell holds', () => {
    const lastig = 'Regel "A"; art. 3\nlid 2\r\n=HYPERLINK("x")';
    const rijen = leesCsv(naarCsv(KOLOMMEN, [{ naam: lastig, aantal: 7, moment: null }]).slice(1));
    expect(rijen).toEqual([
      ['Naam', 'Aantal', 'Moment'],
      [lastig, '7', ''],
    ]);
  });
});
