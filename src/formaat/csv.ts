// The one CSV writer, for files people open in Excel with Dutch regional settings (the knelpunten report,
// the FG's audit export). There ',' is the decimal separator and ';' the list separator, so a comma-separated
// file opens as one column; without a byte order mark Excel reads UTF-8 as Windows-1252 ("geÃ«valueerd").
// So: ';', CRLF, a UTF-8 BOM, RFC 4180 quoting (csv-stringify), times in Dutch local time with their offset,
// and cells that a spreadsheet would run as a formula (= + - @ tab CR) prefixed with a quote (OWASP CSV
// injection). Pure: no I/O.
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';

export const SCHEIDINGSTEKEN = ';';
export const BOM = '\uFEFF';
export const ZONE = 'Europe/Amsterdam';

export type CsvWaarde = string | number | Date | null | undefined;

/** A column: its header and how to read its cell from a row. */
export type CsvKolom<T> = readonly [kop: string, waarde: (rij: T) => CsvWaarde];

/**
 * A moment as Excel reads it as a date and time, and a person sees it on the wall clock in the Netherlands,
 * with the offset so it is unambiguous across the change to and from summer time: `2026-12-04 14:03:00 +01:00`.
 */
export function lokaleTijd(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm:ss ZZ');
}

const OPTIES = {
  delimiter: SCHEIDINGSTEKEN,
  record_delimiter: '\r\n',
  // With its own record delimiter csv-stringify stops quoting a lone \n or \r; Excel would split the row.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { date: lokaleTijd },
} as const;

/** The file: BOM, a header row, one line per row, CRLF after every line. */
export function naarCsv<T>(kolommen: readonly CsvKolom<T>[], rijen: readonly T[]): string {
  const records = [
    kolommen.map(([kop]) => kop),
    ...rijen.map((rij) => kolommen.map(([, lees]) => lees(rij))),
  ];
  return `${BOM}${stringify(records, OPTIES)}`;
}

/** One cell as it appears in the file (for tests and for callers that assemble a line themselves). */
export function csvVeld(waarde: CsvWaarde): string {
  return stringify([[waarde]], { ...OPTIES, eof: false });
}
