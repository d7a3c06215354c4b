// Turns what a user typed into PostgreSQL tsquery text for the `dutch` configuration. Only letters and
// digits survive, so user text can never carry tsquery operators (&, |, !, :*, parentheses).
import { basisvormen, woorden } from './normaliseer.ts';

/** More words than this narrow a search to nothing and only cost time. */
export const MAX_ZOEKWOORDEN = 12;

// Frequent words of four letters and more that the dutch stop list keeps; in an OR query they would
// make almost every besluit "similar".
const VULWOORDEN = new Set([
  'aan',
  'bij',
  'dat',
  'deze',
  'door',
  'geen',
  'heeft',
  'hebben',
  'haar',
  'kunnen',
  'maar',
  'meer',
  'moet',
  'naar',
  'niet',
  'omdat',
  'ook',
  'over',
  'tegen',
  'toch',
  'voor',
  'wordt',
  'worden',
  'zijn',
  'zich',
  'zodat',
]);

function groep(woord: string): string {
  const vormen = [woord, ...basisvormen(woord)];
  return vormen.length === 1 ? woord : `(${vormen.join(' | ')})`;
}

/** Every word must match (in any of its forms): what a search box promises. '' when nothing to search. */
export function zoekvraag(tekst: string): string {
  const uniek = [...new Set(woorden(tekst))].slice(0, MAX_ZOEKWOORDEN);
  return uniek.map(groep).join(' & ');
}

/** Any informative word may match, for "similar" besluiten ranked by how much they share. */
export function ofVraag(tekst: string, max = 16): string {
  const uniek = [...new Set(woorden(tekst))].filter((w) => w.length >= 4 && !VULWOORDEN.has(w) && !/^\d+$/.test(w));
  return uniek
    .slice(0, max)
    .flatMap((w) => [w, ...basisvormen(w)])
    .join(' | ');
}
