/**
 * Person names.
 *
 * A capitalised word is only taken for a name when something points at a person:
 *  A. a title before it: 'mw. Jansen', 'de heer Ter Horst', 'Meneer (Henk)', also sloppy 'mw de graaf';
 *  B. initials: 'J. de Vries', 'A.B. Yilmaz';
 *  C. a word for a person before it: 'zoon Mohammed', 'moeder: Fatima', 'cliënte Sanne', 'Naam: …';
 *  D. a first name from the hand-made list ('Fatima', 'Kees'); at the start of a sentence only when it is
 *     not also an ordinary word ('Wil de tafel…' is not about Wil) or a surname follows;
 *  E. a surname from the hand-made list that is not an ordinary word ('Yilmaz', 'de Vries'), or a listed
 *     surname with its tussenvoegsel ('De Boer', 'van Dijk');
 *  F. a capitalised non-dictionary word followed by an age or role: 'Kowalski (45)', 'Jermaine, 20',
 *     'Ruchama is 19 en …', 'Tjitske (vriendin)';
 *  G. two capitalised non-dictionary words in a row, or one followed by a listed surname: 'Xandro
 *     Kowalczyk', 'Hanneke Bos';
 *  H. the workspace's own members (`bekendeNamen`);
 *  I. names in a list with a name already found: 'Rayen en Mayla', 'Erik, Monique en Daan'.
 * Candidates that lie inside a known organisation, law or place ('Den Haag', 'Jeroen Bosch Ziekenhuis')
 * are dropped, except the workspace's own members (unless inside the table's own vocabulary); so are
 * streets named after people ('Anne Frankstraat').
 *
 * "Ordinary word" means: the lower-case form is in the Dutch Hunspell dictionary (see woordenboek.ts).
 *
 * The span covers initials, first names, tussenvoegsels and surname, not the title: 'mw. [de Vries]'.
 */
import {
  BESCHERMDE_WOORDEN,
  type Bereik,
  ligtBinnen,
  vindBeschermd,
  vindWoordenschat,
} from '../beschermd.ts';
import {
  AANHEF_EN_GROET,
  AFKORTINGEN,
  DINGWOORDEN,
  ENGELSE_WOORDEN,
  FUNCTIEWOORDEN,
  PERSOONSWOORDEN,
  PLAATSVOORZETSELS,
  TALEN_EN_HERKOMST,
  TITELS,
  TITELS_MET_PUNT,
  TUSSENVOEGSELS,
  TUSSENVOEGSELS_NIET_ALLEEN,
} from '../lijsten/woorden.ts';
import {
  isAchternaam,
  isBekendeNaam,
  isPlaats,
  isSterkeAchternaam,
  isSterkeVoornaam,
  isVoornaam,
} from '../namenlijsten.ts';
import { escapeRegex, isHoofdletter, isZinsbegin, NA, type Token, tokeniseer, VOOR } from '../tekst.ts';
import { type Finding, maakFinding } from '../typen.ts';
import { isGewoonOfSamengesteld, isGewoonWoord } from '../woordenboek.ts';

/**
 * What made us read a name here: a title, initials, a word for a person, a listed first name, or a greeting,
 * header or sign-off ('groet'); after a title, person word or greeting a name may be written in lower case.
 */
type Context = 'titel' | 'initialen' | 'persoon' | 'voornaam' | 'groet';

interface Span {
  start: number;
  end: number;
  bekend?: boolean;
  /** A member's whole name as registered ('Jeroen de Boer'), not one word of it ('Jeroen'). */
  heel?: boolean;
  /** Found through a title, initials, a word for a person or a greeting: no counter-evidence needed. */
  sterk?: boolean;
}

const klein = (t: Token): string => t.klein;
/** One blank between words; two or three typed by accident too ('Jan  de Vries'). */
const SPATIE = /^[ \u00a0]{1,3}$/;
const NA_TITEL = /^\.?[ \u00a0]{0,2}(?:\([ \u00a0]?)?$/;
const NA_PERSOON = /^(?:[ \u00a0]|[ \u00a0]?[:,][ \u00a0]?|[ \u00a0]?\([ \u00a0]?|:[ \u00a0]?\([ \u00a0]?)$/;
/** Articles: 'De' before a capitalised word may be the start of a surname ('De Boer'), unlike 'Stichting'. */
const LIDWOORDEN: ReadonlySet<string> = new Set(['de', 'het', 'een']);
/** Month abbreviations that are also first names: a name unless a day, dot or year says it is the month. */
const MAAND_OF_NAAM: ReadonlySet<string> = new Set(['jan']);
/** Verbs between a word for a person and the name: 'moeder is Fatima', 'ouders zijn jan en ria'. */
const KOPPELWERKWOORDEN: ReadonlySet<string> = new Set(['is', 'zijn', 'heet', 'heten', 'was']);
/** Words for talking to someone: '<woord> met <naam>' names a person ('gesprek met bodine'). */
const GESPREKSWOORDEN: ReadonlySet<string> = new Set([
  'gesprek',
  'gesproken',
  'gesprekje',
  'overleg',
  'overlegd',
  'contact',
  'gebeld',
  'afspraak',
  'afgesproken',
  'gesprekken',
  'huisbezoek',
  'belafspraak',
  'sprak',
  'spreek',
  'spreken',
  'praten',
  'gepraat',
  'geappt',
  'gemaild',
]);
/** After a greeting or header: a comma, colon or exclamation mark and at most two line breaks. */
const NA_KOP = /^[ \u00a0\t]*[,:!]?[ \u00a0\t]*(?:\r?\n[ \u00a0\t]*){0,3}$/;
/** Headers followed by a list of people: 'Aanwezig: Marloes (Buurtteam), Erkan en Gerda van Os'. */
const LIJSTKOPPEN: ReadonlySet<string> = new Set([
  'aanwezig',
  'aanwezigen',
  'afwezig',
  'afgemeld',
  'cc',
  'bcc',
  'aan',
]);
/** Mail header fields that name a person when they start a line: 'Van: …', 'Aan: …'. */
const MAILKOPPEN: ReadonlySet<string> = new Set(['van', 'aan', 'cc', 'bcc']);
const KOPPELTEKEN_TUSSEN = /-(?:de|van|den|der|ter|ten|el|al)$/i;
const ROL_NA = /^[ \u00a0]?\([ \u00a0]?(\p{Ll}[\p{Ll}ë-]*)/u;
const IS_LEEFTIJD_NA =
  /^[ \u00a0]is[ \u00a0]\d{1,2}(?:[ \u00a0]jaar(?:[ \u00a0]oud)?)?(?:[ \u00a0]?[.,;)]|[ \u00a0]en[ \u00a0]|[ \u00a0]\(|$)/;
const LEEFTIJD_NA =
  /^[ \u00a0]?(?:\([ \u00a0]?\d{1,3}[ \u00a0]?(?:jaar|jr\.?)?[ \u00a0]?[),]|,[ \u00a0]?\d{1,3}[ \u00a0]?(?:jaar|jr\.?)?(?:[ \u00a0]?[,.;)]|$))/;

export function detecteerNamen(
  text: string,
  bekendeNamen: readonly string[] = [],
  woordenschat: readonly string[] = [],
): Finding[] {
  const tokens = tokeniseer(text);
  const beschermd = vindBeschermd(text, woordenschat);
  const eigen = vindWoordenschat(text, woordenschat);
  const ctx = new NaamContext(text, tokens, beschermd);
  const kandidaten: Span[] = [...ctx.regels(), ...bekendeNamenSpans(text, bekendeNamen, woordenschat)].filter(
    (k) => !STRAATWOORD.test(text.slice(k.start, k.end)) && (k.sterk || k.bekend || !ctx.noemtDing(k)),
  );
  const samen = voegSamen(kandidaten, beschermd, eigen);
  return voegSamen([...samen, ...ctx.opsomming(samen)], beschermd, eigen).map((s) =>
    maakFinding('naam', text, s.start, s.end),
  );
}

/** A candidate ending in a street word is a street named after someone ('Anne Frankstraat'), not a person. */
const STRAATWOORD = /\p{L}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg)$/iu;

class NaamContext {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly beschermd: readonly Bereik[],
  ) {}

  /** Index of the token that starts at `start` (tokens are sorted by start). */
  private indexVan(start: number): number | undefined {
    let laag = 0;
    let hoog = this.tokens.length - 1;
    while (laag <= hoog) {
      const midden = (laag + hoog) >>> 1;
      const s = this.tokens[midden]?.start ?? 0;
      if (s === start) return midden;
      if (s < start) laag = midden + 1;
      else hoog = midden - 1;
    }
    return undefined;
  }

  private tussen(a: Token, b: Token): string {
    return this.text.slice(a.end, b.start);
  }

  private isBeschermd(t: Token): boolean {
    return BESCHERMDE_WOORDEN.has(t.tekst) || ligtBinnen(t.start, t.end, this.beschermd);
  }

  /** Capitalised word that can be part of a name at all (not a function word, title, acronym or place). */
  private kanNaamdeelZijn(t: Token): boolean {
    const l = klein(t);
    return (
      t.kap &&
      !t.kapitalen &&
      t.tekst.length >= 2 &&
      (!FUNCTIEWOORDEN.has(l) || this.isMaandnaamAlsNaam(t)) &&
      !TITELS.has(l) &&
      !PERSOONSWOORDEN.has(l) &&
      !TALEN_EN_HERKOMST.has(l) &&
      !AFKORTINGEN.has(l) &&
      !AANHEF_EN_GROET.has(l) &&
      !/isch(?:e)?$/.test(l) &&
      !this.isBeschermd(t)
    );
  }

  /** 'Jan' or 'jan' as a first name: no dot, day number or year around it ('3 jan', 'jan. 2026'). */
  private isMaandnaamAlsNaam(t: Token): boolean {
    if (!MAAND_OF_NAAM.has(klein(t))) return false;
    const ervoor = this.text.slice(Math.max(0, t.start - 4), t.start);
    return !/^[.'’]|^[ \u00a0]*\d/.test(this.text.slice(t.end, t.end + 3)) && !/\d[ \u00a0]*$/.test(ervoor);
  }

  /** A lower-case word that may be part of a name written sloppily ('zoon kevin', 'mw el idrissi'). */
  private kanKleinNaamdeelZijn(t: Token): boolean {
    const l = t.tekst;
    return (
      !t.kap &&
      l.length >= 2 &&
      /^[\p{Ll}][\p{Ll}\p{M}'’-]*$/u.test(l) &&
      !FUNCTIEWOORDEN.has(l) &&
      !TITELS.has(l) &&
      !PERSOONSWOORDEN.has(l) &&
      !TALEN_EN_HERKOMST.has(l) &&
      !AFKORTINGEN.has(l) &&
      !AANHEF_EN_GROET.has(l) &&
      !ENGELSE_WOORDEN.has(l) &&
      !TUSSENVOEGSELS.has(l)
    );
  }

  /**
   * Counter-evidence: the words around say this capitalised word names a thing, organisation, street or
   * place, not a person ('Stichting Timon', 'een oude Mercedes', 'de Anne Frankstraat', 'in Nador',
   * "'s Heeren Loo").
   */
  noemtDing(span: { start: number; end: number }): boolean {
    const { tokens, text } = this;
    const i = this.indexVan(span.start);
    if (i === undefined) return false;
    let e = i;
    while (e < tokens.length && (tokens[e]?.end ?? 0) < span.end) e++;
    const t = tokens[i];
    const laatste = tokens[e];
    if (!t || !laatste) return false;
    const volgende = tokens[e + 1];
    if (volgende && SPATIE.test(this.tussen(laatste, volgende)) && STRAATWOORD.test(volgende.tekst))
      return true;
    const vorige = tokens[i - 1];
    if (!vorige || !SPATIE.test(this.tussen(vorige, t))) return false;
    const v = vorige.tekst;
    const lv = klein(vorige);
    if (v === 's' && /['’]$/.test(text.slice(Math.max(0, vorige.start - 1), vorige.start))) return true;
    // 'de' or 'het' before a name that does not start with its own tussenvoegsel: 'de Jumbo', not 'de Vries'
    if (LIDWOORDEN.has(v)) return !TUSSENVOEGSELS.has(klein(t)) && !isSterkeAchternaam(laatste.tekst);
    if (DINGWOORDEN.has(lv) && !LIDWOORDEN.has(lv)) return true;
    if (vorige.kap) return false;
    if (PLAATSVOORZETSELS.has(v) && isPlaats(laatste.tekst)) return true;
    const daarvoor = tokens[i - 2];
    return (
      daarvoor !== undefined &&
      LIDWOORDEN.has(daarvoor.tekst) &&
      SPATIE.test(this.tussen(daarvoor, vorige)) &&
      !FUNCTIEWOORDEN.has(v) &&
      isGewoonWoord(v)
    );
  }

  private isDing(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && this.noemtDing(t);
  }

  /** Name-like and not an ordinary word at all ('Xandro', 'Kowalczyk'; not 'Wijk' or 'Roos'). */
  private onbekend(t: Token): boolean {
    return t.kap && this.naamachtig(t, true) && !isGewoonWoord(t.tekst);
  }

  /** Looks like a name by itself: listed first name or surname, or not an ordinary Dutch word. */
  private naamachtig(t: Token, streng = false): boolean {
    if (!this.kanNaamdeelZijn(t)) return false;
    if (isSterkeVoornaam(t.tekst) || isSterkeAchternaam(t.tekst)) return true;
    if (t.tekst.includes('-')) {
      const delen = t.tekst.split('-');
      if (delen.every((deel) => isVoornaam(deel))) return true; // 'Kees-Jan', 'Anne-Marie'
      return delen.some((deel) => isHoofdletter(deel[0]) && deel.length >= 2 && !isGewoonWoord(deel));
    }
    return streng ? !isGewoonOfSamengesteld(t.tekst) : !isGewoonWoord(t.tekst);
  }

  /**
   * The word before token i (a tussenvoegsel) is the first name of the surname that follows: 'Ria de
   * Vries', 'Hans ter Horst'. A listed first name counts here even when it is also a word ('Roos', 'Ria').
   */
  private isVoornaamVoor(i: number): boolean {
    const v = this.tokens[i - 1];
    const t = this.tokens[i];
    return (
      v !== undefined &&
      t !== undefined &&
      SPATIE.test(this.tussen(v, t)) &&
      (this.kanNaamdeelZijn(v)
        ? isVoornaam(v.tekst) || this.naamachtig(v, true)
        : // a first name that is also a function word, within a sentence: 'en Wil van Dam'
          v.kap && !v.kapitalen && !v.zinsbegin && FUNCTIEWOORDEN.has(v.klein) && isVoornaam(v.tekst)) &&
      !this.isDing(i - 1)
    );
  }

  private isInitiaal(t: Token | undefined): boolean {
    return t !== undefined && t.tekst.length === 1 && isHoofdletter(t.tekst) && t.punt;
  }

  /**
   * A capitalised word that is also a function word is still a surname after its tussenvoegsel when the
   * whole is on the list: 'van der Meer', 'van Mag'.
   */
  private isAchternaamKern(kern: Token, voluit: string): boolean {
    return (
      kern.kap &&
      !kern.kapitalen &&
      FUNCTIEWOORDEN.has(kern.klein) &&
      isAchternaam(voluit) &&
      !this.isBeschermd(kern)
    );
  }

  /** Only a blank between a and b, or the apostrophe of "'t" too: 'van 't Hof'. */
  private naast(a: Token, b: Token): boolean {
    const g = this.tussen(a, b);
    return SPATIE.test(g) || (b.klein === 't' && /^[ \u00a0]['’]$/.test(g));
  }

  /** Number of tokens of a tussenvoegsel starting at i ('van der' = 2), 0 if none. */
  private tussenLengte(i: number): number {
    let n = 0;
    while (n < 3) {
      const t = this.tokens[i + n];
      if (!t || !TUSSENVOEGSELS.has(klein(t))) break;
      if (n > 0) {
        const vorige = this.tokens[i + n - 1];
        if (!vorige || !this.naast(vorige, t)) break;
      }
      n++;
    }
    const eerste = this.tokens[i];
    if (n === 0 || !eerste) return 0;
    if (TUSSENVOEGSELS_NIET_ALLEEN.has(klein(eerste)) && n === 1) return 0;
    return n;
  }

  /**
   * Reads a name from token i on. Returns the index after the last name token, or undefined when no
   * surname or first name follows.
   */
  private leesNaam(i: number, context: Context): number | undefined {
    const { tokens } = this;
    let j = i;
    let initialen = 0;
    while (this.isInitiaal(tokens[j])) {
      const vorige = tokens[j - 1];
      const huidige = tokens[j];
      if (j > i && vorige && huidige && !/^\.[ \u00a0]?$/.test(this.tussen(vorige, huidige))) break;
      j++;
      initialen++;
    }
    let kernen = 0;
    let forceerVolgende = false;
    /** The name so far is written in lower case ('zoon kevin'): more lower-case parts may follow. */
    let kleinLezen = false;
    /** The last part read is a first name: a capitalised word after it is the surname ('Petra Schenk'). */
    let naVoornaam = false;
    while (j < tokens.length && kernen < 4) {
      const t = tokens[j];
      const vorige = tokens[j - 1];
      if (!t) break;
      if (j > i && vorige) {
        const g = this.tussen(vorige, t);
        const naInitiaal = initialen > 0 && kernen === 0 && /^\.[ \u00a0]?$/.test(g);
        if (!SPATIE.test(g) && !naInitiaal) break;
      }
      if (forceerVolgende) {
        forceerVolgende = false;
        if (t.kap && !t.kapitalen) {
          j++;
          kernen++;
          continue;
        }
        break;
      }
      const tv = this.tussenLengte(j);
      if (tv > 0) {
        const kern = tokens[j + tv];
        const laatsteTv = tokens[j + tv - 1];
        if (!kern || !laatsteTv || !SPATIE.test(this.tussen(laatsteTv, kern))) break;
        const eerste = tokens[j];
        const voluit = `${tokens
          .slice(j, j + tv)
          .map(klein)
          .join(' ')} ${klein(kern)}`;
        let ok = false;
        if (kern.kap && (this.kanNaamdeelZijn(kern) || this.isAchternaamKern(kern, voluit))) {
          if (context === 'titel' || initialen > 0) ok = true;
          else if (kernen > 0) ok = naVoornaam || isAchternaam(voluit) || this.naamachtig(kern, true);
          else ok = (eerste?.kap ?? false) && (isAchternaam(voluit) || this.naamachtig(kern, true));
        } else if (
          !kern.kap &&
          ((context === 'titel' && kernen === 0 && initialen === 0) || (kleinLezen && kernen > 0))
        ) {
          ok =
            this.kanKleinNaamdeelZijn(kern) && (isAchternaam(voluit) || !isGewoonOfSamengesteld(kern.tekst));
          if (ok) kleinLezen = true;
        }
        if (!ok) break;
        j += tv + 1;
        kernen++;
        naVoornaam = false;
        if (KOPPELTEKEN_TUSSEN.test(kern.tekst)) forceerVolgende = true;
        continue;
      }
      if (this.kanNaamdeelZijn(t)) {
        if (
          this.naamachtig(t) ||
          (kernen === 0 && context === 'voornaam') ||
          (naVoornaam && !isPlaats(t.tekst)) ||
          (kernen === 0 && context === 'groet' && isVoornaam(t.tekst))
        ) {
          naVoornaam = kernen === 0 && isVoornaam(t.tekst);
          j++;
          kernen++;
          if (KOPPELTEKEN_TUSSEN.test(t.tekst)) forceerVolgende = true;
          continue;
        }
        const volgende = tokens[j + 1];
        // After a title an ordinary word is a surname too ('mw. Zwaan wil…'), unless another capitalised
        // word follows ('Mw. Spreekt Arabisch' is a typo, not a name).
        if (
          kernen === 0 &&
          context === 'titel' &&
          initialen === 0 &&
          !(volgende?.kap && SPATIE.test(this.tussen(t, volgende)))
        ) {
          j++;
          kernen++;
          break;
        }
        // An ordinary capitalised word only counts when a name-like word follows ('Aster Tesfamariam').
        if (
          kernen === 0 &&
          context !== 'voornaam' &&
          volgende &&
          SPATIE.test(this.tussen(t, volgende)) &&
          this.naamachtig(volgende)
        ) {
          j += 2;
          kernen += 2;
          continue;
        }
        break;
      }
      if (!t.kap && kleinLezen && kernen > 0 && j > i) {
        // 'fatma yilmaz': a lower-case surname after a lower-case first name
        if (this.kanKleinNaamdeelZijn(t) && isAchternaam(t.tekst) && !isGewoonWoord(t.tekst)) {
          j++;
          kernen++;
          continue;
        }
        break;
      }
      if (!t.kap && (context === 'persoon' || context === 'groet') && kernen === 0 && j === i) {
        // Sloppy lower case after a word for a person or a greeting: 'zoon kevin', 'hoi sanne'. A listed
        // first name counts even when it is also a word ('ouders jan en ria'); another word only when it is
        // no Dutch word and on a list of names.
        const l = t.tekst;
        const maand = this.isMaandnaamAlsNaam(t);
        if (
          (this.kanKleinNaamdeelZijn(t) || maand) &&
          (l.length >= 3 || isVoornaam(l)) &&
          (isVoornaam(l) || (!isGewoonOfSamengesteld(l) && isBekendeNaam(l)))
        ) {
          j++;
          kernen++;
          kleinLezen = true;
          continue;
        }
        break;
      }
      if (!t.kap && context === 'titel' && kernen === 0 && initialen === 0 && j === i) {
        // Sloppy lower case after a title: 'mw. bakker (…)', 'mw kowalski belt'.
        const l = klein(t);
        const erna = this.text.slice(t.end, t.end + 3);
        if (
          l.length >= 3 &&
          this.kanKleinNaamdeelZijn(t) &&
          (isGewoonWoord(l)
            ? isAchternaam(l) && /^[ \u00a0]?(?:[(),.;:]|$)/.test(erna)
            : !isGewoonOfSamengesteld(l))
        ) {
          j++;
          kernen++;
          kleinLezen = true;
          continue;
        }
        break;
      }
      break;
    }
    return kernen > 0 ? j : undefined;
  }

  private span(i: number, eind: number): Span | undefined {
    const a = this.tokens[i];
    const b = this.tokens[eind - 1];
    return a && b ? { start: a.start, end: b.end } : undefined;
  }

  /**
   * Names are often listed: 'Rayen en Mayla', 'Erik, Monique en Daan'. A capitalised non-dictionary word
   * (or a listed first name) joined by 'en', 'of' or a comma to a name already found is a name too.
   */
  opsomming(gevonden: readonly Span[]): Span[] {
    const { tokens, text } = this;
    const extra: Span[] = [];
    // token starts that lie inside a name found so far (gevonden is sorted and non-overlapping)
    const inNaam = new Set<number>();
    let g = 0;
    for (const t of tokens) {
      while (g < gevonden.length && (gevonden[g]?.end ?? 0) <= t.start) g++;
      const span = gevonden[g];
      if (span && span.start <= t.start && t.end <= span.end) inNaam.add(t.start);
    }
    const isNaam = (t: Token): boolean => inNaam.has(t.start);
    const kandidaat = (t: Token | undefined): t is Token =>
      t !== undefined &&
      this.kanNaamdeelZijn(t) &&
      !(t.zinsbegin && isGewoonWoord(t.tekst)) &&
      (isSterkeVoornaam(t.tekst) || this.naamachtig(t, true));
    const SP = /^[ \u00a0]$/;
    /** The token joined to `t` by ', ' or ' en '/' of ' on one side (richting 1 = after, -1 = before). */
    const buur = (i: number, richting: 1 | -1): Token | undefined => {
      const t = tokens[i];
      const n = tokens[i + richting];
      if (!t || !n) return undefined;
      const [a, b] = richting === 1 ? [t, n] : [n, t];
      if (/^,[ \u00a0]$/.test(text.slice(a.end, b.start))) return n;
      const l = klein(n);
      if ((l === 'en' || l === 'of') && !n.kap) {
        const k = tokens[i + 2 * richting];
        if (!k) return undefined;
        const [c, d, e] = richting === 1 ? [t, n, k] : [k, n, t];
        if (SP.test(text.slice(c.end, d.start)) && SP.test(text.slice(d.end, e.start))) return k;
      }
      return undefined;
    };
    for (let ronde = 0; ronde < 3; ronde++) {
      let nieuw = false;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t || !isNaam(t)) continue;
        for (const k of [buur(i, 1), buur(i, -1)]) {
          // a name in lower case has its list in lower case too: 'ouders jan en ria'
          const klein = !t.kap && k !== undefined && this.kanKleinNaamdeelZijn(k) && isVoornaam(k.tekst);
          if ((kandidaat(k) || klein) && k !== undefined && !isNaam(k)) {
            extra.push({ start: k.start, end: k.end });
            inNaam.add(k.start);
            nieuw = true;
          }
        }
      }
      if (!nieuw) break;
    }
    return extra;
  }

  /**
   * The token index where a name may start after token i when i is a greeting, sign-off or header ('Hoi',
   * 'Groet,', 'Met vriendelijke groet,', 'Van:' at the start of a line, '@'), else undefined.
   */
  private naKop(i: number): number | undefined {
    const { tokens } = this;
    const t = tokens[i];
    const volgende = tokens[i + 1];
    if (!t || !volgende) return undefined;
    const l = klein(t);
    const mail = MAILKOPPEN.has(l);
    if (!mail && (!AANHEF_EN_GROET.has(l) || LIJSTKOPPEN.has(l))) return undefined;
    const tussen = this.tussen(t, volgende);
    if (mail) return this.isRegelbegin(t) && /^:[ \u00a0\t]*$/.test(tussen) ? i + 1 : undefined;
    if (!NA_KOP.test(tussen)) return undefined;
    // 'dank' and 'bedankt' only as a sign-off ('Dank, Bas'), not in 'dank je wel'
    if ((l === 'dank' || l === 'bedankt') && !/[,!\n]/.test(tussen)) return undefined;
    return i + 1;
  }

  private isRegelbegin(t: Token): boolean {
    return t.start === 0 || /(?:^|\n)[ \t>]*$/.test(this.text.slice(Math.max(0, t.start - 8), t.start));
  }

  /** '@Femke', '@femke': a mention in a chat. */
  private isVermelding(i: number): boolean {
    const t = this.tokens[i];
    return (
      t !== undefined &&
      this.text[t.start - 1] === '@' &&
      !/[\p{L}\p{N}._-]/u.test(this.text[t.start - 2] ?? '')
    );
  }

  /**
   * A header such as 'Aanwezig:' (possibly 'Aanwezig bij het huisbezoek:') starts a list of people up to the
   * end of the line: each item ('Marloes (Buurtteam)', 'Gerda van Os', 'ondergetekende') is read as a name
   * from its first word.
   */
  private *lijstNaKop(i: number): Generator<Span> {
    const { tokens, text } = this;
    const t = tokens[i];
    if (!t) return;
    const regelEind = text.indexOf('\n', t.end);
    const eind = regelEind < 0 ? text.length : regelEind;
    const dubbelepunt = text.indexOf(':', t.end);
    if (dubbelepunt < 0 || dubbelepunt >= eind || dubbelepunt - t.end > 40) return;
    let diepte = 0;
    let itemBegin = true;
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k];
      if (!w || w.start >= eind) break;
      if (w.start < dubbelepunt) continue;
      for (const c of text.slice(Math.max(tokens[k - 1]?.end ?? 0, dubbelepunt), w.start)) {
        if (c === '(') diepte++;
        else if (c === ')') diepte = Math.max(0, diepte - 1);
        else if ((c === ',' || c === ';' || c === ':' || c === '/') && diepte === 0) itemBegin = true;
      }
      if (diepte > 0) continue;
      if (w.tekst === 'en' || w.tekst === 'of' || w.tekst === '&') {
        itemBegin = true;
        continue;
      }
      if (!itemBegin) continue;
      itemBegin = false;
      const naam = this.leesNaam(k, 'groet');
      const s = naam !== undefined ? this.span(k, naam) : undefined;
      if (s) yield { ...s, sterk: true };
    }
  }

  *regels(): Generator<Span> {
    const { tokens, text } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      const l = klein(t);
      const volgende = tokens[i + 1];

      // A. titles
      if (TITELS.has(l) && volgende && !t.kapitalen) {
        const isTitel =
          (!TITELS_MET_PUNT.has(l) || t.punt) &&
          (l !== 'heer' || tokens[i - 1]?.tekst.toLowerCase() === 'de');
        if (isTitel && NA_TITEL.test(this.tussen(t, volgende))) {
          const eind = this.leesNaam(i + 1, 'titel');
          const s = eind !== undefined ? this.span(i + 1, eind) : undefined;
          if (s) yield { ...s, sterk: true };
        }
      }

      // C. words for people, also with a verb between: 'moeder is Fatima', 'ouders zijn jan en ria'
      if (PERSOONSWOORDEN.has(l) && volgende && !t.kapitalen && NA_PERSOON.test(this.tussen(t, volgende))) {
        let k = i + 1;
        const erna = tokens[k + 1];
        if (KOPPELWERKWOORDEN.has(volgende.tekst) && erna && SPATIE.test(this.tussen(volgende, erna))) k++;
        const eind = this.leesNaam(k, 'persoon');
        const s = eind !== undefined ? this.span(k, eind) : undefined;
        if (s) yield { ...s, sterk: true };
      }

      // C3. who was spoken with, also in lower case: 'gesprek met bodine', 'gebeld met Karim'. A lower-case
      //     word counts only when it is on a list of names and no Dutch word ('gesprek met buurtteam').
      if (
        l === 'met' &&
        volgende &&
        SPATIE.test(this.tussen(t, volgende)) &&
        GESPREKSWOORDEN.has(tokens[i - 1] ? klein(tokens[i - 1]!) : '') &&
        SPATIE.test(this.tussen(tokens[i - 1]!, t)) &&
        !volgende.kap &&
        volgende.tekst.length >= 3 &&
        this.kanKleinNaamdeelZijn(volgende) &&
        !isGewoonOfSamengesteld(volgende.tekst) &&
        (isVoornaam(volgende.tekst) || isBekendeNaam(volgende.tekst)) &&
        !this.isDing(i + 1)
      ) {
        const eind = this.leesNaam(i + 1, 'persoon') ?? i + 2;
        const s = this.span(i + 1, eind);
        if (s) yield { ...s, sterk: true };
      }

      // C2. greetings, sign-offs and headers: 'Hoi Sanne', 'Groet,\nBas', 'Van: Bas Timmer', '@Femke'
      const kop = this.naKop(i);
      if (kop !== undefined) {
        const eind = this.leesNaam(kop, 'groet');
        const s = eind !== undefined ? this.span(kop, eind) : undefined;
        if (s) yield { ...s, sterk: true };
      }
      if (LIJSTKOPPEN.has(l) && (!MAILKOPPEN.has(l) || this.isRegelbegin(t))) yield* this.lijstNaKop(i);
      if (this.isVermelding(i)) {
        const eind = this.leesNaam(i, 'groet');
        const s = eind !== undefined ? this.span(i, eind) : undefined;
        if (s) yield { ...s, sterk: true };
      }

      // B. initials (only where a new initial sequence starts)
      if (this.isInitiaal(t)) {
        const vorige = tokens[i - 1];
        const vervolg = vorige && this.isInitiaal(vorige) && /^\.$/.test(this.tussen(vorige, t));
        if (!vervolg) {
          const eind = this.leesNaam(i, 'initialen');
          if (eind !== undefined && eind > i + 1) {
            const s = this.span(i, eind);
            if (s) yield { ...s, sterk: true };
          }
        }
      }

      // D. first names
      if (t.kap && !t.kapitalen) {
        let voornaam = isSterkeVoornaam(t.tekst);
        let bezitS = false;
        if (
          !voornaam &&
          t.tekst.endsWith('s') &&
          isSterkeVoornaam(t.tekst.slice(0, -1)) &&
          !isGewoonWoord(t.tekst)
        ) {
          voornaam = true;
          bezitS = true;
        }
        if (voornaam && this.kanNaamdeelZijn(t) && !this.isDing(i)) {
          if (bezitS) {
            yield { start: t.start, end: t.end - 1 };
          } else {
            const eind = this.leesNaam(i, 'voornaam') ?? i + 1;
            const dubbelzinnig = t.zinsbegin && isGewoonWoord(t.tekst);
            if (!dubbelzinnig || eind > i + 1) {
              const s = this.span(i, eind);
              if (s) yield s;
            }
          }
        }
      }

      // D2. a first name in lower case, on a list and no Dutch word: 'ouders zijn ahmed en naima', 'gr lotte'
      if (
        !t.kap &&
        t.tekst.length >= 3 &&
        isVoornaam(t.tekst) &&
        !isGewoonWoord(t.tekst) &&
        this.kanKleinNaamdeelZijn(t) &&
        !this.isDing(i)
      ) {
        let eind = i + 1;
        const achter = tokens[eind];
        if (
          achter &&
          SPATIE.test(this.tussen(t, achter)) &&
          this.kanKleinNaamdeelZijn(achter) &&
          isAchternaam(achter.tekst) &&
          !isGewoonWoord(achter.tekst)
        )
          eind++;
        const s = this.span(i, eind);
        if (s) yield s;
      }

      // D3. a capitalised word within a sentence that is on a list of names and no Dutch word, and nothing
      //     says it names a thing or place: 'gesprek met Bodine', 'overleg met Kowalczyk'
      if (
        t.kap &&
        !t.zinsbegin &&
        isBekendeNaam(t.tekst) &&
        !isPlaats(t.tekst) &&
        !isGewoonOfSamengesteld(t.tekst) &&
        this.kanNaamdeelZijn(t) &&
        !this.isDing(i)
      ) {
        const eind = this.leesNaam(i, 'voornaam') ?? i + 1;
        const s = this.span(i, eind);
        if (s) yield s;
      }

      // D4. a line that holds only a name, as under an e-mail or chat message: '…\nWim', 'Bas Timmer'
      if (t.kap && t.zinsbegin && isVoornaam(t.tekst) && this.isRegelbegin(t) && this.kanNaamdeelZijn(t)) {
        const eind = this.leesNaam(i, 'voornaam') ?? i + 1;
        const laatste = tokens[eind - 1];
        if (laatste && /^[ \t]*(?:\r?\n|$)/.test(text.slice(laatste.end))) {
          const s = this.span(i, eind);
          if (s) yield s;
        }
      }

      // E. listed surnames that are not ordinary words, with tussenvoegsel and first name before them
      if (t.kap && isSterkeAchternaam(t.tekst) && !isGewoonWoord(t.tekst) && !this.isBeschermd(t)) {
        let k = i;
        while (k > 0) {
          const v = tokens[k - 1];
          const n = tokens[k];
          if (!v || !n || !this.naast(v, n)) break;
          const vl = klein(v);
          if (TUSSENVOEGSELS.has(vl) && (!TUSSENVOEGSELS_NIET_ALLEEN.has(vl) || k < i)) k--;
          else if (k === i && this.naamachtig(v) && !(v.zinsbegin && isGewoonWoord(v.tekst))) k--;
          else {
            if (k < i && this.isVoornaamVoor(k)) k--;
            break;
          }
        }
        const s = this.span(k, i + 1);
        if (s) yield s;
      }

      // E2. listed surname written with its tussenvoegsel: 'De Boer', 'van Dijk', 'Van den Broek'
      if (TUSSENVOEGSELS.has(l)) {
        const vorige = tokens[i - 1];
        const binnenNaam = vorige && TUSSENVOEGSELS.has(klein(vorige)) && SPATIE.test(this.tussen(vorige, t));
        const tv = binnenNaam ? 0 : this.tussenLengte(i);
        const kern = tokens[i + tv];
        const laatste = tokens[i + tv - 1];
        if (tv > 0 && kern && laatste && kern.kap && SPATIE.test(this.tussen(laatste, kern))) {
          const voluit = `${tokens
            .slice(i, i + tv)
            .map(klein)
            .join(' ')} ${klein(kern)}`;
          if (isAchternaam(voluit) && (this.kanNaamdeelZijn(kern) || this.isAchternaamKern(kern, voluit))) {
            const s = this.span(this.isVoornaamVoor(i) ? i - 1 : i, i + tv + 1);
            if (s) yield s;
          }
        }
      }

      // F. capitalised non-dictionary word followed by an age
      if (
        this.kanNaamdeelZijn(t) &&
        LEEFTIJD_NA.test(text.slice(t.end, t.end + 14)) &&
        this.naamachtig(t, true)
      ) {
        let k = i;
        while (k > 0) {
          const v = tokens[k - 1];
          const n = tokens[k];
          if (!v || !n || !SPATIE.test(this.tussen(v, n))) break;
          const vl = klein(v);
          if ((TUSSENVOEGSELS.has(vl) && !TUSSENVOEGSELS_NIET_ALLEEN.has(vl)) || this.naamachtig(v, true))
            k--;
          else break;
        }
        const eerste = tokens[k];
        if (eerste && TUSSENVOEGSELS.has(klein(eerste)) && !eerste.kap) k++;
        const s = this.span(k, i + 1);
        if (s) yield s;
      }

      // F2. a name with its role or relation in parentheses: 'Tjitske (vriendin)', 'Joyce (moeder)',
      //     or with an age as a clause: 'Ruchama is 19 en …'
      if (this.kanNaamdeelZijn(t) && (isSterkeVoornaam(t.tekst) || this.naamachtig(t, true))) {
        const rol = ROL_NA.exec(text.slice(t.end, t.end + 30))?.[1] ?? '';
        if (PERSOONSWOORDEN.has(rol) || IS_LEEFTIJD_NA.test(text.slice(t.end, t.end + 24)))
          yield { start: t.start, end: t.end };
      }

      // G. two capitalised non-dictionary words in a row, optionally with a tussenvoegsel between
      //    ('Xandro Kowalczyk'), or an unknown word followed by a listed surname ('Hanneke Bos'); a listed
      //    name that is also an ordinary word ('Wijk', 'Roos') does not count as the first word
      if (volgende && this.onbekend(t)) {
        let j = i + 1;
        const tv = this.tussenLengte(j);
        j += tv;
        const kern = tokens[j];
        const voor = tokens[j - 1];
        const achternaam = kern !== undefined && isSterkeAchternaam(kern.tekst) && this.kanNaamdeelZijn(kern);
        if (kern && voor && SPATIE.test(this.tussen(voor, kern)) && (this.onbekend(kern) || achternaam)) {
          const s = this.span(i, j + 1);
          if (s) yield s;
        }
      }
    }
  }
}

interface BekendPatroon {
  patroon: RegExp;
  /** Lower-case tussenvoegsels that may stand before a surname match ('de' for 'de Vries'). */
  tussen?: RegExp;
  /** Single word that is also an ordinary Dutch word: skip it at the start of a sentence. */
  gewoon?: boolean;
  /** The whole name as registered. */
  heel?: boolean;
}

const patroonGeheugen = new Map<string, BekendPatroon[]>();

function kapitaliseer(w: string): string {
  return (w[0] ?? '').toUpperCase() + w.slice(1);
}

/** An abbreviation (GGZ, WMO, UWV): the table's shorthand for an organisation, never a name on its own. */
const AFKORTING = /^\p{Lu}{2,}$/u;

/**
 * The words of the tenant's own vocabulary (organisations, knelpunten, tables). A member registered as
 * "Chantal GGZ" makes the whole name a name; "GGZ" alone stays the organisation the table talks about.
 */
function woordenVan(woordenschat: readonly string[]): Set<string> {
  return new Set(
    woordenschat.flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 2),
  );
}

function bekendePatronen(namen: readonly string[], woordenschat: readonly string[]): BekendPatroon[] {
  const sleutel = `${namen.join('\u0000')}\u0001${woordenschat.join('\u0000')}`;
  const bewaard = patroonGeheugen.get(sleutel);
  if (bewaard) return bewaard;
  const eigen = woordenVan(woordenschat);
  const losTeHerkennen = (w: string) =>
    w.length >= 2 &&
    !FUNCTIEWOORDEN.has(w.toLowerCase()) &&
    !AFKORTING.test(w) &&
    !eigen.has(w.toLowerCase());
  const uit: BekendPatroon[] = [];
  for (const naam of namen) {
    const delen = naam.trim().split(/\s+/).filter(Boolean);
    const eerste = delen[0];
    if (!eerste) continue;
    if (delen.length > 1)
      uit.push({
        patroon: new RegExp(`${VOOR}${delen.map(escapeRegex).join('\\s+')}${NA}`, 'giu'),
        heel: true,
      });
    const losseWoorden: string[] = [];
    if (losTeHerkennen(eerste)) losseWoorden.push(kapitaliseer(eerste));
    if (delen.length > 1) {
      const rest = delen.slice(1);
      const tvs: string[] = [];
      while (rest.length > 1 && TUSSENVOEGSELS.has((rest[0] ?? '').toLowerCase()))
        tvs.push(rest.shift() ?? '');
      const kern = rest.join(' ');
      if (
        kern.includes(' ')
          ? kern.length >= 2 && !FUNCTIEWOORDEN.has(kern.toLowerCase())
          : losTeHerkennen(kern)
      ) {
        uit.push({
          patroon: new RegExp(`${VOOR}${escapeRegex(kapitaliseer(kern)).replace(/ /g, '\\s+')}${NA}`, 'gu'),
          ...(tvs.length
            ? { tussen: new RegExp(`${VOOR}${tvs.map(escapeRegex).join('\\s+')}\\s+$`, 'iu') }
            : {}),
          gewoon: !kern.includes(' ') && isGewoonWoord(kern),
        });
      }
    }
    for (const woord of losseWoorden) {
      uit.push({
        patroon: new RegExp(`${VOOR}${escapeRegex(woord)}${NA}`, 'gu'),
        gewoon: isGewoonWoord(woord),
      });
    }
  }
  if (patroonGeheugen.size > 32) patroonGeheugen.clear();
  patroonGeheugen.set(sleutel, uit);
  return uit;
}

function bekendeNamenSpans(text: string, namen: readonly string[], woordenschat: readonly string[]): Span[] {
  if (namen.length === 0) return [];
  const uit: Span[] = [];
  for (const { patroon, tussen, gewoon, heel } of bekendePatronen(namen, woordenschat)) {
    patroon.lastIndex = 0;
    for (const m of text.matchAll(patroon)) {
      let start = m.index ?? 0;
      if (gewoon && isZinsbegin(text, start)) continue;
      if (tussen) {
        const ervoor = text.slice(Math.max(0, start - 24), start);
        const tv = tussen.exec(ervoor);
        if (tv) start -= tv[0].length;
      }
      uit.push({ start, end: (m.index ?? 0) + m[0].length, bekend: true, ...(heel ? { heel } : {}) });
    }
  }
  return uit;
}

/**
 * Merge overlapping candidates into one span; drop those that lie inside an organisation or place. A
 * member's whole name is kept there ('Kees Zeist'), except inside the table's own vocabulary (`eigen`): a
 * member "Jan Pieter" does not make 'Jan Pieter Heijestichting' a person. One word of a member's name is
 * not kept: member "Jeroen de Boer" does not make 'het Jeroen Bosch Ziekenhuis' a person.
 */
function voegSamen(kandidaten: Span[], beschermd: readonly Bereik[], eigen: readonly Bereik[]): Span[] {
  const geldig = kandidaten.filter(
    (k) => k.end > k.start && !ligtBinnen(k.start, k.end, k.heel ? eigen : beschermd),
  );
  geldig.sort((a, b) => a.start - b.start || b.end - a.end);
  const uit: Span[] = [];
  for (const k of geldig) {
    const laatste = uit[uit.length - 1];
    if (laatste && k.start < laatste.end) {
      laatste.end = Math.max(laatste.end, k.end);
      laatste.bekend = laatste.bekend || k.bekend;
      laatste.heel = laatste.heel || k.heel;
    } else uit.push({ ...k });
  }
  return uit;
}
