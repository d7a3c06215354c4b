// zod with messages from the catalogue (Dutch text, the sentence kept for other readers), and one way to turn its issues into field errors a user can act on.
import { z } from 'zod';
import type { Sleutel } from '../taal/catalogus.ts';
import { opsomming, weergave, type Zin, zin } from '../taal/tekst.ts';
import { DomeinFout, type VeldFout } from './fouten.ts';
import { ONGELDIG_TEKEN, ongeldigeTekens } from './tekens.ts';

/** A zod issue as an error map sees it (message and path may still be missing) or as a parse reports it. */
export type Probleem = z.core.$ZodRawIssue | z.core.$ZodIssue;

const SOORTEN: Record<string, Sleutel> = {
  string: 'fouten.probleem.tekst',
  number: 'fouten.probleem.getal',
  int: 'fouten.probleem.heel_getal',
  bigint: 'fouten.probleem.heel_getal',
  boolean: 'fouten.probleem.ja_nee',
  array: 'fouten.probleem.lijst',
  tuple: 'fouten.probleem.lijst',
  set: 'fouten.probleem.lijst',
  object: 'fouten.probleem.groep',
  record: 'fouten.probleem.groep',
  map: 'fouten.probleem.groep',
  date: 'fouten.probleem.datum',
  nonoptional: 'fouten.probleem.ontbreekt',
  never: 'fouten.probleem.hoort_niet',
};

const FORMATEN: Record<string, Sleutel> = {
  date: 'fouten.probleem.vorm.datum',
  datetime: 'fouten.probleem.vorm.datumtijd',
  time: 'fouten.probleem.vorm.tijd',
  email: 'fouten.probleem.vorm.email',
  url: 'fouten.probleem.vorm.url',
  uuid: 'fouten.probleem.vorm.id',
  guid: 'fouten.probleem.vorm.id',
};

const aantal = (n: number | bigint) => ({ n: String(n), aantal: Number(n) });
const precies = (exact: boolean | undefined) => (exact ? 'ja' : 'nee');
/** Names as they are typed (in backticks), joined the way the reader's language joins alternatives. */
const namen = (waarden: readonly unknown[]) => ({
  aantal: waarden.length,
  namen: opsomming(
    waarden.map((w) => `\`${String(w)}\``),
    'of',
  ),
});

/**
 * What is wrong, as the tail of a sentence without its subject ("moet een tekst zijn", "ontbreekt"): the
 * words of the person who filled in the form or the file, not of a type checker. One set of sentences for
 * forms, commands and the tables file. Never quotes the input, so the sentence is safe wherever the input
 * is not.
 */
export function probleemZin(p: Probleem): Zin {
  switch (p.code) {
    case 'invalid_type':
      if (p.input === undefined) return zin('fouten.probleem.ontbreekt');
      if (p.input === null) return zin('fouten.probleem.leeg');
      return zin(SOORTEN[p.expected] ?? 'fouten.probleem.soort');
    case 'too_small': {
      const n = p.minimum;
      if (p.origin === 'string')
        return Number(n) <= 1 && !p.exact
          ? zin('fouten.probleem.tekst_niet_leeg')
          : zin('fouten.probleem.tekst_minstens', { ...aantal(n), precies: precies(p.exact) });
      if (p.origin === 'array' || p.origin === 'set')
        return Number(n) === 1 && !p.exact
          ? zin('fouten.probleem.lijst_niet_leeg')
          : zin('fouten.probleem.lijst_minstens', { ...aantal(n), precies: precies(p.exact) });
      if (p.origin === 'date') return zin('fouten.probleem.datum_vroeger', { n: String(n) });
      return zin(p.inclusive === false ? 'fouten.probleem.groter' : 'fouten.probleem.minstens', {
        n: String(n),
      });
    }
    case 'too_big': {
      const n = p.maximum;
      if (p.origin === 'string') return zin('fouten.probleem.tekst_hooguit', aantal(n));
      if (p.origin === 'array' || p.origin === 'set') return zin('fouten.probleem.lijst_hooguit', aantal(n));
      if (p.origin === 'date') return zin('fouten.probleem.datum_later', { n: String(n) });
      return zin(p.inclusive === false ? 'fouten.probleem.kleiner' : 'fouten.probleem.hooguit', {
        n: String(n),
      });
    }
    case 'invalid_format': {
      if (p.format === 'starts_with' && 'prefix' in p)
        return zin('fouten.probleem.begint_met', { tekst: String(p.prefix) });
      if (p.format === 'ends_with' && 'suffix' in p)
        return zin('fouten.probleem.eindigt_op', { tekst: String(p.suffix) });
      if (p.format === 'includes' && 'includes' in p)
        return zin('fouten.probleem.bevat', { tekst: String(p.includes) });
      return zin(FORMATEN[p.format] ?? 'fouten.probleem.vorm');
    }
    case 'not_multiple_of':
      return zin('fouten.probleem.veelvoud', { n: String(p.divisor) });
    case 'unrecognized_keys':
      return zin('fouten.probleem.onbekende_instellingen', namen(p.keys));
    case 'invalid_value':
      return zin('fouten.probleem.waarde', namen(p.values));
    case 'invalid_union':
      return zin('fouten.probleem.vormen');
    case 'invalid_key':
      return zin('fouten.probleem.naam');
    case 'invalid_element':
      return zin('fouten.probleem.element');
    default:
      return zin('fouten.probleem.anders');
  }
}

/** The Dutch tail, for readers of zod errors who have no language of their own (logs, tests). */
export const omschrijfProbleem = (p: Probleem): string => weergave('nl', probleemZin(p));

/** The catalogue sentences of our schemas' own messages, by their Dutch text: as many as the code writes. */
const EIGEN = new Map<string, Zin>();
/**
 * The sentences zod's error map made, by their Dutch text. Texts differ by the numbers in them ("nu 2104"),
 * so a bound keeps a long-running server's map small; a sentence dropped is made again on the next parse.
 */
const ALGEMEEN = new Map<string, Zin>();
const HOOGSTENS_ALGEMEEN = 5000;

function onthoud(m: Zin, waar: Map<string, Zin>): string {
  const tekst = weergave('nl', m);
  if (!waar.has(tekst)) {
    if (waar === ALGEMEEN && waar.size >= HOOGSTENS_ALGEMEEN) waar.clear();
    waar.set(tekst, m);
  }
  return tekst;
}

/** The sentence behind a message zod carries, when it came from the catalogue. */
export const zinVan = (bericht: string): Zin | undefined => EIGEN.get(bericht) ?? ALGEMEEN.get(bericht);

z.config(z.locales.nl());
// Our sentences go before the locale's ("Ongeldige invoer: verwacht string, ontving undefined"). Text over a
// field's maximum also says how long it is now, wherever a schema gives no message of its own.
z.config({
  customError: (p) =>
    onthoud(
      p.code === 'too_big' && p.origin === 'string' && typeof p.input === 'string'
        ? zin('fouten.veld.te_lang_nu', {
            max: String(p.maximum),
            nu: String(p.input.length),
            aantal: Number(p.maximum),
          })
        : { ...probleemZin(p), hoofdletter: true },
      ALGEMEEN,
    ),
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

/**
 * A schema's own message from the catalogue: `{ error: melding(zin('fouten.veld.reden')) }`. zod carries
 * the Dutch text, as every reader of a zod error expects; `veldFouten` finds the sentence back by it, so
 * a form can show the field's message in its reader's language.
 */
export const melding = (m: Zin): string => onthoud(m, EIGEN);

/**
 * A field error with its sentence for the adapters. The sentence is not enumerable: a field error still
 * compares, spreads and serialises as its field and Dutch text, as it did before it had one.
 */
function metZin(v: VeldFout, m: Zin | undefined): VeldFout {
  if (m) Object.defineProperty(v, 'zin', { value: m, enumerable: false, configurable: true });
  return v;
}

/** zod's issues as field errors, each with its catalogue sentence. */
export function veldFouten(fout: z.ZodError): VeldFout[] {
  return fout.issues.map((issue) =>
    metZin({ veld: padNaarTekst(issue.path) || '(invoer)', bericht: issue.message }, zinVan(issue.message)),
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
