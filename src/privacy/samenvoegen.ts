/**
 * Overlap resolution. When findings overlap, the most specific one wins: first by type (an IBAN is more
 * specific than the phone-like digits inside it, a labelled client number more than a bare BSN-like
 * number, an address more than the person's name in the street name), then the longest, then the earliest.
 */
import type { Finding, PiiType } from './typen.ts';

const SPECIFICITEIT: Record<PiiType, number> = {
  email: 100,
  iban: 90,
  clientnummer: 80,
  telefoon: 70,
  bsn: 60,
  kenteken: 50,
  postcode: 45,
  geboortedatum: 40,
  adres: 30,
  naam: 10,
};

export function losOverlapOp(findings: readonly Finding[]): Finding[] {
  const volgorde = [...findings].sort(
    (a, b) =>
      SPECIFICITEIT[b.type] - SPECIFICITEIT[a.type] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  // Mark taken characters instead of comparing every pair: linear in the text, also for very long input.
  const bezet = new Uint8Array(findings.reduce((max, f) => Math.max(max, f.end), 0));
  const gekozen: Finding[] = [];
  for (const f of volgorde) {
    if (f.end <= f.start) continue;
    if (bezet.subarray(f.start, f.end).includes(1)) continue;
    bezet.fill(1, f.start, f.end);
    gekozen.push(f);
  }
  return gekozen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Only blanks between two names on one line: 'Jan' 'de Vries' is one person to the reader. */
const ALLEEN_SPATIES = /^[ \u00a0\t]*$/;

/**
 * Adjacent names become one finding, so a suggestion replaces a whole name by one '[NAAM]' ('Bel [NAAM]',
 * not 'Bel [NAAM] [NAAM]'). `findings` sorted and non-overlapping, as `losOverlapOp` gives them.
 */
export function voegNamenSamen(text: string, findings: readonly Finding[]): Finding[] {
  const uit: Finding[] = [];
  for (const f of findings) {
    const vorige = uit[uit.length - 1];
    if (
      vorige?.type === 'naam' &&
      f.type === 'naam' &&
      ALLEEN_SPATIES.test(text.slice(vorige.end, f.start))
    ) {
      uit[uit.length - 1] = { ...vorige, end: f.end, text: text.slice(vorige.start, f.end) };
    } else uit.push(f);
  }
  return uit;
}
