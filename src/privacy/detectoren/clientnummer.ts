/**
 * Client, dossier and other case numbers, only when labelled: 'clientnummer 4567812', 'dossiernr. 2024-00123',
 * 'Klantnummer Woonin: 100234587', 'kenmerk 2026/UIT/00412'. A number labelled as BSN that fails the
 * elfproef is also reported here: it is most likely a mistyped BSN, or some other personal number.
 *
 * Choice: the professional's own dossier reference ('ons dossiernummer BT-2026-0311') is flagged too. Only
 * the professional's organisation can map it to a resident, but the table must never be able to ask for it.
 * The pseudonymous casus reference of the maatwerk table itself (MW-2026-0042) is not personal data and is
 * never flagged.
 */
import { type Finding, maakFinding } from '../typen.ts';
import { elfproef } from './bsn.ts';

const LABEL =
  '(?:(?:cli[eë]nt|klant|dossier|registratie|relatie|zaak|debiteur(?:en)?|huurder|contract|polis|lid|inschrijf|inschrijvings|verzekerden?|deelnemer|aanvraag|administratie|persoons|pati[eë]nt|cjib|cak|svb|uwv)[-\\s]?(?:nummer|nr|no|num|id)\\.?|kenmerk|referentie|ref\\.?|dossier|cli[eë]nt-?id)';
const BSN_LABEL = '(?:bsn|burger\\s?service\\s?nummer|sofi(?:nummer|nr)?)(?:[-\\s]?(?:nummer|nr|no)\\.?)?';
const TUSSEN =
  "(?:[ \\u00a0]*[:#]?[ \\u00a0]*(?:[\\p{L}][\\p{L}.'’-]*[ \\u00a0]*:?[ \\u00a0]+){0,2}?[:#]?[ \\u00a0]*)";
const WAARDE = '([A-Za-z0-9][A-Za-z0-9./-]*\\d(?:[A-Za-z0-9./-]*[A-Za-z0-9])?)';
const BSN_WAARDE = '(\\d{9}|\\d{3}[. ]\\d{3}[. ]\\d{3}|\\d{4}[. ]\\d{2}[. ]\\d{3}|\\d{8})';

const GELABELD = new RegExp(`(?<![\\p{L}])${LABEL}${TUSSEN}${WAARDE}(?![\\p{L}\\p{N}])`, 'giu');
const BSN_GELABELD = new RegExp(`(?<![\\p{L}])${BSN_LABEL}${TUSSEN}${BSN_WAARDE}(?![\\p{N}]|[.,]\\d)`, 'giu');

/** The maatwerk table's own pseudonymous casus reference. */
export const CASUSREFERENTIE = /^MW-\d{4}-\d{3,5}$/i;
const DATUM = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;

export function detecteerClientnummer(text: string): Finding[] {
  const uit: Finding[] = [];
  for (const m of text.matchAll(GELABELD)) {
    const waarde = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - waarde.length;
    if (CASUSREFERENTIE.test(waarde) || DATUM.test(waarde)) continue;
    const cijfers = waarde.replace(/\D/g, '');
    if (cijfers.length < 4) continue;
    if (/^(?:19|20)\d\d$/.test(waarde)) continue;
    uit.push(maakFinding('clientnummer', text, start, start + waarde.length));
  }
  for (const m of text.matchAll(BSN_GELABELD)) {
    const waarde = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - waarde.length;
    if (elfproef(waarde)) continue;
    if (waarde.replace(/\D/g, '').length !== 9) continue;
    uit.push(maakFinding('clientnummer', text, start, start + waarde.length));
  }
  return uit;
}
