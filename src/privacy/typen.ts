export type PiiType =
  | 'bsn'
  | 'iban'
  | 'telefoon'
  | 'email'
  | 'postcode'
  | 'adres'
  | 'geboortedatum'
  | 'naam'
  | 'kenteken'
  | 'clientnummer';

/** One piece of personal data found in a text. `start`/`end` are JavaScript string indices, `end` exclusive. */
export interface Finding {
  type: PiiType;
  start: number;
  end: number;
  text: string;
}

export interface ScanOpties {
  /**
   * Names of the workspace's own members ('Anouk de Vries'). They are found as `naam` when the full name
   * appears, or the first name or last name alone when written with a capital.
   */
  bekendeNamen?: string[];
  /**
   * The table's own vocabulary: names of its organisations, knelpunten and tables ('Woningcorporatie
   * Mitros', 'Kostendelersnorm bij inwonend volwassen kind', 'City-deal tafel Utrecht'). A name candidate
   * that lies inside one of these terms is not a person's name (the workspace's own members still are).
   */
  woordenschat?: readonly string[];
}

export const PII_TYPES: readonly PiiType[] = [
  'bsn',
  'iban',
  'telefoon',
  'email',
  'postcode',
  'adres',
  'geboortedatum',
  'naam',
  'kenteken',
  'clientnummer',
];

export function maakFinding(type: PiiType, text: string, start: number, end: number): Finding {
  return { type, start, end, text: text.slice(start, end) };
}
