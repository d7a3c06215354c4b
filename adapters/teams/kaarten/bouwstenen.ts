// Building blocks for Adaptive Cards (schema 1.5) and the one place that keeps a card within Teams'
// message limit. User text (casus text, reasons) goes into TextRuns, which Teams never reads as
// Markdown, so a `**`, `[link](…)` or `<at>` in a casus stays literal text.
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { tekst as catalogus } from '../../../src/taal/tekst.ts';

export type Element = Record<string, unknown>;

export interface AdaptiveKaart {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
  refresh?: { action: Element; userIds?: string[] };
  msteams?: { width: 'Full' };
}

export const KAART_TYPE = 'application/vnd.microsoft.card.adaptive';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Teams refuses a message above ~28 KB; the margin leaves room for the envelope the SDK adds. */
export const MAX_BERICHT_BYTES = 28 * 1024;
const ENVELOP_MARGE = 2 * 1024;

const ELLIPS = '…';

/** Cuts text to at most `max` characters without splitting a surrogate pair. */
export function kort(tekst: string, max: number): string {
  if (tekst.length <= max) return tekst;
  let uit = '';
  for (const teken of tekst) {
    if (uit.length + teken.length > max - 1) break;
    uit += teken;
  }
  return uit.trimEnd() + ELLIPS;
}

export function kaart(
  body: Element[],
  opties: { actions?: Element[]; refresh?: AdaptiveKaart['refresh'] } = {},
): AdaptiveKaart {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    ...(opties.actions && opties.actions.length > 0 ? { actions: opties.actions } : {}),
    ...(opties.refresh ? { refresh: opties.refresh } : {}),
    msteams: { width: 'Full' },
  };
}

/** Our own words (labels, statuses, dates); never user text. */
export function tekst(inhoud: string, opties: Element = {}): Element {
  return { type: 'TextBlock', text: inhoud, wrap: true, ...opties };
}

export function kop(inhoud: string, opties: Element = {}): Element {
  return tekst(inhoud, { size: 'medium', weight: 'bolder', ...opties });
}

export function klein(inhoud: string, opties: Element = {}): Element {
  return tekst(inhoud, { size: 'small', isSubtle: true, spacing: 'none', ...opties });
}

export function waarschuwing(inhoud: string): Element {
  return tekst(inhoud, { color: 'attention', weight: 'bolder' });
}

/** User text, literally: a TextRun is never interpreted as Markdown. */
export function letterlijk(inhoud: string, max: number, opties: Element = {}): Element {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: kort(inhoud.trim() || '-', max), ...opties }],
  };
}

/** Multi-line user text: one block per line, cut to `max` characters in all. */
export function alineas(inhoud: string, max: number, opties: Element = {}): Element[] {
  const regels = kort(inhoud.trim(), max)
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return (regels.length > 0 ? regels : ['-']).map((r) => ({
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: r, ...opties }],
  }));
}

/** A label in bold followed by user text, on one line. */
export function metLabel(label: string, inhoud: string, max: number): Element {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${label}: `, weight: 'bolder' },
      { type: 'TextRun', text: kort(inhoud.trim() || '-', max) },
    ],
  };
}

export function feiten(paren: [string, string][]): Element {
  return { type: 'FactSet', facts: paren.map(([title, value]) => ({ title, value })) };
}

export function container(items: Element[], opties: Element = {}): Element {
  return { type: 'Container', items, ...opties };
}

export function knoppen(actions: Element[]): Element {
  return { type: 'ActionSet', actions };
}

/** Typed text shown again in a field without a maximum of its own. */
const TERUG_HOOGSTENS = 3000;

export function tekstveld(
  id: string,
  label: string,
  opties: {
    waarde?: string;
    verplicht?: boolean;
    meerdereRegels?: boolean;
    max?: number;
    hint?: string;
    fout?: string;
    /** The language of the default error message. */
    taal?: Taal;
  } = {},
): Element {
  // Text sent back with an error is shown again up to the field's maximum (Teams would not accept
  // more in the field, nor a card of that size); the error above it says that it was too long.
  const waarde = opties.waarde?.slice(0, opties.max ?? TERUG_HOOGSTENS);
  return {
    type: 'Input.Text',
    id,
    label,
    ...(waarde ? { value: waarde } : {}),
    ...(opties.meerdereRegels ? { isMultiline: true } : {}),
    ...(opties.max ? { maxLength: opties.max } : {}),
    ...(opties.hint ? { placeholder: opties.hint } : {}),
    ...(opties.verplicht
      ? {
          isRequired: true,
          errorMessage:
            opties.fout ??
            catalogus(opties.taal ?? STANDAARDTAAL, 'algemeen.vul_in', { veld: label.toLowerCase() }),
        }
      : {}),
  };
}

export function keuzeveld(
  id: string,
  label: string,
  keuzes: { title: string; value: string }[],
  opties: {
    waarde?: string;
    verplicht?: boolean;
    uitgeklapt?: boolean;
    meerdere?: boolean;
    hint?: string;
    fout?: string;
    /** The language of the default error message. */
    taal?: Taal;
  } = {},
): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices: keuzes,
    style: opties.uitgeklapt ? 'expanded' : 'compact',
    ...(opties.meerdere ? { isMultiSelect: true } : {}),
    ...(opties.waarde ? { value: opties.waarde } : {}),
    ...(opties.hint ? { placeholder: opties.hint } : {}),
    ...(opties.verplicht
      ? {
          isRequired: true,
          errorMessage:
            opties.fout ??
            catalogus(opties.taal ?? STANDAARDTAAL, 'algemeen.kies', { veld: label.toLowerCase() }),
        }
      : {}),
  };
}

export function uitvoeren(
  titel: string,
  verb: string,
  data: Record<string, unknown>,
  opties: Element = {},
): Element {
  return { type: 'Action.Execute', title: titel, verb, data, ...opties };
}

export function bijlage(k: AdaptiveKaart) {
  return { contentType: KAART_TYPE, content: k };
}

export function kaartBericht(k: AdaptiveKaart, samenvatting: string) {
  return { type: 'message' as const, summary: kort(samenvatting, 200), attachments: [bijlage(k)] };
}

export const omvang = (waarde: unknown): number => Buffer.byteLength(JSON.stringify(waarde), 'utf8');

export class KaartTeGroot extends Error {
  constructor(public readonly bytes: number) {
    // For the operator's log and the failed-delivery notice; the class name says what it is.
    super(`${bytes} bytes > ${MAX_BERICHT_BYTES}`);
    this.name = 'KaartTeGroot';
  }
}

/** Steps by which long user texts are shortened until a card fits in one Teams message. */
const TEKSTLENGTES = [3000, 1500, 800, 400, 200, 100] as const;

/**
 * Builds the card with the longest texts that still fit within Teams' limit. Every builder takes the
 * maximum length of a user text as its parameter, so this is the only place that knows the limit.
 */
export function passend(bouw: (maxTekst: number) => AdaptiveKaart): AdaptiveKaart {
  let bytes = 0;
  for (const max of TEKSTLENGTES) {
    const k = bouw(max);
    bytes = omvang(bijlage(k));
    if (bytes <= MAX_BERICHT_BYTES - ENVELOP_MARGE) return k;
  }
  throw new KaartTeGroot(bytes);
}

/** How the catalogue's inline markup looks in a TextBlock (Adaptive Cards' markdown subset). */
export const TEAMS_OPMAAK = {
  b: (s: string) => `**${s}**`,
  i: (s: string) => `_${s}_`,
  code: (s: string) => s,
} as const;
