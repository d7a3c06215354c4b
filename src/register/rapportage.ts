// The knelpunten report as a pure aggregation over one row per casus, so its figures can be checked by
// hand. Choices (stated once, here):
// - a casus counts in the period it was raised (ingediend), crises excepted: they never reach the table;
// - outcomes are those known when the report is made; undecided casussen count as "open";
// - costs are summed over granted besluiten (KOSTEN_UITKOMSTEN: toegekend, deels toegekend): what the
//   maatwerk cost against the estimated cost of doing nothing that it avoided. A partly granted besluit
//   counts the amount granted (Besluit.toegekendBedragCent); one taken before the forms asked for it, the
//   amount requested. Every cost label says so (kostenUitkomsten);
// - time to besluit is in werkuren (the tenant's working hours, Dutch holidays excluded), median over
//   decided casussen: the deadlines of the table run in that same time.
import type { KnelpuntCijfers, Rapport } from '../domain/register.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';

export type { KnelpuntCijfers, Rapport } from '../domain/register.ts';

import { label, UITKOMSTEN } from '../domain/woorden.ts';
import { LOCALE, STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import { type Werkkalender, werkurenTussen } from '../time/index.ts';

export interface RapportRij {
  knelpuntCode: string | null;
  /** Catalogue name; null for a knelpunt described in the submitter's own words. */
  knelpuntNaam: string | null;
  status: string;
  ingediend: Date;
  besluit: {
    uitkomst: BesluitUitkomst;
    genomen: Date;
    kostenMaatwerkCent: number;
    kostenNietsDoenCent: number;
    /** With deels_toegekend: the amount granted; null when not recorded (older besluiten). */
    toegekendBedragCent: number | null;
    evaluatieGewerkt: boolean | null;
    openToezeggingen: number;
    verlopenToezeggingen: number;
  } | null;
}

/** The heading of the knelpunten described in the submitter's own words (Dutch; see `naamVan`). */
export const EIGEN_OMSCHRIJVING = tekst('nl', 'rapport.eigen_omschrijving');

/** The language the report is written in: its tenant's. */
export const rapportTaal = (rapport: Rapport): Taal => rapport.tenant.taal ?? STANDAARDTAAL;

const isEigenOmschrijving = (k: KnelpuntCijfers) =>
  k.knelpunt.code === null &&
  (k.knelpunt.naam === EIGEN_OMSCHRIJVING || k.knelpunt.naam === tekst('en', 'rapport.eigen_omschrijving'));

/**
 * The name of a row as a reader of `taal` sees it: the total and the own descriptions are the report's
 * words, in that language; a knelpunt from the catalogue keeps the name the tables file gives it.
 */
export function naamVan(k: KnelpuntCijfers, rapport: Rapport, taal: Taal): string {
  if (k === rapport.totaal) return tekst(taal, 'rapport.totaal');
  if (isEigenOmschrijving(k)) return tekst(taal, 'rapport.eigen_omschrijving');
  return k.knelpunt.naam;
}

/** A report day (YYYY-MM-DD) as a reader writes it: 1-3-2026 in Dutch, 1 Mar 2026 in English. */
export function datumTekst(iso: string, taal: Taal): string {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (taal === 'nl') return `${d}-${m}-${j}`;
  return new Intl.DateTimeFormat(LOCALE[taal], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(j, m - 1, d)));
}

/** A figure with one decimal, with the decimal sign of the language and no thousands separator. */
export const decimaal = (n: number, taal: Taal): string =>
  taal === 'nl' ? String(n).replace('.', ',') : String(n);

/** The outcomes whose costs the report counts: the maatwerk that was granted, whole or in part. */
export const KOSTEN_UITKOMSTEN = [
  'toegekend',
  'deels_toegekend',
] as const satisfies readonly BesluitUitkomst[];

/** Those outcomes as words in a sentence of `taal`: "toegekend of deels toegekend". */
export const kostenUitkomsten = (taal: Taal): string =>
  new Intl.ListFormat(LOCALE[taal], { type: 'disjunction' }).format(
    KOSTEN_UITKOMSTEN.map((u) => label(u, taal).toLocaleLowerCase(LOCALE[taal])),
  );

/** The cost of the maatwerk a besluit counts for: the amount granted with a partial grant, if recorded. */
export function maatwerkKostenCent(b: NonNullable<RapportRij['besluit']>): number {
  if (!(KOSTEN_UITKOMSTEN as readonly string[]).includes(b.uitkomst)) return 0;
  if (b.uitkomst === 'deels_toegekend' && b.toegekendBedragCent !== null) return b.toegekendBedragCent;
  return b.kostenMaatwerkCent;
}

function leeg(knelpunt: { code: string | null; naam: string }): KnelpuntCijfers {
  return {
    knelpunt,
    casussen: 0,
    uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, 0])) as Record<BesluitUitkomst, number>,
    open: 0,
    ingetrokken: 0,
    kostenMaatwerkCent: 0,
    kostenNietsDoenCent: 0,
    mediaanWerkuren: null,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 0 },
  };
}

export function mediaan(waarden: readonly number[]): number | null {
  if (waarden.length === 0) return null;
  const s = [...waarden].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const eenDecimaal = (n: number) => Math.round(n * 10) / 10;

function tel(c: KnelpuntCijfers, r: RapportRij, doorlooptijden: number[], werkuren: number | null) {
  c.casussen++;
  const b = r.besluit;
  if (!b) {
    if (r.status === 'ingetrokken') c.ingetrokken++;
    else c.open++;
    return;
  }
  c.uitkomsten[b.uitkomst]++;
  doorlooptijden.push(werkuren!);
  c.toezeggingen.open += b.openToezeggingen;
  c.toezeggingen.verlopen += b.verlopenToezeggingen;
  if ((KOSTEN_UITKOMSTEN as readonly string[]).includes(b.uitkomst)) {
    c.kostenMaatwerkCent += maatwerkKostenCent(b);
    c.kostenNietsDoenCent += b.kostenNietsDoenCent;
    // Only granted maatwerk is evaluated (the follow-up asks after a grant).
    if (b.evaluatieGewerkt === true) c.evaluaties.gewerkt++;
    else if (b.evaluatieGewerkt === false) c.evaluaties.nietGewerkt++;
    else c.evaluaties.nogNiet++;
  }
}

export function aggregeer(
  rijen: readonly RapportRij[],
  kalender: Werkkalender,
  taal: Taal = STANDAARDTAAL,
): { knelpunten: KnelpuntCijfers[]; totaal: KnelpuntCijfers } {
  const perKnelpunt = new Map<string, { cijfers: KnelpuntCijfers; tijden: number[] }>();
  const totaal = leeg({ code: null, naam: tekst(taal, 'rapport.totaal') });
  const eigen = tekst(taal, 'rapport.eigen_omschrijving');
  const totaalTijden: number[] = [];
  for (const r of rijen) {
    // Once per casus: werkurenTussen is the costly step of a large report (~20 µs a span).
    const werkuren = r.besluit ? werkurenTussen(r.ingediend, r.besluit.genomen, kalender) : null;
    const sleutel = r.knelpuntNaam === null ? '\0eigen' : (r.knelpuntCode ?? r.knelpuntNaam);
    let groep = perKnelpunt.get(sleutel);
    if (!groep) {
      groep = {
        cijfers: leeg(
          r.knelpuntNaam === null
            ? { code: null, naam: eigen }
            : { code: r.knelpuntCode, naam: r.knelpuntNaam },
        ),
        tijden: [],
      };
      perKnelpunt.set(sleutel, groep);
    }
    tel(groep.cijfers, r, groep.tijden, werkuren);
    tel(totaal, r, totaalTijden, werkuren);
  }
  const knelpunten = [...perKnelpunt.values()].map(({ cijfers, tijden }) => {
    const m = mediaan(tijden);
    return { ...cijfers, mediaanWerkuren: m === null ? null : eenDecimaal(m) };
  });
  // Own descriptions last: they are many different things under one heading.
  knelpunten.sort(
    (a, b) =>
      Number(isEigenOmschrijving(a)) - Number(isEigenOmschrijving(b)) ||
      b.casussen - a.casussen ||
      a.knelpunt.naam.localeCompare(b.knelpunt.naam, LOCALE[taal]),
  );
  const m = mediaan(totaalTijden);
  return { knelpunten, totaal: { ...totaal, mediaanWerkuren: m === null ? null : eenDecimaal(m) } };
}
