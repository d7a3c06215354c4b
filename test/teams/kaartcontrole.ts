// Validates Adaptive Cards the way a renderer reads them: the `adaptivecards` package at schema 1.5,
// every parse and validation event is a failure, and the message must fit Teams' size limit.
import type * as AdaptiveCards from 'adaptivecards';
import { MAX_BERICHT_BYTES, omvang } from '../../adapters/teams/kaarten/bouwstenen.ts';

// Under plain Node only the bundled build (dist/adaptivecards.js) loads without a DOM; its types are the package's.
const pad = 'adaptivecards/dist/adaptivecards.js';
const AC = ((await import(pad)) as { default: typeof AdaptiveCards }).default;

export function kaartProblemen(json: unknown): string[] {
  const problemen: string[] = [];
  const k = json as { type?: string; version?: string };
  if (k?.type !== 'AdaptiveCard') problemen.push('geen AdaptiveCard');
  if (k?.version !== '1.5') problemen.push(`versie ${k?.version} in plaats van 1.5`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const kaart = new AC.AdaptiveCard();
  kaart.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problemen.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of kaart.validateProperties().validationEvents) problemen.push(`validatie: ${e.message}`);
  const bytes = omvang({ contentType: 'application/vnd.microsoft.card.adaptive', content: json });
  if (bytes > MAX_BERICHT_BYTES) problemen.push(`te groot: ${bytes} bytes`);
  return problemen;
}

type Knoop = Record<string, unknown>;

/** The buttons of one card level: every ActionSet in its body and its `actions`; not the refresh, not selectActions. */
function knoppenVan(kaart: Knoop): Knoop[] {
  const uit: Knoop[] = [];
  const loop = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== 'object') return;
    const o = x as Knoop;
    if (o.type === 'ActionSet') uit.push(...(o.actions as Knoop[]));
    for (const [sleutel, waarde] of Object.entries(o)) {
      // A nested card (ShowCard) is its own level; a selectAction is no button.
      if (sleutel === 'card' || sleutel === 'selectAction' || sleutel === 'actions') continue;
      loop(waarde);
    }
  };
  loop(kaart.body);
  uit.push(...((kaart.actions as Knoop[] | undefined) ?? []));
  return uit;
}

/** The buttons on a card's first level, as verb and which inputs they send (absent: Teams' default, all). */
export function acties(kaart: unknown): { verb: unknown; associatedInputs?: unknown }[] {
  return knoppenVan(kaart as Knoop).map((a) => ({
    verb: a.verb ?? a.type,
    ...(a.associatedInputs ? { associatedInputs: a.associatedInputs } : {}),
  }));
}

/**
 * How we count against Teams' `maxActions` (6): per card level, every button of every row together; an
 * Action.ShowCard is one button where it stands, and the buttons of the card it opens count on that card's
 * own level. Teams applies the maximum per row; holding it per level is stricter, so nothing is cut off.
 * Returns the levels above the maximum (empty when the card is fine).
 */
export function rijenBovenMaximum(kaart: unknown, max = 6): string[] {
  const uit: string[] = [];
  const niveau = (k: Knoop, pad: string) => {
    const knoppen = knoppenVan(k);
    if (knoppen.length > max) uit.push(`${pad}: ${knoppen.length} knoppen`);
    for (const a of knoppen) if (a.type === 'Action.ShowCard') niveau(a.card as Knoop, `${pad} > ${a.title}`);
  };
  niveau(kaart as Knoop, 'kaart');
  return uit;
}
