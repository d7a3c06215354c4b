// Reads a ts_headline result into plain text plus highlight ranges. Adapters escape the text for their
// own markup (mrkdwn, Adaptive Card markdown) and bold the ranges themselves: no HTML or markdown comes
// out of the database, so a '*' or '<' in the reasoning cannot break a message.

/** Marker characters for ts_headline's StartSel/StopSel; removed from the source text before. */
export const BEGIN = '\u0002';
export const EIND = '\u0003';

export interface Markering {
  /** Offsets in UTF-16 code units of `tekst`, end exclusive. */
  van: number;
  tot: number;
}

export interface Fragment {
  tekst: string;
  markeringen: Markering[];
}

export function leesFragment(ruw: string): Fragment {
  let tekst = '';
  const markeringen: Markering[] = [];
  let open: number | null = null;
  // A highlight starts at its first visible character, not at the whitespace before it.
  let wachtOpBegin = false;
  let spatie = false;
  for (const teken of ruw) {
    if (teken === BEGIN) {
      wachtOpBegin = true;
    } else if (teken === EIND) {
      if (open !== null && tekst.length > open) markeringen.push({ van: open, tot: tekst.length });
      open = null;
      wachtOpBegin = false;
    } else if (/\s/u.test(teken) || /\p{Cc}/u.test(teken)) {
      spatie = true;
    } else {
      if (spatie && tekst.length > 0) tekst += ' ';
      spatie = false;
      if (wachtOpBegin) {
        open = tekst.length;
        wachtOpBegin = false;
      }
      tekst += teken;
    }
  }
  return { tekst, markeringen };
}

/** The start of a text as a fragment, when there is nothing to highlight. */
export function beginFragment(tekst: string, maxWoorden = 30): Fragment {
  const delen = tekst.split(/[\s\p{Cc}]+/u).filter(Boolean);
  const kort = delen.slice(0, maxWoorden).join(' ');
  return { tekst: delen.length > maxWoorden ? `${kort} …` : kort, markeringen: [] };
}
