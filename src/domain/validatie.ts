// zod with Dutch messages, and one way to turn its issues into field errors a user can act on.
import { z } from 'zod';
import { weergave, type Zin, zin } from '../taal/tekst.ts';
import { DomeinFout, type VeldFout } from './fouten.ts';
import { ONGELDIG_TEKEN, ongeldigeTekens } from './tekens.ts';

/** A zod issue as an error map sees it (message and path may still be missing) or as a parse reports it. */
export type Probleem = z.core.$ZodRawIssue | z.core.$ZodIssue;

const MEERVOUD = (n: number | bigint, een: string, meer: string) => `${n} ${Number(n) === 1 ? een : meer}`;

function opsomming(waarden: readonly unknown[]): string {
  const namen = waarden.map((w) => `\`${String(w)}\``);
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} of ${namen.at(-1)}`;
}

const SOORTEN: Record<string, string> = {
  string: 'moet een tekst zijn',
  number: 'moet een getal zijn',
  int: 'moet een heel getal zijn',
  bigint: 'moet een heel getal zijn',
  boolean: 'moet ja of nee zijn (true/false)',
  array: 'moet een lijst zijn',
  tuple: 'moet een lijst zijn',
  set: 'moet een lijst zijn',
  object: 'moet een groep instellingen zijn',
  record: 'moet een groep instellingen zijn',
  map: 'moet een groep instellingen zijn',
  date: 'moet een datum zijn',
  nonoptional: 'ontbreekt',
  never: 'hoort hier niet',
};

const FORMATEN: Record<string, string> = {
  date: 'moet een datum zijn als 2026-01-31 (jaar-maand-dag)',
  datetime: 'moet een datum met tijd zijn als 2026-01-31T09:00:00Z',
  time: 'moet een tijd zijn als 09:00',
  email: 'moet een e-mailadres zijn',
  url: 'moet een webadres zijn, beginnend met https://',
  uuid: 'moet een id zijn als 123e4567-e89b-42d3-a456-426614174000',
  guid: 'moet een id zijn als 123e4567-e89b-42d3-a456-426614174000',
};

/**
 * What is wrong, as the tail of a Dutch sentence without its subject ("moet een tekst zijn",
 * "ontbreekt"): the words of the person who filled in the form or the file, not of a type checker.
 * Never quotes the input, so the sentence is safe wherever the input is not.
 */
export function omschrijfProbleem(p: Probleem): string {
  switch (p.code) {
    case 'invalid_type':
      if (p.input === undefined) return 'ontbreekt';
      if (p.input === null) return 'is leeg';
      return SOORTEN[p.expected] ?? 'is niet het goede soort waarde';
    case 'too_small': {
      const n = p.minimum;
      if (p.origin === 'string')
        return Number(n) <= 1 && !p.exact
          ? 'mag niet leeg zijn'
          : `moet ${p.exact ? 'precies' : 'minstens'} ${MEERVOUD(n, 'teken', 'tekens')} lang zijn`;
      if (p.origin === 'array' || p.origin === 'set')
        return Number(n) === 1 && !p.exact
          ? 'mag geen lege lijst zijn'
          : `moet ${p.exact ? 'precies' : 'minstens'} ${MEERVOUD(n, 'item', 'items')} bevatten`;
      if (p.origin === 'date') return `mag niet vroeger zijn dan ${String(n)}`;
      return p.inclusive === false ? `moet groter zijn dan ${n}` : `moet minstens ${n} zijn`;
    }
    case 'too_big': {
      const n = p.maximum;
      if (p.origin === 'string') return `mag hooguit ${MEERVOUD(n, 'teken', 'tekens')} lang zijn`;
      if (p.origin === 'array' || p.origin === 'set')
        return `mag hooguit ${MEERVOUD(n, 'item', 'items')} bevatten`;
      if (p.origin === 'date') return `mag niet later zijn dan ${String(n)}`;
      return p.inclusive === false ? `moet kleiner zijn dan ${n}` : `mag hooguit ${n} zijn`;
    }
    case 'invalid_format': {
      if (p.format === 'starts_with' && 'prefix' in p) return `moet beginnen met "${String(p.prefix)}"`;
      if (p.format === 'ends_with' && 'suffix' in p) return `moet eindigen op "${String(p.suffix)}"`;
      if (p.format === 'includes' && 'includes' in p) return `moet "${String(p.includes)}" bevatten`;
      return FORMATEN[p.format] ?? 'heeft niet de goede vorm';
    }
    case 'not_multiple_of':
      return `moet een veelvoud van ${p.divisor} zijn`;
    case 'unrecognized_keys':
      return p.keys.length === 1
        ? `bevat een onbekende instelling: ${opsomming(p.keys)}`
        : `bevat onbekende instellingen: ${opsomming(p.keys)}`;
    case 'invalid_value':
      return p.values.length === 1
        ? `moet ${opsomming(p.values)} zijn`
        : `moet een van deze zijn: ${opsomming(p.values)}`;
    case 'invalid_union':
      return 'past bij geen van de vormen die hier kunnen';
    case 'invalid_key':
      return 'bevat een naam die hier niet kan';
    case 'invalid_element':
      return 'bevat een waarde die hier niet kan';
    default:
      return 'klopt niet';
  }
}

const metHoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

z.config(z.locales.nl());
// Our sentences go before the locale's ("Ongeldige invoer: verwacht string, ontving undefined"). Text over a
// field's maximum also says how long it is now, wherever a schema gives no message of its own.
z.config({
  customError: (p) =>
    p.code === 'too_big' && p.origin === 'string' && typeof p.input === 'string'
      ? `Te lang: hooguit ${p.maximum} tekens (nu ${p.input.length})`
      : metHoofdletter(omschrijfProbleem(p)),
});

export { z };

/**
 * An optional free-text field as forms send it: an empty field is no answer (undefined), anything else is
 * trimmed and held to its bounds.
 */
export function optioneleTekst(max: number, min?: number) {
  const tekst = z.string().trim().max(max);
  return z.preprocess(
    (v) => (v === '' ? undefined : v),
    (min === undefined ? tekst : tekst.min(min)).optional(),
  );
}

export function padNaarTekst(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((tekst, deel) => {
    if (typeof deel === 'number') return `${tekst}[${deel}]`;
    return tekst ? `${tekst}.${String(deel)}` : String(deel);
  }, '');
}

/** The catalogue sentences behind the messages our schemas give zod, by their Dutch text. */
const ZINNEN = new Map<string, Zin>();

/**
 * A schema's own message from the catalogue: `{ error: melding(zin('fouten.veld.reden')) }`. zod carries
 * the Dutch text, as every reader of a zod error expects; `veldFouten` finds the sentence back by it, so
 * a form can show the field's message in its reader's language.
 */
export function melding(m: Zin): string {
  const tekst = weergave('nl', m);
  ZINNEN.set(tekst, m);
  return tekst;
}

/**
 * A field error with its sentence for the adapters. The sentence is not enumerable: a field error still
 * compares, spreads and serialises as its field and Dutch text, as it did before it had one.
 */
function metZin(v: VeldFout, m: Zin | undefined): VeldFout {
  if (m) Object.defineProperty(v, 'zin', { value: m, enumerable: false, configurable: true });
  return v;
}

/** zod's issues as field errors; a message of our own schemas brings its sentence, zod's own stay Dutch. */
export function veldFouten(fout: z.ZodError): VeldFout[] {
  return fout.issues.map((issue) =>
    metZin(
      { veld: padNaarTekst(issue.path) || '(invoer)', bericht: issue.message },
      ZINNEN.get(issue.message),
    ),
  );
}

export function beschrijfFouten(fout: z.ZodError): string {
  return veldFouten(fout)
    .map((v) => `- ${v.veld}: ${v.bericht}`)
    .join('\n');
}

/**
 * Parses input or refuses it whole with a message per field: the one way services read input.
 * Text with a control character is refused at its field too, before anything can try to store it.
 */
export function leesOfWeiger<S extends z.ZodType>(
  schema: S,
  invoer: unknown,
  bericht: Zin = zin('fouten.invoer.controleer'),
  veld?: string,
): z.output<S> {
  const r = schema.safeParse(invoer);
  const tekens: VeldFout[] = ongeldigeTekens(invoer).map((pad) =>
    metZin(
      { veld: padNaarTekst(pad) || '(invoer)', bericht: ONGELDIG_TEKEN },
      zin('fouten.veld.ongeldig_teken'),
    ),
  );
  if (!r.success || tekens.length > 0) {
    const velden = [...tekens, ...(r.success ? [] : veldFouten(r.error))].map((v) =>
      veld ? metZin({ ...v, veld }, v.zin) : v,
    );
    throw new DomeinFout('ongeldige_invoer', bericht, velden);
  }
  return r.data;
}
