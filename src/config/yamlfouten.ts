// Reading YAML with every syntax error in Dutch, with its line and column. The `yaml` package names
// each error with a code; the sentences here say what an administrator typing the file did and what
// to type instead. An error this file does not know still gets a Dutch sentence and its place.
import { type Document, isAlias, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { type Bereik, type Melding, metPlek } from './meldingen.ts';

type Vertaling = (
  bericht: string,
  tekst: string,
  bereik: Bereik,
) => { zin: string; bereik?: Bereik } | undefined;

const ALGEMEEN = 'Het bestand is hier geen geldige YAML: de indeling klopt niet.';

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
function commentaarInWaarde(tekst: string, bereik: Bereik | undefined): string {
  if (!bereik) return '';
  const eind = tekst.indexOf('\n', bereik.begin);
  const rest = tekst.slice(bereik.begin, eind === -1 ? undefined : eind);
  return /\s#/.test(rest)
    ? ' Staat er een # in een waarde? Zet die waarde dan tussen aanhalingstekens ("#…"): zonder is de rest van de regel commentaar.'
    : '';
}

const inspringing = (regel: string) => regel.length - regel.trimStart().length;

/** "Regel 12 springt 4 spaties in, regel 11 erboven 5": the two numbers make the fix obvious. */
function vergelijkInspringing(tekst: string, bereik: Bereik): string {
  const regels = tekst.slice(0, bereik.begin).split('\n');
  const nummer = regels.length;
  const deze = tekst.split('\n')[nummer - 1] ?? '';
  for (let i = nummer - 2; i >= 0; i--) {
    const vorige = regels[i] ?? '';
    if (!vorige.trim() || vorige.trim().startsWith('#')) continue;
    const a = inspringing(deze);
    const b = inspringing(vorige);
    if (a === b) return '';
    return ` Regel ${nummer} springt ${a} ${a === 1 ? 'spatie' : 'spaties'} in, regel ${i + 1} erboven ${b}.`;
  }
  return '';
}

function aanhalingsteken(teken: string): Vertaling {
  return (_b, tekst, bereik) => ({
    zin: `Het aanhalingsteken ${teken} dat hier begint, wordt niet gesloten. Zet aan het eind van de tekst ook een ${teken}.`,
    bereik: opening(tekst, teken, bereik.begin),
  });
}

const VERTALINGEN: Partial<Record<YAMLError['code'], [RegExp, Vertaling][]>> = {
  TAB_AS_INDENT: [
    [
      /./,
      () => ({
        zin: 'Deze regel springt in met een tab. Gebruik spaties: YAML staat geen tabs toe om in te springen.',
      }),
    ],
  ],
  DUPLICATE_KEY: [
    [
      /./,
      (_b, tekst, bereik) => {
        const sleutel = tekst
          .slice(bereik.begin)
          .match(/^["']?([^:"'\n]+)/)?.[1]
          ?.trim();
        return {
          zin: `${sleutel ? `\`${sleutel}\`` : 'Deze instelling'} staat twee keer in dezelfde groep. Haal er één weg of voeg ze samen.`,
        };
      },
    ],
  ],
  BAD_INDENT: [
    [
      /^Flow map/,
      (_b, tekst, bereik) => {
        const open = opening(tekst, '{', bereik.begin);
        return {
          zin: `Een groep tussen { en } wordt niet gesloten: zet een } aan het eind, op dezelfde regel als de {.${commentaarInWaarde(tekst, open)}`,
          bereik: open,
        };
      },
    ],
    [
      /^Flow sequence/,
      (_b, tekst, bereik) => {
        const open = opening(tekst, '[', bereik.begin);
        return {
          zin: `Een lijst tussen [ en ] wordt niet gesloten: zet een ] aan het eind, op dezelfde regel als de [.${commentaarInWaarde(tekst, open)}`,
          bereik: open,
        };
      },
    ],
    [
      /sequence items/i,
      () => ({
        zin: "Dit item van de lijst springt anders in dan de items erboven. Laat elke regel met '- ' even ver inspringen.",
      }),
    ],
    [
      /./,
      (_b, tekst, bereik) => ({
        zin: `Deze regel springt anders in dan de regels erboven.${vergelijkInspringing(tekst, bereik)} Instellingen in dezelfde groep springen even ver in; een instelling die ergens onder hoort, springt verder in.`,
      }),
    ],
  ],
  MISSING_CHAR: [
    [/closing "quote/, aanhalingsteken('"')],
    [/closing 'quote/, aanhalingsteken("'")],
    [
      /Implicit map keys need to be followed by map values/,
      () => ({
        zin: 'Na de naam van een instelling hoort een dubbele punt en een spatie, zoals `naam: waarde`.',
      }),
    ],
    [
      /Sequence item without - indicator/,
      () => ({
        zin: "Deze regel springt in als een item van de lijst erboven, maar begint niet met '- '. Laat hem even ver inspringen als de instellingen erboven, of begin een nieuw item met '- '.",
      }),
    ],
    [/Missing space after :/, () => ({ zin: 'Na de dubbele punt hoort een spatie: `naam: waarde`.' })],
    [
      /Missing , (or : )?between/,
      () => ({
        zin: 'Tussen de onderdelen van een { … } of [ … ] hoort een komma, en tussen een naam en zijn waarde een dubbele punt.',
      }),
    ],
    [
      /Comments must be separated/,
      () => ({
        zin: 'Een # direct na tekst: zet er een spatie voor als het commentaar is, of zet de hele waarde tussen aanhalingstekens als de # erbij hoort.',
      }),
    ],
  ],
  MULTILINE_IMPLICIT_KEY: [
    [
      /./,
      () => ({
        zin: 'Hier ontbreekt de dubbele punt na de naam van een instelling, of de regel eronder springt te ver in. Een instelling staat op één regel: `naam: waarde`.',
      }),
    ],
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    [
      /Nested mappings/,
      () => ({
        zin: 'Er staan twee dubbele punten op één regel (`a: b: c`), of de regel eronder springt te ver in. Zet tekst met een dubbele punt erin tussen aanhalingstekens.',
      }),
    ],
  ],
  BAD_SCALAR_START: [
    [
      /character (.)\s*$/,
      (b) => {
        const teken = b.match(/character (.)\s*$/)?.[1] ?? '';
        return {
          zin: `Een waarde mag niet beginnen met ${teken}. Zet de waarde tussen aanhalingstekens: "${teken}…".`,
        };
      },
    ],
    [
      /./,
      () => ({
        zin: 'Deze waarde begint met een teken dat in YAML iets betekent. Zet de waarde tussen aanhalingstekens.',
      }),
    ],
  ],
  BAD_DQ_ESCAPE: [
    [
      /./,
      () => ({
        zin: "Tussen dubbele aanhalingstekens begint een \\ een speciaal teken, en dit bestaat niet. Gebruik enkele aanhalingstekens ('…') of schrijf \\\\.",
      }),
    ],
  ],
  UNEXPECTED_TOKEN: [
    [
      /Unexpected (,|empty item)/,
      () => ({ zin: "Hier staat een komma te veel, of niets tussen twee komma's." }),
    ],
    [
      /Unexpected (\S+) in/,
      (b) => ({
        zin: `Het teken ${b.match(/Unexpected (\S+) in/)?.[1] ?? ''} hoort hier niet; staat er een haakje te veel?`,
      }),
    ],
  ],
  MULTIPLE_DOCS: [
    [
      /./,
      () => ({
        zin: 'Het bestand bevat meer dan één document (een regel met alleen ---). Zet alles in één document en haal de --- weg.',
      }),
    ],
  ],
  BAD_ALIAS: [
    [
      /./,
      () => ({
        zin: 'Een * of & heeft in YAML een speciale betekenis. Zet tekst die ermee begint tussen aanhalingstekens.',
      }),
    ],
  ],
  ALIAS_PROPS: [
    [
      /./,
      () => ({
        zin: 'Een * of & heeft in YAML een speciale betekenis. Zet tekst die ermee begint tussen aanhalingstekens.',
      }),
    ],
  ],
  MULTIPLE_ANCHORS: [
    [
      /./,
      () => ({ zin: 'Hier staan twee keer & voor één waarde. Zet tekst met een & tussen aanhalingstekens.' }),
    ],
  ],
  MULTIPLE_TAGS: [
    [
      /./,
      () => ({ zin: 'Hier staan twee keer ! voor één waarde. Zet tekst met een ! tussen aanhalingstekens.' }),
    ],
  ],
  BAD_PROP_ORDER: [
    [
      /./,
      () => ({ zin: 'Een & of ! staat hier op de verkeerde plek. Zet zulke tekst tussen aanhalingstekens.' }),
    ],
  ],
  TAG_RESOLVE_FAILED: [
    [
      /./,
      () => ({
        zin: 'Een waarde die met ! begint, is in YAML een soortaanduiding die hier niet bestaat. Zet de waarde tussen aanhalingstekens.',
      }),
    ],
  ],
  NON_STRING_KEY: [
    [/./, () => ({ zin: 'De naam van een instelling moet gewone tekst zijn, geen lijst of groep.' })],
  ],
  KEY_OVER_1024_CHARS: [
    [
      /./,
      () => ({
        zin: 'Deze naam is langer dan 1024 tekens: waarschijnlijk ontbreekt een dubbele punt of een regelovergang.',
      }),
    ],
  ],
  BLOCK_IN_FLOW: [
    [
      /./,
      () => ({
        zin: 'Binnen { … } of [ … ] begint hier een ingesprongen blok. Sluit eerst met } of ], of schrijf alles ingesprongen.',
      }),
    ],
  ],
  RESOURCE_EXHAUSTION: [
    [/./, () => ({ zin: 'Het bestand verwijst te vaak naar zichzelf (* en &); schrijf de waarden uit.' })],
  ],
};

export function vertaalYamlFout(fout: YAMLError, tekst: string): { zin: string; bereik: Bereik } {
  const bereik = { begin: fout.pos[0], eind: fout.pos[1] };
  for (const [patroon, vertaling] of VERTALINGEN[fout.code] ?? []) {
    if (!patroon.test(fout.message)) continue;
    const v = vertaling(fout.message, tekst, bereik);
    if (v) return { zin: v.zin, bereik: v.bereik ?? bereik };
  }
  return { zin: ALGEMEEN, bereik };
}

export interface GelezenYaml {
  document: Document;
  regels: LineCounter;
  /** Syntax errors, in Dutch, in the order of the file; when there are any, `waarde` is not there. */
  fouten: Melding[];
  waarde?: unknown;
}

export function leesYaml(tekst: string): GelezenYaml {
  const regels = new LineCounter();
  const document = parseDocument(tekst, { lineCounter: regels, prettyErrors: false, uniqueKeys: true });
  const tabs = new Set<number>();
  const fouten = [...document.errors, ...document.warnings].map((f) => {
    const { zin, bereik } = vertaalYamlFout(f, tekst);
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
              bericht: `*${knoop.source} verwijst naar een &${knoop.source} die er (nog) niet is. Zet tekst die met * begint tussen aanhalingstekens.`,
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
    return { document, regels, fouten: [{ pad: '', bericht: ALGEMEEN }] };
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
