// Every sentence a person reads comes from here: a key, its values, the reader's language. The
// catalogue holds ICU MessageFormat (intl-messageformat): placeholders, plural and select rules sit
// inside the message where a translator sees them, and the keys are the same in every language.
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUS, type Sleutel } from './catalogus.ts';
import { LOCALE, type Taal } from './taal.ts';

/**
 * A list inside a sentence: each language joins it its own way ("a, b of c", "a, b, or c"), so the core
 * hands over the items and the word that joins them, never a joined string.
 */
export interface Opsomming {
  readonly opsomming: readonly string[];
  readonly soort: 'en' | 'of';
}

export const opsomming = (items: readonly string[], soort: Opsomming['soort'] = 'en'): Opsomming => ({
  opsomming: items,
  soort,
});

export type Waarde = string | number | Date | boolean | Opsomming;
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
  /** Starts with a capital: a sentence tail ("ontbreekt") shown on its own, as a form shows a field's problem. */
  readonly hoofdletter?: boolean;
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
  const lijsten = waarden && Object.values(waarden).some(isOpsomming) ? metLijsten(taal, waarden) : waarden;
  return samengevoegd(formaat(taal, sleutel).format({ ...lijsten, ...tags }));
}

const isOpsomming = (w: Waarde): w is Opsomming => typeof w === 'object' && 'opsomming' in w;

function metLijsten(taal: Taal, waarden: Waarden): Record<string, Exclude<Waarde, Opsomming>> {
  return Object.fromEntries(
    Object.entries(waarden).map(([naam, w]) => [
      naam,
      isOpsomming(w)
        ? new Intl.ListFormat(LOCALE[taal], {
            type: w.soort === 'of' ? 'disjunction' : 'conjunction',
          }).format(w.opsomming)
        : w,
    ]),
  );
}

/** A sentence from the core, rendered. */
export function weergave(taal: Taal, m: Zin, opmaak?: Opmaak): string {
  const s = tekst(taal, m.sleutel, m.waarden, opmaak);
  return m.hoofdletter ? s.charAt(0).toLocaleUpperCase(LOCALE[taal]) + s.slice(1) : s;
}

/** A sentence from the core, or a text stored before its message carried a sentence (an older outbox row). */
export const zinOfTekst = (taal: Taal, m: Zin | string, opmaak?: Opmaak): string =>
  typeof m === 'string' ? m : weergave(taal, m, opmaak);

export type Vertaler = (sleutel: Sleutel, waarden?: Waarden) => string;

/** `t` for one reader: `const t = vertaler(taal, SLACK_OPMAAK); t('kaart.kop', { referentie })`. */
export const vertaler =
  (taal: Taal, opmaak?: Opmaak): Vertaler =>
  (sleutel, waarden) =>
    tekst(taal, sleutel, waarden, opmaak);
