import { DateTime } from 'luxon';
import { feestdag, leesKloktijd, type Werkkalender } from './kalender.ts';
import { telWerkdagenOp, telWerkurenOp, trekWerkurenAf } from './werktijd.ts';

export type Termijn =
  | { soort: 'werkdagen'; aantal: number }
  | { soort: 'werkuren'; aantal: number }
  | { soort: 'voor_vergadering'; minimaalWerkuren: number };

export interface Vergaderschema {
  weekdag: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  tijd: string;
}

// Ten years of weekly meetings: only a calendar that cancels every single one
// can exhaust this.
const MAX_WEKEN = 520;

function eersteVergaderingNa(grens: number, schema: Vergaderschema, kal: Werkkalender): Date {
  if (!Number.isInteger(schema.weekdag) || schema.weekdag < 1 || schema.weekdag > 7) {
    throw new RangeError(`Ongeldige vergaderdag ${schema.weekdag}, verwacht 1 (maandag) t/m 7 (zondag)`);
  }
  const minuten = leesKloktijd(schema.tijd);
  const lokaal = DateTime.fromMillis(grens, { zone: kal.zone });
  if (!lokaal.isValid) throw new RangeError(`Ongeldige zone '${kal.zone}'`);
  // Built from the calendar date each week, not by adding 7×24 h, so the
  // meeting stays at 14:00 wall time across a DST change.
  let dag = lokaal.startOf('day').plus({ days: (schema.weekdag - lokaal.weekday + 7) % 7 });
  for (let i = 0; i <= MAX_WEKEN; i++) {
    const vergadering = dag.set({ hour: Math.floor(minuten / 60), minute: minuten % 60 });
    const iso = dag.toISODate();
    // Only holidays cancel a meeting; the weekend rule does not, so a
    // schema on a Saturday still works.
    if (vergadering.toMillis() > grens && iso !== null && feestdag(iso, kal) === null) {
      return vergadering.toJSDate();
    }
    dag = dag.plus({ weeks: 1 });
  }
  throw new Error(`Geen vergadering gevonden binnen ${MAX_WEKEN} weken`);
}

export function volgendeVergadering(na: Date, schema: Vergaderschema, kal: Werkkalender): Date {
  const ms = na.getTime();
  if (Number.isNaN(ms)) throw new RangeError('na is geen geldig moment');
  return eersteVergaderingNa(ms, schema, kal);
}

function controleerAantal(aantal: number, naam: string): void {
  if (!Number.isFinite(aantal) || aantal < 0) {
    throw new RangeError(`${naam} moet een eindig getal >= 0 zijn, niet ${aantal}`);
  }
}

export function berekenDeadline(
  geopend: Date,
  termijn: Termijn,
  kal: Werkkalender,
  schema?: Vergaderschema,
): Date {
  switch (termijn.soort) {
    case 'werkdagen':
      controleerAantal(termijn.aantal, 'aantal werkdagen');
      return telWerkdagenOp(geopend, termijn.aantal, kal);
    case 'werkuren':
      controleerAantal(termijn.aantal, 'aantal werkuren');
      return telWerkurenOp(geopend, termijn.aantal, kal);
    case 'voor_vergadering': {
      if (!schema) throw new Error("Termijn 'voor_vergadering' vraagt een vergaderschema");
      controleerAantal(termijn.minimaalWerkuren, 'minimaalWerkuren');
      // werkurenTussen(geopend, t) only grows with t, and telWerkurenOp gives
      // the earliest t where it reaches the minimum; so the answer is the
      // first meeting at or after that instant (and never at the opening).
      const vroegst = telWerkurenOp(geopend, termijn.minimaalWerkuren, kal).getTime();
      const grens = Math.max(vroegst - 1, geopend.getTime());
      return eersteVergaderingNa(grens, schema, kal);
    }
    default: {
      const onbekend: never = termijn;
      throw new Error(`Onbekende termijnsoort ${JSON.stringify(onbekend)}`);
    }
  }
}

export function herinneringsmomenten(
  geopend: Date,
  deadline: Date,
  werkurenVoorDeadline: number[],
  kal: Werkkalender,
): Date[] {
  const open = geopend.getTime();
  if (Number.isNaN(open)) throw new RangeError('geopend is geen geldig moment');
  const uniek = new Set<number>();
  for (const uren of werkurenVoorDeadline) {
    const ms = trekWerkurenAf(deadline, uren, kal).getTime();
    if (ms > open) uniek.add(ms);
  }
  return [...uniek].sort((x, y) => x - y).map((ms) => new Date(ms));
}
