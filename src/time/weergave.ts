import { DateTime } from 'luxon';

const STANDAARDZONE = 'Europe/Amsterdam';

// Fixed tables instead of Intl: Intl's Dutch output ("do 27 nov.") carries
// dots and varies with the ICU build, and these strings end up in messages
// and tests that must not shift under a Node upgrade.
const WEEKDAGEN = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const;
const MAANDEN = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

function lokaal(moment: Date, zone: string): DateTime<true> {
  const dt = DateTime.fromJSDate(moment, { zone });
  if (!dt.isValid) throw new RangeError(`Kan moment niet weergeven in zone '${zone}': ${dt.invalidReason}`);
  return dt;
}

function dagEnMaand(dt: DateTime<true>, taal: 'nl' | 'en'): string {
  return `${WEEKDAGEN[taal][dt.weekday - 1]} ${dt.day} ${MAANDEN[taal][dt.month - 1]}`;
}

export function formatteerMoment(
  moment: Date,
  taal: 'nl' | 'en' = 'nl',
  zone: string = STANDAARDZONE,
): string {
  const dt = lokaal(moment, zone);
  return `${dagEnMaand(dt, taal)} ${dt.toFormat('HH:mm')}`;
}

export function formatteerDatum(
  moment: Date,
  taal: 'nl' | 'en' = 'nl',
  zone: string = STANDAARDZONE,
): string {
  const dt = lokaal(moment, zone);
  return `${dagEnMaand(dt, taal)} ${dt.year}`;
}

export function amsterdamJaar(moment: Date): number {
  return lokaal(moment, STANDAARDZONE).year;
}

/** Midnight at the start of an Amsterdam calendar day ('2026-03-29' → 2026-03-28T23:00Z). */
export function amsterdamDag(isoDatum: string): Date {
  const dt = DateTime.fromISO(isoDatum, { zone: 'Europe/Amsterdam' }).startOf('day');
  if (!dt.isValid) throw new RangeError(`ongeldige datum ${isoDatum}`);
  return dt.toJSDate();
}

/** A wall-clock time on an Amsterdam calendar day ('2026-10-25', '17:00'), DST-correct. */
export function amsterdamTijdstip(isoDatum: string, tijd: string): Date {
  const dt = DateTime.fromISO(`${isoDatum}T${tijd}`, { zone: 'Europe/Amsterdam' });
  if (!dt.isValid) throw new RangeError(`ongeldig tijdstip ${isoDatum} ${tijd}`);
  return dt.toJSDate();
}
