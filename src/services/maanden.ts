import { DateTime } from 'luxon';

/** Calendar months later in Amsterdam wall time (review dates: "over drie maanden"). */
export function addMonths(moment: Date, maanden: number): Date {
  return DateTime.fromJSDate(moment, { zone: 'Europe/Amsterdam' }).plus({ months: maanden }).toJSDate();
}
