// Unknown keys in a configuration file, with the nearest known key as a suggestion. One walk over the
// schema beside the value, rather than zod's strict objects: it sees the policy and calendar parts of
// the file too (domain schemas that must stay lenient when they read rows stored by older versions),
// and it knows the keys that are allowed at each place, which zod's `unrecognized_keys` does not tell.
import { distance } from 'fastest-levenshtein';
import { padNaarTekst, z } from '../domain/validatie.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';

export interface OnbekendeSleutel {
  /** Path of the unknown key itself, e.g. ['tafels', 0, 'beleid', 'vroegSlutien']. */
  pad: (string | number)[];
  sleutel: string;
  bericht: string;
  /** The known key this one probably meant; a "missing" error for that key says the same thing. */
  bedoeld?: string;
}

/**
 * Schemas whose grammar the walk cannot see (a field kept as `unknown` and parsed apart, a transform
 * that accepts several forms) mapped to the schema that describes their keys.
 */
export type Grammatica = ReadonlyMap<z.ZodType, z.ZodType>;

const isGroep = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Unwraps optional, default, pipe-input and the like until the schema that decides the shape. */
function kern(schema: z.ZodType, grammatica: Grammatica): z.ZodType {
  let s = schema;
  for (let i = 0; i < 50; i++) {
    const vervanging = grammatica.get(s);
    if (vervanging) s = vervanging;
    else if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodNonOptional ||
      s instanceof z.ZodCatch ||
      s instanceof z.ZodReadonly
    )
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else if (s instanceof z.ZodLazy) s = s.unwrap() as z.ZodType;
    else return s;
  }
  return s;
}

/** The object shapes a value may have at this place: one for an object, the matching ones for a union. */
function vormen(schema: z.ZodType, waarde: Record<string, unknown>, grammatica: Grammatica): z.ZodObject[] {
  const s = kern(schema, grammatica);
  if (s instanceof z.ZodObject) return [s];
  if (s instanceof z.ZodDiscriminatedUnion) {
    const opties = (s.options as z.ZodType[]).flatMap((o) => vormen(o, waarde, grammatica));
    const sleutel = s.def.discriminator;
    const passend = opties.filter((o) => {
      const lid = o.shape[sleutel];
      return lid instanceof z.ZodLiteral && lid.values.has(waarde[sleutel] as never);
    });
    return passend.length ? passend : opties;
  }
  if (s instanceof z.ZodUnion)
    return (s.options as z.ZodType[]).flatMap((o) => vormen(o, waarde, grammatica));
  if (s instanceof z.ZodIntersection)
    return [
      ...vormen(s.def.left as z.ZodType, waarde, grammatica),
      ...vormen(s.def.right as z.ZodType, waarde, grammatica),
    ];
  return [];
}

function lijstElement(schema: z.ZodType, grammatica: Grammatica): z.ZodType | undefined {
  const s = kern(schema, grammatica);
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
}

/** A schema that accepts anything beyond its keys (`z.looseObject`, `.catchall(…)`) has no unknown keys. */
const staatAllesToe = (o: z.ZodObject) =>
  o.def.catchall !== undefined && !(o.def.catchall instanceof z.ZodNever);

/** The nearest known key: same letters in another case, or a few typing mistakes away. */
export function dichtstbij(woord: string, kandidaten: readonly string[]): string | undefined {
  const klein = woord.toLowerCase();
  let beste: { kandidaat: string; afstand: number } | undefined;
  for (const kandidaat of kandidaten) {
    const afstand = distance(klein, kandidaat.toLowerCase());
    if (!beste || afstand < beste.afstand) beste = { kandidaat, afstand };
  }
  // One edit per three letters, at most three: "vroegSlutien" finds "vroegSluiten", "tafel" finds
  // "tafels", but "kleur" does not become "leer", and a word of one or two letters only its own case.
  const grens = Math.min(3, Math.floor(woord.length / 3));
  return beste && beste.afstand <= grens ? beste.kandidaat : undefined;
}

function beschrijf(
  sleutel: string,
  pad: (string | number)[],
  bekend: string[],
  binnen: Map<string, string[]>,
  taal: Taal,
): Pick<OnbekendeSleutel, 'bericht' | 'bedoeld'> {
  const plaats = { sleutel, bovenaan: pad.length ? 'nee' : 'ja', pad: padNaarTekst(pad) };
  const bedoeld = dichtstbij(sleutel, bekend);
  if (bedoeld)
    return { bericht: tekst(taal, 'instellingen.onbekend.bedoeld', { ...plaats, bedoeld }), bedoeld };
  // A key written one level too high: `quorum` directly under a table instead of under its `beleid`.
  const ouder = [...binnen].find(([, sleutels]) => sleutels.includes(sleutel))?.[0];
  if (ouder) return { bericht: tekst(taal, 'instellingen.onbekend.ouder', { ...plaats, ouder }) };
  const sleutels = bekend.map((s) => `\`${s}\``).join(', ');
  return { bericht: tekst(taal, 'instellingen.onbekend.mogelijk', { ...plaats, sleutels }) };
}

/** Every key of `waarde` that `schema` does not know, in the order of the file. */
export function onbekendeSleutels(
  schema: z.ZodType,
  waarde: unknown,
  grammatica: Grammatica = new Map(),
  taal: Taal = 'nl',
  pad: (string | number)[] = [],
): OnbekendeSleutel[] {
  if (Array.isArray(waarde)) {
    const element = lijstElement(schema, grammatica);
    return element
      ? waarde.flatMap((w, i) => onbekendeSleutels(element, w, grammatica, taal, [...pad, i]))
      : [];
  }
  if (!isGroep(waarde)) return [];
  const opties = vormen(schema, waarde, grammatica);
  if (opties.length === 0 || opties.some(staatAllesToe)) return [];
  const velden = new Map<string, z.ZodType>();
  for (const o of opties) for (const [k, v] of Object.entries(o.shape)) if (!velden.has(k)) velden.set(k, v);
  const bekend = [...velden.keys()];
  const binnen = new Map(
    [...velden].map(([k, v]) => [k, vormen(v, {}, grammatica).flatMap((o) => Object.keys(o.shape))] as const),
  );
  return Object.entries(waarde).flatMap(([sleutel, w]) => {
    const veld = velden.get(sleutel);
    if (veld) return onbekendeSleutels(veld, w, grammatica, taal, [...pad, sleutel]);
    return [{ pad: [...pad, sleutel], sleutel, ...beschrijf(sleutel, pad, bekend, binnen, taal) }];
  });
}

/** Every key the schema knows, with its path (`tafels[].beleid.quorum`): for documentation checks. */
export function bekendeSleutels(schema: z.ZodType, grammatica: Grammatica = new Map(), pad = ''): string[] {
  const element = lijstElement(schema, grammatica);
  if (element) return bekendeSleutels(element, grammatica, `${pad}[]`);
  return vormen(schema, {}, grammatica).flatMap((o) =>
    Object.entries(o.shape).flatMap(([k, v]) => {
      const hier = pad ? `${pad}.${k}` : k;
      return [hier, ...bekendeSleutels(v as z.ZodType, grammatica, hier)];
    }),
  );
}
