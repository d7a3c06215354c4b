// Safe text for Slack. Every piece of user text (casus text, reasons, names) goes through `md()` before it
// lands in mrkdwn, so `<!channel>`, `<!here>` and `<@U…>` in a casus stay literal text; and every
// length-limited field is cut with an ellipsis, never mid-entity, so a long casus cannot break a message.

const ELLIPS = '…';

/** Escapes the three characters Slack's mrkdwn gives meaning to. */
export function ontsnap(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts plain text to at most `max` characters (code points), with an ellipsis when it was longer. */
export function kort(tekst: string, max: number): string {
  if (tekst.length <= max) return tekst;
  // Slack counts UTF-16 units; add whole code points so no surrogate pair is split.
  let uit = '';
  for (const teken of tekst) {
    if (uit.length + teken.length > max - ELLIPS.length) break;
    uit += teken;
  }
  return uit.trimEnd() + ELLIPS;
}

/** Escaped user text for mrkdwn, cut to `max` characters without splitting an entity like `&amp;`. */
export function md(tekst: string, max = 3000): string {
  const veilig = ontsnap(tekst);
  if (veilig.length <= max) return veilig;
  let uit = kort(veilig, max).slice(0, -ELLIPS.length);
  const amp = uit.lastIndexOf('&');
  if (amp >= 0 && !uit.slice(amp).includes(';')) uit = uit.slice(0, amp);
  return uit.trimEnd() + ELLIPS;
}

/** Plain text (modal titles, button labels, headers): no escaping, only the length limit. */
export function plat(tekst: string, max: number): string {
  const schoon = tekst.replace(/\s+/g, ' ').trim();
  return kort(schoon.length > 0 ? schoon : '-', max);
}

/** Splits a long text into escaped chunks of at most `max`, at most `stukken` of them (then cut). */
export function mdStukken(tekst: string, max: number, stukken: number): string[] {
  const uit: string[] = [];
  let rest = tekst;
  while (rest.length > 0 && uit.length < stukken) {
    if (uit.length === stukken - 1 || ontsnap(rest).length <= max) {
      uit.push(md(rest, max));
      break;
    }
    // Break at a newline or space before the limit, so no word is split between two sections.
    let grens = Math.floor(max * 0.9);
    while (ontsnap(rest.slice(0, grens)).length > max) grens = Math.floor(grens * 0.9);
    const breuk = Math.max(rest.lastIndexOf('\n', grens), rest.lastIndexOf(' ', grens));
    const snede = breuk > grens / 2 ? breuk : grens;
    uit.push(md(rest.slice(0, snede), max));
    rest = rest.slice(snede).trimStart();
  }
  return uit;
}

/** How the catalogue's inline markup looks in mrkdwn. */
export const SLACK_OPMAAK = {
  b: (s: string) => `*${s}*`,
  i: (s: string) => `_${s}_`,
  code: (s: string) => `\`${s}\``,
} as const;
