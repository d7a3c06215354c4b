import { DateTime } from 'luxon';

const ZONE = 'Europe/Amsterdam';

/** 'YYYY-MM-DD HH:MM' read as Amsterdam wall time, so expectations can be checked by hand. */
export function ams(wandtijd: string): Date {
  const dt = DateTime.fromFormat(wandtijd, 'yyyy-MM-dd HH:mm', { zone: ZONE });
  if (!dt.isValid) throw new Error(`Testhelper: ongeldige wandtijd '${wandtijd}'`);
  return dt.toJSDate();
}

/** The inverse of ams, so a failing assertion prints a readable Amsterdam time. */
export function alsAms(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');
}

/** Deterministic PRNG (mulberry32): property-style loops without flaky randomness. */
export function zaadgenerator(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
