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
