// A list of names a person must be able to count. Organisation names hold commas themselves
// ("Gemeente Utrecht, Werk en Inkomen"), so a list joined with commas reads as more organisations than
// there are; then the items are separated with semicolons.

/** The separator for a list of these names: a comma, or a semicolon when a name holds a comma. */
export const lijstteken = (namen: readonly string[]): string =>
  namen.some((n) => n.includes(',')) ? '; ' : ', ';

/** The names as one list that cannot be misread. */
export const naamlijst = (namen: readonly string[]): string => namen.join(lijstteken(namen));
