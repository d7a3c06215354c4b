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

export interface Zoekvraag {
  /** For matching and ranking: a word's base forms stand in for it (see below). '' = nothing to search. */
  zoek: string;
  /** For ts_headline over the readable text, which has no base forms: the word and its base forms. */
  markeer: string;
}

// The index holds every word with its base forms (verrijk), so a document with "gezinnen" also holds
// "gezin": searching for the base forms alone finds the same documents as "gezinnen | gezin", and a
// plural counts once in the rank instead of twice.
function zoekvormen(woord: string): string[] {
  const basis = basisvormen(woord);
  return basis.length > 0 ? basis : [woord];
}

const alsGroep = (vormen: string[]) => (vormen.length === 1 ? vormen[0]! : `(${vormen.join(' | ')})`);

/** Every word must match (in any of its forms): what a search box promises. */
export function zoekvraag(tekst: string): Zoekvraag {
  const uniek = [...new Set(woorden(tekst))].slice(0, MAX_ZOEKWOORDEN);
  return {
    zoek: uniek.map((w) => alsGroep(zoekvormen(w))).join(' & '),
    markeer: uniek.map((w) => alsGroep([w, ...basisvormen(w)])).join(' & '),
  };
}

/** Any informative word may match, for "similar" besluiten ranked by how much they share. */
export function ofVraag(tekst: string, max = 16): Zoekvraag {
  const uniek = [...new Set(woorden(tekst))]
    .filter((w) => w.length >= 4 && !VULWOORDEN.has(w) && !/^\d+$/.test(w))
    .slice(0, max);
  return {
    zoek: [...new Set(uniek.flatMap(zoekvormen))].join(' | '),
    markeer: uniek.flatMap((w) => [w, ...basisvormen(w)]).join(' | '),
  };
}
