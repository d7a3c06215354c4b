/**
 * Client, dossier and other case numbers, only when labelled: 'clientnummer 4567812', 'dossiernr. 2024-00123',
 * 'Klantnummer Woonin: 100234587', 'kenmerk 2026/UIT/00412', 'rolnummer C/16/512345'. The label may stand a
 * few words from its number within the sentence ('Het aanvraagnummer voor de bijzondere bijstand is
 * BB-2026-0412', 'Cliëntnummer bij Lister staat in het systeem als L-40921'), a number may be given 'onder
 * nummer 4455667', and a second number in a list goes with the label of the first ('Klantnummer Vitens
 * 3002198845 en bij Eneco 201877345'). A number labelled as BSN that fails the elfproef is also reported
 * here: it is most likely a mistyped BSN, or some other personal number.
 *
 * Choice: the professional's own dossier reference ('ons dossiernummer BT-2026-0311') is flagged too. Only
 * the professional's organisation can map it to a resident, but the table must never be able to ask for it.
 * The pseudonymous casus reference of the maatwerk table itself (MW-2026-0042) is not personal data and is
 * never flagged.
 */
import { type Finding, maakFinding } from '../typen.ts';
import { elfproef } from './bsn.ts';

const STAM =
  '(?:cli[eë]nt|klant|dossier|registratie|relatie|zaak|rol|debiteur(?:en)?|huurder|contract|polis|lid|inschrijf|inschrijvings|verzekerden?|verzekerings|deelnemer|aanvraag|administratie|persoons|pati[eë]nt|abonnee|leerling|student(?:en)?|uitkerings|werknemers|personeels|cjib|cak|svb|uwv|duo)';
/** Labels that only count right before their number (at most two words between): 'dossier 2024-00123'. */
const LABEL_KORT = '(?:ref\\.?|dossier|cli[eë]nt-?id)';
/** A label that may stand a few words before its number: a stem with 'nummer', or 'kenmerk'/'referentie'. */
const LABEL_VER = `(?:${STAM}[-\\s]?(?:nummer|nr|no|num|id)\\.?|kenmerk|referentie)`;
const BSN_LABEL = '(?:bsn|burger\\s?service\\s?nummer|sofi(?:nummer|nr)?)(?:[-\\s]?(?:nummer|nr|no)\\.?)?';
const TUSSEN =
  "(?:[ \\u00a0]*[:#]?[ \\u00a0]*(?:[\\p{L}][\\p{L}.'’-]*[ \\u00a0]*:?[ \\u00a0]+){0,2}?[:#]?[ \\u00a0]*)";
const WAARDE =
  '((?:[A-Z]{2,5}[ \\u00a0]){1,3}\\d{2,4}[-/]\\d{2,7}|[A-Za-z0-9][A-Za-z0-9./-]*\\d(?:[A-Za-z0-9./-]*[A-Za-z0-9])?)';
/** Words between a far label and its number: no digit, amount or end of sentence in between. */
const TUSSEN_VER = '(?:[^\\n\\d€.!?;]|\\.(?=[ \\u00a0]?\\p{Ll})){1,70}?';
const BSN_WAARDE = '(\\d{9}|\\d{3}[. ]\\d{3}[. ]\\d{3}|\\d{4}[. ]\\d{2}[. ]\\d{3}|\\d{8})';

const GELABELD = new RegExp(`(?<![\\p{L}])${LABEL_KORT}${TUSSEN}${WAARDE}(?![\\p{L}\\p{N}])`, 'giu');
/** The words between label and number as GELABELD allows them: then the label is near, not far. */
const TUSSEN_KORT = new RegExp(`^${TUSSEN}$`, 'u');
const GELABELD_VER = new RegExp(
  `(?<![\\p{L}])(${LABEL_VER})${TUSSEN_VER}(?<![\\p{L}\\p{N}])${WAARDE}(?![\\p{L}\\p{N}])`,
  'giu',
);
const ONDER_NUMMER = new RegExp(
  `(?<![\\p{L}])onder[ \\u00a0]+(?:het[ \\u00a0]+)?(?:nummer|nr\\.?)[ \\u00a0]*:?[ \\u00a0]*${WAARDE}(?![\\p{L}\\p{N}])`,
  'giu',
);
/** After a client number: another one in the same list ('en bij Eneco 201877345', ', 4455667'). */
const LIJST_VERVOLG = new RegExp(
  `^[ \\u00a0]*(?:,|en|&|/)[ \\u00a0]*(?:(?:bij|van|voor)[ \\u00a0]+)?(?:\\p{Lu}[\\p{L}-]*[ \\u00a0]*:?[ \\u00a0]*)?${WAARDE}(?![\\p{L}\\p{N}])`,
  'u',
);
const BSN_GELABELD = new RegExp(`(?<![\\p{L}])${BSN_LABEL}${TUSSEN}${BSN_WAARDE}(?![\\p{N}]|[.,]\\d)`, 'giu');

/** The maatwerk table's own pseudonymous casus reference. */
export const CASUSREFERENTIE = /^MW-\d{4}-\d{3,5}$/i;
const DATUM = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;

const TIJD = /^\d{1,2}[.:]\d{2}$/;
const EENHEID_NA =
  /^[ \u00a0]*(?:euro|eur|jaar|maanden|maand|weken|dagen|uur|km|%|procent|keer|x)(?![\p{L}])/iu;

/** A value that is a number of the sort a label names: enough digits, no date, year, time or amount. */
function isNummer(waarde: string, text: string, end: number, ver: boolean): boolean {
  if (CASUSREFERENTIE.test(waarde) || DATUM.test(waarde) || TIJD.test(waarde)) return false;
  const cijfers = waarde.replace(/\D/g, '');
  if (cijfers.length < 4) return false;
  if (/^(?:19|20)\d\d$/.test(waarde)) return false;
  if (ver && (EENHEID_NA.test(text.slice(end, end + 12)) || /^0\d{9}$/.test(waarde))) return false;
  return true;
}

export function detecteerClientnummer(text: string): Finding[] {
  const uit: Finding[] = [];
  const neem = (waarde: string, start: number, ver: boolean) => {
    const end = start + waarde.length;
    if (!isNummer(waarde, text, end, ver)) return;
    if (uit.some((f) => f.start < end && start < f.end)) return;
    uit.push(maakFinding('clientnummer', text, start, end));
  };
  for (const m of text.matchAll(GELABELD)) {
    const waarde = m[1] ?? '';
    neem(waarde, (m.index ?? 0) + m[0].length - waarde.length, false);
  }
  for (const m of text.matchAll(GELABELD_VER)) {
    const waarde = m[2] ?? '';
    const tussen = m[0].slice((m[1] ?? '').length, m[0].length - waarde.length);
    neem(waarde, (m.index ?? 0) + m[0].length - waarde.length, !TUSSEN_KORT.test(tussen));
  }
  for (const m of text.matchAll(ONDER_NUMMER)) {
    const waarde = m[1] ?? '';
    neem(waarde, (m.index ?? 0) + m[0].length - waarde.length, true);
  }
  for (let k = 0; k < uit.length; k++) {
    const f = uit[k];
    if (!f) continue;
    const m = LIJST_VERVOLG.exec(text.slice(f.end, f.end + 60));
    const waarde = m?.[1];
    if (m && waarde && waarde.replace(/\D/g, '').length >= 5)
      neem(waarde, f.end + m[0].length - waarde.length, true);
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
