import Holidays from 'date-holidays';

export interface Werkkalender {
  zone: string;
  van: string;
  tot: string;
  bevrijdingsdag: boolean;
  goedeVrijdag: boolean;
  extraVrijeDagen: string[];
}

// Frozen because every module shares this one object; a stray push onto
// extraVrijeDagen would silently shift every deadline in the process.
export const standaardKalender: Werkkalender = Object.freeze({
  zone: 'Europe/Amsterdam',
  van: '09:00',
  tot: '17:00',
  // Cao Gemeenten gives 5 May off every year, not only in lustrum years.
  bevrijdingsdag: true,
  goedeVrijdag: false,
  extraVrijeDagen: Object.freeze([]) as unknown as string[],
});

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const KLOKTIJD = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface Datumdelen {
  jaar: number;
  maand: number;
  dag: number;
}

export function leesIsoDatum(isoDatum: string): Datumdelen {
  const m = ISO_DATUM.exec(isoDatum);
  if (m) {
    const jaar = Number(m[1]);
    const maand = Number(m[2]);
    const dag = Number(m[3]);
    // Round-trip through Date.UTC so 2026-02-30 is rejected instead of rolling over.
    const d = new Date(Date.UTC(jaar, maand - 1, dag));
    if (d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag) {
      return { jaar, maand, dag };
    }
  }
  throw new RangeError(`Ongeldige datum '${isoDatum}', verwacht YYYY-MM-DD`);
}

// Minutes since midnight; wall-clock minutes, so werkurenPerDag stays 8 on
// paper even though no municipality works on a DST-change Sunday anyway.
export function leesKloktijd(tijd: string): number {
  const m = KLOKTIJD.exec(tijd);
  if (!m) throw new RangeError(`Ongeldige tijd '${tijd}', verwacht HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function werkurenPerDag(kal: Werkkalender): number {
  const van = leesKloktijd(kal.van);
  const tot = leesKloktijd(kal.tot);
  if (tot <= van) throw new RangeError(`Werkdag eindigt (${kal.tot}) niet na het begin (${kal.van})`);
  return (tot - van) / 60;
}

// Civil-date arithmetic in UTC: a calendar date has no time zone, and UTC has
// no DST, so adding a day is always exactly one day.
export function verschuifDatum(isoDatum: string, dagen: number): string {
  const { jaar, maand, dag } = leesIsoDatum(isoDatum);
  return new Date(Date.UTC(jaar, maand - 1, dag + dagen)).toISOString().slice(0, 10);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdagVan(isoDatum: string): number {
  const { jaar, maand, dag } = leesIsoDatum(isoDatum);
  const d = new Date(Date.UTC(jaar, maand - 1, dag)).getUTCDay();
  return d === 0 ? 7 : d;
}

interface Jaarfeestdagen {
  publiek: Map<string, string>;
  goedeVrijdag: string;
  bevrijdingsdag: string;
}

let feestdagbron: Holidays | undefined;
const feestdagenPerJaar = new Map<number, Jaarfeestdagen>();

// date-holidays recomputes all rules on every call, which costs far more than
// the rest of a working-time calculation; a year's list never changes.
function feestdagenIn(jaar: number): Jaarfeestdagen {
  const bekend = feestdagenPerJaar.get(jaar);
  if (bekend) return bekend;
  feestdagbron ??= new Holidays('NL');
  const lijst = feestdagbron.getHolidays(jaar, 'nl');
  const publiek = new Map<string, string>();
  let goedeVrijdag: string | undefined;
  let pasen: string | undefined;
  for (const f of lijst) {
    const datum = f.date.slice(0, 10);
    // Matched on the rule rather than the type: these two are governed by our
    // own flags, even if a later date-holidays release retypes them as public.
    if (f.rule === 'easter -2') {
      goedeVrijdag = datum;
      continue;
    }
    if (f.rule === '05-05') continue;
    if (f.rule === 'easter') pasen = datum;
    if (f.type === 'public' && !publiek.has(datum)) publiek.set(datum, f.name);
  }
  if (!goedeVrijdag) {
    if (!pasen) throw new Error(`Geen Pasen gevonden voor ${jaar} in date-holidays`);
    goedeVrijdag = verschuifDatum(pasen, -2);
  }
  const jaarfeestdagen: Jaarfeestdagen = {
    publiek,
    goedeVrijdag,
    // A fixed date in the Cao; no need to depend on the library for it.
    bevrijdingsdag: `${String(jaar).padStart(4, '0')}-05-05`,
  };
  feestdagenPerJaar.set(jaar, jaarfeestdagen);
  return jaarfeestdagen;
}

/**
 * A day off other than the weekend. Separate from vrijeDag because a weekly
 * meeting may be planned on a weekday the weekend rule would otherwise hide.
 */
export function feestdag(isoDatum: string, kal: Werkkalender): string | null {
  const { jaar } = leesIsoDatum(isoDatum);
  const f = feestdagenIn(jaar);
  const publiek = f.publiek.get(isoDatum);
  if (publiek !== undefined) return publiek;
  if (kal.bevrijdingsdag && isoDatum === f.bevrijdingsdag) return 'Bevrijdingsdag';
  if (kal.goedeVrijdag && isoDatum === f.goedeVrijdag) return 'Goede Vrijdag';
  for (const extra of kal.extraVrijeDagen) {
    // Validated here because a typo such as '2026-5-15' would otherwise be
    // ignored without a trace and the brugdag counted as a working day.
    leesIsoDatum(extra);
    if (extra === isoDatum) return 'Extra vrije dag';
  }
  return null;
}

// A holiday name wins over 'Weekend' so Koningsdag 2025 (a Saturday) is
// reported as Koningsdag.
export function vrijeDag(isoDatum: string, kal: Werkkalender): string | null {
  const naam = feestdag(isoDatum, kal);
  if (naam !== null) return naam;
  return weekdagVan(isoDatum) >= 6 ? 'Weekend' : null;
}

export function isWerkdag(isoDatum: string, kal: Werkkalender): boolean {
  return vrijeDag(isoDatum, kal) === null;
}
