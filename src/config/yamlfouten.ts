// Reading YAML with every syntax error in the administrator's language, with its line and column. The
// `yaml` package names each error with a code; the sentences here say what an administrator typing the
// file did and what to type instead. An error this file does not know still gets a sentence and its place.
import { type Document, isAlias, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { type Waarden, tekst as zinTekst } from '../taal/tekst.ts';
import { type Bereik, type Melding, metPlek } from './meldingen.ts';

type Vertaling = (
  bericht: string,
  tekst: string,
  bereik: Bereik,
  t: T,
) => { zin: string; bereik?: Bereik } | undefined;

type T = (sleutel: Sleutel, waarden?: Waarden) => string;

/** Braces a sentence talks about are filled in: a message of the catalogue holds none of its own. */
const ACCOLADES = { open: '{', dicht: '}' } as const;

const ALGEMEEN: Sleutel = 'instellingen.yaml.algemeen';

/** A sentence that needs nothing from the error or the file. */
const vast =
  (sleutel: Sleutel): Vertaling =>
  (_b, _tekst, _bereik, t) => ({ zin: t(sleutel) });

/** A line without its comment: `#` at the start or after a space begins one. */
const zonderCommentaar = (regel: string) => regel.replace(/(^|\s)#.*$/, '');

/**
 * Where an unclosed `"`, `{` or `[` began: the caret belongs there, not where YAML noticed it. Searched
 * backwards, line by line, outside comments (a `#` in an unquoted value turns the rest into one).
 */
function opening(tekst: string, teken: string, voor: number): Bereik | undefined {
  let eind = Math.max(0, voor);
  while (eind > 0) {
    const begin = tekst.lastIndexOf('\n', eind - 1) + 1;
    const regel = tekst.slice(begin, eind);
    const plek = (teken === '"' || teken === "'" ? regel : zonderCommentaar(regel)).lastIndexOf(teken);
    if (plek !== -1) return { begin: begin + plek, eind: begin + plek + 1 };
    eind = begin - 1;
  }
  return undefined;
}

/** A `#` after a space inside an unquoted value: YAML reads the rest of the line as a comment. */
function commentaarInWaarde(tekst: string, bereik: Bereik | undefined, t: T): string {
  if (!bereik) return '';
  const eind = tekst.indexOf('\n', bereik.begin);
  const rest = tekst.slice(bereik.begin, eind === -1 ? undefined : eind);
  return /\s#/.test(rest) ? ` ${t('instellingen.yaml.hekje_in_waarde')}` : '';
}

const inspringing = (regel: string) => regel.length - regel.trimStart().length;

/** "Regel 12 springt 4 spaties in, regel 11 erboven 5": the two numbers make the fix obvious. */
function vergelijkInspringing(tekst: string, bereik: Bereik, t: T): string {
  const regels = tekst.slice(0, bereik.begin).split('\n');
  const nummer = regels.length;
  const deze = tekst.split('\n')[nummer - 1] ?? '';
  for (let i = nummer - 2; i >= 0; i--) {
    const vorige = regels[i] ?? '';
    if (!vorige.trim() || vorige.trim().startsWith('#')) continue;
    const a = inspringing(deze);
    const b = inspringing(vorige);
    if (a === b) return '';
    return ` ${t('instellingen.yaml.inspringing_vergeleken', {
      regel: String(nummer),
      hier: String(a),
      aantal: a,
      vorige: String(i + 1),
      daar: String(b),
    })}`;
  }
  return '';
}

function aanhalingsteken(teken: string): Vertaling {
  return (_b, tekst, bereik, t) => ({
    zin: t('instellingen.yaml.aanhalingsteken', { teken }),
    bereik: opening(tekst, teken, bereik.begin),
  });
}

const VERTALINGEN: Partial<Record<YAMLError['code'], [RegExp, Vertaling][]>> = {
  TAB_AS_INDENT: [[/./, vast('instellingen.yaml.tab')]],
  DUPLICATE_KEY: [
    [
      /./,
      (_b, tekst, bereik, t) => {
        const sleutel = tekst
          .slice(bereik.begin)
          .match(/^["']?([^:"'\n]+)/)?.[1]
          ?.trim();
        return {
          zin: t('instellingen.yaml.dubbel', { genoemd: sleutel ? 'ja' : 'nee', sleutel: sleutel ?? '' }),
        };
      },
    ],
  ],
  BAD_INDENT: [
    [
      /^Flow map/,
      (_b, tekst, bereik, t) => {
        const open = opening(tekst, '{', bereik.begin);
        return {
          zin: `${t('instellingen.yaml.groep_open', ACCOLADES)}${commentaarInWaarde(tekst, open, t)}`,
          bereik: open,
        };
      },
    ],
    [
      /^Flow sequence/,
      (_b, tekst, bereik, t) => {
        const open = opening(tekst, '[', bereik.begin);
        return {
          zin: `${t('instellingen.yaml.lijst_open')}${commentaarInWaarde(tekst, open, t)}`,
          bereik: open,
        };
      },
    ],
    [/sequence items/i, vast('instellingen.yaml.lijstitem_inspringing')],
    [
      /./,
      (_b, tekst, bereik, t) => ({
        zin: `${t('instellingen.yaml.inspringing')}${vergelijkInspringing(tekst, bereik, t)} ${t('instellingen.yaml.inspringing_regel')}`,
      }),
    ],
  ],
  MISSING_CHAR: [
    [/closing "quote/, aanhalingsteken('"')],
    [/closing 'quote/, aanhalingsteken("'")],
    [/Implicit map keys need to be followed by map values/, vast('instellingen.yaml.dubbele_punt')],
    [/Sequence item without - indicator/, vast('instellingen.yaml.lijstitem_zonder_streep')],
    [/Missing space after :/, vast('instellingen.yaml.spatie_na_dubbele_punt')],
    [
      /Missing , (or : )?between/,
      (_b, _tekst, _bereik, t) => ({ zin: t('instellingen.yaml.komma', ACCOLADES) }),
    ],
    [/Comments must be separated/, vast('instellingen.yaml.commentaar')],
  ],
  MULTILINE_IMPLICIT_KEY: [[/./, vast('instellingen.yaml.meerregelige_naam')]],
  BLOCK_AS_IMPLICIT_KEY: [[/Nested mappings/, vast('instellingen.yaml.geneste_groep')]],
  BAD_SCALAR_START: [
    [
      /character (.)\s*$/,
      (b, _tekst, _bereik, t) => ({
        zin: t('instellingen.yaml.begin_teken', { teken: b.match(/character (.)\s*$/)?.[1] ?? '' }),
      }),
    ],
    [/./, vast('instellingen.yaml.begin_speciaal')],
  ],
  BAD_DQ_ESCAPE: [[/./, vast('instellingen.yaml.escape')]],
  UNEXPECTED_TOKEN: [
    [/Unexpected (,|empty item)/, vast('instellingen.yaml.komma_te_veel')],
    [
      /Unexpected (\S+) in/,
      (b, _tekst, _bereik, t) => ({
        zin: t('instellingen.yaml.teken_te_veel', { teken: b.match(/Unexpected (\S+) in/)?.[1] ?? '' }),
      }),
    ],
  ],
  MULTIPLE_DOCS: [[/./, vast('instellingen.yaml.documenten')]],
  BAD_ALIAS: [[/./, vast('instellingen.yaml.alias')]],
  ALIAS_PROPS: [[/./, vast('instellingen.yaml.alias')]],
  MULTIPLE_ANCHORS: [[/./, vast('instellingen.yaml.ankers')]],
  MULTIPLE_TAGS: [[/./, vast('instellingen.yaml.tags')]],
  BAD_PROP_ORDER: [[/./, vast('instellingen.yaml.volgorde')]],
  TAG_RESOLVE_FAILED: [[/./, vast('instellingen.yaml.tag')]],
  NON_STRING_KEY: [[/./, vast('instellingen.yaml.naam_geen_tekst')]],
  KEY_OVER_1024_CHARS: [[/./, vast('instellingen.yaml.naam_te_lang')]],
  BLOCK_IN_FLOW: [
    [/./, (_b, _tekst, _bereik, t) => ({ zin: t('instellingen.yaml.blok_in_groep', ACCOLADES) })],
  ],
  RESOURCE_EXHAUSTION: [[/./, vast('instellingen.yaml.te_veel_verwijzingen')]],
};

const vertaler =
  (taal: Taal): T =>
  (sleutel, waarden) =>
    zinTekst(taal, sleutel, waarden);

export function vertaalYamlFout(
  fout: YAMLError,
  tekst: string,
  taal: Taal = 'nl',
): { zin: string; bereik: Bereik } {
  const t = vertaler(taal);
  const bereik = { begin: fout.pos[0], eind: fout.pos[1] };
  for (const [patroon, vertaling] of VERTALINGEN[fout.code] ?? []) {
    if (!patroon.test(fout.message)) continue;
    const v = vertaling(fout.message, tekst, bereik, t);
    if (v) return { zin: v.zin, bereik: v.bereik ?? bereik };
  }
  return { zin: t(ALGEMEEN), bereik };
}

export interface GelezenYaml {
  document: Document;
  regels: LineCounter;
  /** Syntax errors, in the reader's language, in the order of the file; when there are any, `waarde` is not there. */
  fouten: Melding[];
  waarde?: unknown;
}

export function leesYaml(tekst: string, taal: Taal = 'nl'): GelezenYaml {
  const regels = new LineCounter();
  const document = parseDocument(tekst, { lineCounter: regels, prettyErrors: false, uniqueKeys: true });
  const tabs = new Set<number>();
  const fouten = [...document.errors, ...document.warnings].map((f) => {
    const { zin, bereik } = vertaalYamlFout(f, tekst, taal);
    if (f.code === 'TAB_AS_INDENT') tabs.add(bereik.begin);
    return metPlek({ pad: '', bericht: zin }, bereik, regels, tekst);
  });
  // An alias to an anchor that is not there is no parse error, but toJS throws on it.
  visit(document, {
    Alias(_, knoop) {
      if (isAlias(knoop) && !knoop.resolve(document) && knoop.range)
        fouten.push(
          metPlek(
            {
              pad: '',
              bericht: zinTekst(taal, 'instellingen.yaml.verwijzing_zonder_anker', { naam: knoop.source }),
            },
            { begin: knoop.range[0], eind: knoop.range[1] },
            regels,
            tekst,
          ),
        );
    },
  });
  if (fouten.length) return { document, regels, fouten: zonderGevolgfouten(fouten, tabs) };
  try {
    return { document, regels, fouten, waarde: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { document, regels, fouten: [{ pad: '', bericht: zinTekst(taal, ALGEMEEN) }] };
  }
}

/**
 * One mistake often makes YAML stumble on the lines after it too. Shown: the first finding per line,
 * not the same sentence again on the next line, and with tabs only the tabs (they derail the rest).
 */
function zonderGevolgfouten(fouten: (Melding & { begin?: number })[], tabs: Set<number>): Melding[] {
  const gesorteerd = [...fouten].sort((a, b) => (a.begin ?? 0) - (b.begin ?? 0));
  const getoond: Melding[] = [];
  let vorige: Melding | undefined;
  for (const f of gesorteerd) {
    if (tabs.size && !tabs.has(f.begin ?? -1)) continue;
    const zelfdeRegel = vorige?.regel === f.regel;
    const herhaling =
      vorige?.bericht.split('.')[0] === f.bericht.split('.')[0] && (f.regel ?? 0) - (vorige?.regel ?? 0) <= 1;
    if (!zelfdeRegel && !herhaling) getoond.push(f);
    vorige = f;
  }
  return getoond;
}
