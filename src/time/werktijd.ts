import { DateTime } from 'luxon';
import {
  isWerkdag,
  leesIsoDatum,
  leesKloktijd,
  verschuifDatum,
  type Werkkalender,
  werkurenPerDag,
} from './kalender.ts';

const MS_PER_UUR = 3_600_000;

// Far beyond any real termijn, but stops a calendar without working days
// (e.g. a huge extraVrijeDagen list) from spinning forever.
const MAX_DAGEN = 366 * 50;

interface Venster {
  begin: number;
  eind: number;
}

// Resolving a wall time in a zone is the slowest step per day; the answer for
// a given zone, day and time never changes. Cleared wholesale when large
// because entries are cheap to rebuild and an LRU is not worth its code.
const vensterCache = new Map<string, Venster>();
const MAX_CACHE = 20_000;

function wandtijd(isoDatum: string, minuten: number, zone: string): number {
  const { jaar, maand, dag } = leesIsoDatum(isoDatum);
  const dt = DateTime.fromObject(
    { year: jaar, month: maand, day: dag, hour: Math.floor(minuten / 60), minute: minuten % 60 },
    { zone },
  );
  if (!dt.isValid)
    throw new RangeError(`Kan ${isoDatum} niet plaatsen in zone '${zone}': ${dt.invalidReason}`);
  return dt.toMillis();
}

/** Working-time window of a day as instants, or null on a day off. */
function venster(isoDatum: string, kal: Werkkalender): Venster | null {
  if (!isWerkdag(isoDatum, kal)) return null;
  const sleutel = `${kal.zone}|${kal.van}|${kal.tot}|${isoDatum}`;
  const bekend = vensterCache.get(sleutel);
  if (bekend) return bekend;
  // Checked here rather than per call: an invalid kalender must fail before
  // anything is cached for it.
  werkurenPerDag(kal);
  // Both ends as real instants, so a window is measured in elapsed time; that
  // only differs from wall time if someone works through a DST change.
  const v: Venster = {
    begin: wandtijd(isoDatum, leesKloktijd(kal.van), kal.zone),
    eind: wandtijd(isoDatum, leesKloktijd(kal.tot), kal.zone),
  };
  if (vensterCache.size >= MAX_CACHE) vensterCache.clear();
  vensterCache.set(sleutel, v);
  return v;
}

function datumIn(ms: number, zone: string): string {
  const iso = DateTime.fromMillis(ms, { zone }).toISODate();
  if (iso === null) throw new RangeError(`Ongeldige zone '${zone}'`);
  return iso;
}

function alsMs(d: Date, naam: string): number {
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${naam} is geen geldig moment`);
  return ms;
}

// Rounded to whole milliseconds because Date cannot hold less, and so that
// 0.1 + 0.2 hours does not leave a 1e-13 ms remainder that spills a day over.
function urenAlsMs(uren: number): number {
  if (!Number.isFinite(uren) || uren < 0) {
    throw new RangeError(`Aantal werkuren moet een eindig getal >= 0 zijn, niet ${uren}`);
  }
  return Math.round(uren * MS_PER_UUR);
}

function teVeelDagen(): never {
  throw new Error(`Geen werktijd gevonden binnen ${MAX_DAGEN} dagen; klopt de werkkalender?`);
}

/*
 * Boundary choice for 0 hours: the closed window [van, tot] counts as inside,
 * so 0 hours from exactly 17:00 (or back from exactly 09:00) returns the moment
 * itself. That keeps a reminder "0 werkuren before" a 09:00 meeting on the
 * meeting, and makes both functions each other's inverse on the whole window.
 */

export function telWerkurenOp(start: Date, uren: number, kal: Werkkalender): Date {
  let t = alsMs(start, 'start');
  let rest = urenAlsMs(uren);
  let dag = datumIn(t, kal.zone);
  for (let i = 0; i < MAX_DAGEN; i++) {
    const v = venster(dag, kal);
    if (v && t <= v.eind) {
      const vanaf = Math.max(t, v.begin);
      const beschikbaar = v.eind - vanaf;
      // <= so a termijn that ends exactly at closing time ends at 17:00 that
      // day, not at 09:00 the next working day.
      if (rest <= beschikbaar) return new Date(vanaf + rest);
      rest -= beschikbaar;
      t = v.eind;
    }
    dag = verschuifDatum(dag, 1);
  }
  return teVeelDagen();
}

export function telWerkdagenOp(start: Date, dagen: number, kal: Werkkalender): Date {
  if (!Number.isFinite(dagen) || dagen < 0) {
    throw new RangeError(`Aantal werkdagen moet een eindig getal >= 0 zijn, niet ${dagen}`);
  }
  return telWerkurenOp(start, dagen * werkurenPerDag(kal), kal);
}

export function trekWerkurenAf(moment: Date, uren: number, kal: Werkkalender): Date {
  let t = alsMs(moment, 'moment');
  let rest = urenAlsMs(uren);
  let dag = datumIn(t, kal.zone);
  for (let i = 0; i < MAX_DAGEN; i++) {
    const v = venster(dag, kal);
    if (v && t >= v.begin) {
      const tot = Math.min(t, v.eind);
      const beschikbaar = tot - v.begin;
      // <= mirrors telWerkurenOp: 8 hours back from 17:00 is 09:00 the same
      // day, not 17:00 the working day before.
      if (rest <= beschikbaar) return new Date(tot - rest);
      rest -= beschikbaar;
      t = v.begin;
    }
    dag = verschuifDatum(dag, -1);
  }
  return teVeelDagen();
}

export function werkurenTussen(a: Date, b: Date, kal: Werkkalender): number {
  const van = alsMs(a, 'a');
  const tot = alsMs(b, 'b');
  if (tot < van) return -werkurenTussen(b, a, kal);
  const laatsteDag = datumIn(tot, kal.zone);
  let dag = datumIn(van, kal.zone);
  let ms = 0;
  // ISO dates compare correctly as strings.
  while (dag <= laatsteDag) {
    const v = venster(dag, kal);
    if (v) {
      const overlap = Math.min(tot, v.eind) - Math.max(van, v.begin);
      if (overlap > 0) ms += overlap;
    }
    dag = verschuifDatum(dag, 1);
  }
  return ms / MS_PER_UUR;
}
