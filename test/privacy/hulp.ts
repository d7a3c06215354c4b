import { type ScanOpties, scan } from '../../src/privacy/index.ts';

/** Findings as [type, text] pairs, for compact table-driven expectations. */
export function kort(tekst: string, opties?: ScanOpties): [string, string][] {
  return scan(tekst, opties).map((f) => [f.type, f.text]);
}

/** Only the findings of one type, as their texts. */
export function vanType(tekst: string, type: string, opties?: ScanOpties): string[] {
  return scan(tekst, opties)
    .filter((f) => f.type === type)
    .map((f) => f.text);
}
