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
