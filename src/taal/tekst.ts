// Every sentence a person reads comes from here: a key, its values, the reader's language. The
// catalogue holds ICU MessageFormat (intl-messageformat): placeholders, plural and select rules sit
// inside the message where a translator sees them, and the keys are the same in every language.
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUS, type Sleutel } from './catalogus.ts';
import { LOCALE, type Taal } from './taal.ts';

export type Waarde = string | number | Date | boolean;
export type Waarden = Readonly<Record<string, Waarde>>;

/**
 * How the inline markup of a message (`<b>…</b>`, `<i>…</i>`, `<code>…</code>`) looks on a platform.
 * The catalogue marks what is emphasised; each adapter says how emphasis looks (Slack `*x*`, Teams
 * `**x**`, the console plain). Values are put in as given: an adapter escapes them for its markup.
 */
export type Opmaak = Readonly<Record<'b' | 'i' | 'code', (inhoud: string) => string>>;

export const ZONDER_OPMAAK: Opmaak = { b: (s) => s, i: (s) => s, code: (s) => s };

/** A sentence not yet rendered: the core hands these out, an adapter renders them in the reader's language. */
export interface Zin {
  readonly sleutel: Sleutel;
  readonly waarden?: Waarden;
}

export const zin = (sleutel: Sleutel, waarden?: Waarden): Zin =>
  waarden ? { sleutel, waarden } : { sleutel };

const vertaald = new Map<string, IntlMessageFormat>();

function formaat(taal: Taal, sleutel: Sleutel): IntlMessageFormat {
  const id = `${taal}\u0000${sleutel}`;
  let f = vertaald.get(id);
  if (!f) {
    const [ruimte, ...rest] = sleutel.split('.');
    const bron = (CATALOGUS[taal] as Record<string, Record<string, string>>)[ruimte!]?.[rest.join('.')];
    if (bron === undefined) throw new RangeError(`Onbekende tekstsleutel ${sleutel}`);
    f = new IntlMessageFormat(bron, LOCALE[taal]);
    vertaald.set(id, f);
  }
  return f;
}

function samengevoegd(uitkomst: unknown): string {
  if (typeof uitkomst === 'string') return uitkomst;
  if (Array.isArray(uitkomst)) return uitkomst.map(samengevoegd).join('');
  return String(uitkomst);
}

/** One sentence in one language; markup as plain text unless an adapter gives its own. */
export function tekst(
  taal: Taal,
  sleutel: Sleutel,
  waarden?: Waarden,
  opmaak: Opmaak = ZONDER_OPMAAK,
): string {
  const tags = Object.fromEntries(
    Object.entries(opmaak).map(([tag, f]) => [
      tag,
      (delen: unknown[]) => f(delen.map(samengevoegd).join('')),
    ]),
  );
  return samengevoegd(formaat(taal, sleutel).format({ ...waarden, ...tags }));
}

/** A sentence from the core, rendered. */
export const weergave = (taal: Taal, m: Zin, opmaak?: Opmaak): string =>
  tekst(taal, m.sleutel, m.waarden, opmaak);

export type Vertaler = (sleutel: Sleutel, waarden?: Waarden) => string;

/** `t` for one reader: `const t = vertaler(taal, SLACK_OPMAAK); t('kaart.kop', { referentie })`. */
export const vertaler =
  (taal: Taal, opmaak?: Opmaak): Vertaler =>
  (sleutel, waarden) =>
    tekst(taal, sleutel, waarden, opmaak);
