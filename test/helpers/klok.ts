import { DateTime } from 'luxon';
import type { Klok } from '../../src/services/context.ts';

/** Amsterdam wall time 'YYYY-MM-DD HH:MM' as an instant, so expected values read like a diary. */
export function ams(tekst: string): Date {
  const dt = DateTime.fromFormat(tekst, 'yyyy-MM-dd HH:mm', { zone: 'Europe/Amsterdam' });
  if (!dt.isValid) throw new Error(`ongeldige tijd ${tekst}`);
  return dt.toJSDate();
}

export class TestKlok implements Klok {
  constructor(private moment: Date) {}
  nu(): Date {
    return new Date(this.moment);
  }
  zet(moment: Date | string): void {
    this.moment = typeof moment === 'string' ? ams(moment) : new Date(moment);
  }
  verder(ms: number): void {
    this.moment = new Date(this.moment.getTime() + ms);
  }
}
