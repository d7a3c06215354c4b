// Small pure builders for Block Kit pieces, so each renderer reads as the message it builds.

import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { tekst as catalogus } from '../../../src/taal/tekst.ts';
import type { Blok } from '../blockkit.ts';
import { LIMIET } from '../blockkit.ts';
import { md, mdStukken, plat, SLACK_OPMAAK } from '../tekst.ts';

type PlatTekst = { type: 'plain_text'; text: string; emoji?: boolean };

export const platTekst = (tekst: string, max: number): PlatTekst => ({
  type: 'plain_text',
  text: plat(tekst, max),
  emoji: true,
});

/** A mrkdwn text object; `verbatim` keeps Slack from auto-linking names or parsing mentions in it. */
export const mrkdwn = (tekst: string) => ({ type: 'mrkdwn' as const, text: tekst, verbatim: true });

export const kop = (tekst: string): Blok => ({ type: 'header', text: platTekst(tekst, LIMIET.header) });

export const scheiding = (): Blok => ({ type: 'divider' });

/** A section of our own wording with user text already escaped by the caller (`md`). */
export const sectie = (tekst: string): Blok => ({ type: 'section', text: mrkdwn(tekst) });

/** A labelled block of user text: escaped, and split over several sections if very long. */
export function tekstSecties(label: string, tekst: string | null | undefined, stukken = 1): Blok[] {
  if (!tekst?.trim()) return [];
  const kopje = `*${label}*\n`;
  const delen = mdStukken(tekst.trim(), LIMIET.sectieTekst - kopje.length, stukken);
  return delen.map((deel, i) => sectie(i === 0 ? kopje + deel : deel));
}

/**
 * A heading followed by escaped items, joined with commas; items that do not fit become "en N meer".
 * The language is last and optional so callers that do not yet know their reader keep compiling.
 */
export function lijst(
  kopje: string,
  items: string[],
  leeg = '-',
  teken = ', ',
  max: number = LIMIET.sectieTekst,
  taal: Taal = STANDAARDTAAL,
): string {
  if (items.length === 0) return kopje + leeg;
  const meer = (aantal: number) => catalogus(taal, 'algemeen.en_meer', { aantal });
  let uit = kopje;
  for (const [i, item] of items.entries()) {
    const stuk = (i > 0 ? teken : '') + item;
    const rest = items.length - i - 1;
    const staart = rest > 0 ? meer(rest).length + 1 : 0;
    if (uit.length + stuk.length + staart > max)
      return uit + (teken.trim() ? ' ' : teken) + meer(items.length - i);
    uit += stuk;
  }
  return uit;
}

export const velden = (paren: [string, string][]): Blok => ({
  type: 'section',
  fields: paren
    .slice(0, LIMIET.velden)
    .map(([label, waarde]) => mrkdwn(`*${label}*\n${md(waarde, LIMIET.veldTekst - label.length - 3)}`)),
});

export const context = (...regels: string[]): Blok => ({
  type: 'context',
  elements: regels.slice(0, LIMIET.contextElementen).map((r) => mrkdwn(r)),
});

export interface KnopOpties {
  actionId: string;
  tekst: string;
  waarde: string;
  stijl?: 'primary' | 'danger';
}

export const knop = (k: KnopOpties) => ({
  type: 'button' as const,
  action_id: k.actionId,
  text: platTekst(k.tekst, LIMIET.knopTekst),
  value: k.waarde,
  ...(k.stijl ? { style: k.stijl } : {}),
});

export const knoppen = (blockId: string, lijst: KnopOpties[]): Blok => ({
  type: 'actions',
  block_id: blockId,
  elements: lijst.map(knop),
});

export const optie = (tekst: string, waarde: string) => ({
  text: platTekst(tekst, LIMIET.optieTekst),
  value: waarde,
});

/** Keeps a message under the block limit: drops from the middle and says so, keeping the controls. */
export function begrens(blokken: Blok[], max: number, taal: Taal = STANDAARDTAAL): Blok[] {
  if (blokken.length <= max) return blokken;
  const laatste = blokken[blokken.length - 1]!;
  const houdLaatste = laatste.type === 'actions';
  const kop = blokken.slice(0, max - (houdLaatste ? 2 : 1));
  return [
    ...kop,
    context(catalogus(taal, 'algemeen.ingekort', undefined, SLACK_OPMAAK)),
    ...(houdLaatste ? [laatste] : []),
  ];
}
