/**
 * nspell's answer to "is this a correct word?", kept in a form the garbage collector need not walk.
 *
 * nspell expands the Dutch Hunspell dictionary into an object of ~410,000 word forms, each with an array
 * of flags: some 50 MB of small objects that every full collection has to mark again, in a process that
 * must ack Slack within milliseconds. Here the same forms are one string with an offset table and one
 * byte of flags per form (~10 MB in three objects), looked up by binary search; the few things nspell
 * needs besides the forms (input conversions, compound rules) are kept as they are. `correct` follows
 * nspell's own (lib/util/form.js, exact.js) step by step, so the answers are the same; a test checks that
 * against nspell itself.
 */

/** The parts of an nspell instance this needs (nspell ships no types for them). */
export interface NspellBinnenkant {
  data: Record<string, string[] | undefined>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: [RegExp, string][] };
}

const ALLEEN_IN_SAMENSTELLING = 1;
const VERBODEN = 2;
const HOUD_HOOFDLETTERS = 4;

export interface Woordenlijst {
  correct(woord: string): boolean;
  readonly aantal: number;
}

/** What a word list is made of; built from nspell once, or read back from the file the build writes. */
export interface Gegevens {
  /** The forms, each followed by a line break; form i starts at begin[i]. */
  tekst: string;
  begin: Uint32Array;
  vlag: Uint8Array;
  samenstellingen: RegExp[];
  minimaal: number;
  omzettingen: [RegExp, string][];
}

/** Reads what is needed out of nspell; nothing of nspell itself stays referenced (see `opzoeker`). */
export function verzamel(spell: NspellBinnenkant): Gegevens {
  const code = (naam: string) =>
    typeof spell.flags[naam] === 'string' ? (spell.flags[naam] as string) : null;
  const kenmerken: [string | null, number][] = [
    [code('ONLYINCOMPOUND'), ALLEEN_IN_SAMENSTELLING],
    [code('FORBIDDENWORD'), VERBODEN],
    [code('KEEPCASE'), HOUD_HOOFDLETTERS],
  ];
  // Default sort: by UTF-16 code units, the order `vergelijk` below searches in.
  const vormen = Object.keys(spell.data)
    .filter((w) => spell.data[w])
    .sort();
  const tekst = `${vormen.join('\n')}\n`;
  const begin = new Uint32Array(vormen.length + 1);
  const vlag = new Uint8Array(vormen.length);
  let positie = 0;
  for (const [i, w] of vormen.entries()) {
    begin[i] = positie;
    positie += w.length + 1;
    const codes = spell.data[w] ?? [];
    for (const [c, bit] of kenmerken) if (c !== null && codes.includes(c)) vlag[i]! |= bit;
  }
  begin[vormen.length] = positie;
  return {
    tekst,
    begin,
    vlag,
    samenstellingen: [...spell.compoundRules],
    minimaal: Number(spell.flags.COMPOUNDMIN ?? 0),
    omzettingen: [...spell.conversion.in],
  };
}

export function maakWoordenlijst(spell: NspellBinnenkant): Woordenlijst {
  return opzoeker(verzamel(spell));
}

export function woordenlijstUit(gegevens: Gegevens): Woordenlijst {
  return opzoeker(gegevens);
}

/**
 * The file form of a word list: one line of JSON with everything but the forms, then the forms as `tekst`
 * holds them. Written by the build (scripts/bouw.mjs), so the server need not expand the dictionary through
 * nspell at every start: that takes about a second and leaves ~65 MB of garbage that an idle process keeps
 * as resident memory. Read back, the forms become one string straight from the file's bytes.
 */
interface Kop {
  formaat: typeof FORMAAT;
  bron: string;
  minimaal: number;
  samenstellingen: [string, string][];
  omzettingen: [string, string, string][];
  vlag: string;
}
const FORMAAT = 2;

export function naarBestand(g: Gegevens, bron: string): Buffer {
  const kop: Kop = {
    formaat: FORMAAT,
    bron,
    minimaal: g.minimaal,
    samenstellingen: g.samenstellingen.map((r) => [r.source, r.flags]),
    omzettingen: g.omzettingen.map(([r, v]) => [r.source, r.flags, v]),
    vlag: Buffer.from(g.vlag.buffer, g.vlag.byteOffset, g.vlag.byteLength).toString('base64'),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(kop)}\n`), Buffer.from(g.tekst)]);
}

/** The word list in `inhoud`, or null when it is of another format or another dictionary (`bron`). */
export function uitBestand(inhoud: Buffer, bron: string): Gegevens | null {
  const einde = inhoud.indexOf(10);
  let kop: Kop;
  try {
    kop = JSON.parse(inhoud.toString('utf8', 0, einde)) as Kop;
  } catch {
    return null;
  }
  if (kop?.formaat !== FORMAAT || kop.bron !== bron) return null;
  const tekst = inhoud.toString('utf8', einde + 1);
  const vlag = new Uint8Array(Buffer.from(kop.vlag, 'base64'));
  const begin = new Uint32Array(vlag.length + 1);
  let n = 0;
  for (let i = 0; i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) begin[++n] = i + 1;
  if (n !== vlag.length) return null;
  return {
    tekst,
    begin,
    vlag,
    minimaal: kop.minimaal,
    samenstellingen: kop.samenstellingen.map(([bron, vlaggen]) => new RegExp(bron, vlaggen)),
    omzettingen: kop.omzettingen.map(([bron, vlaggen, v]) => [new RegExp(bron, vlaggen), v]),
  };
}

// A separate scope on purpose: closures share their scope's variables, and one that could reach nspell's
// data or the list of 410,000 strings would keep them all alive.
function opzoeker({ tekst, begin, vlag, samenstellingen, minimaal, omzettingen }: Gegevens): Woordenlijst {
  const aantal = vlag.length;

  /** < 0, 0, > 0 as `woord` sorts before, at or after form i; no substrings made. */
  function vergelijk(woord: string, i: number): number {
    const s = begin[i]!;
    const lengte = begin[i + 1]! - 1 - s;
    const n = Math.min(woord.length, lengte);
    for (let j = 0; j < n; j++) {
      const d = woord.charCodeAt(j) - tekst.charCodeAt(s + j);
      if (d !== 0) return d;
    }
    return woord.length - lengte;
  }

  function zoek(woord: string): number {
    let laag = 0;
    let hoog = aantal - 1;
    while (laag <= hoog) {
      const midden = (laag + hoog) >>> 1;
      const d = vergelijk(woord, midden);
      if (d === 0) return midden;
      if (d < 0) hoog = midden - 1;
      else laag = midden + 1;
    }
    return -1;
  }

  const heeft = (i: number, bit: number) => i >= 0 && (vlag[i]! & bit) !== 0;

  /** nspell's `exact`, given where `woord` is in the list (-1: not there). */
  function exact(woord: string, i: number): boolean {
    if (i >= 0) return !heeft(i, ALLEEN_IN_SAMENSTELLING);
    if (woord.length >= minimaal) for (const regel of samenstellingen) if (regel.test(woord)) return true;
    return false;
  }

  /** Another case of the word: refused when that form is forbidden or must keep its case. */
  function andereVorm(woord: string): boolean | null {
    const i = zoek(woord);
    if (heeft(i, HOUD_HOOFDLETTERS) || heeft(i, VERBODEN)) return false;
    return exact(woord, i) ? true : null;
  }

  function correct(waarde: string): boolean {
    let normaal = waarde.trim();
    if (!normaal) return false;
    for (const [patroon, vervanging] of omzettingen) normaal = normaal.replace(patroon, vervanging);
    const i = zoek(normaal);
    if (exact(normaal, i)) return !heeft(i, VERBODEN);
    if (normaal.toUpperCase() === normaal) {
      const zin = andereVorm(normaal.charAt(0) + normaal.slice(1).toLowerCase());
      if (zin !== null) return zin;
    }
    const klein = normaal.toLowerCase();
    if (klein !== normaal) return andereVorm(klein) ?? false;
    return false;
  }

  return { correct, aantal };
}
