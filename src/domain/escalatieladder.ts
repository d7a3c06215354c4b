// Who is next when an escalation times out: chair → the meeting; bestuurder tier n → tier n+1 → the meeting.

import type { Escalatieniveau } from './woorden.ts';

export type { Escalatieniveau };

export type VolgendeStap = { soort: 'bestuurder'; trede: number } | { soort: 'vergadering' };

/** The first tier above `trede` that has anyone in it; the meeting when none is left. */
export function volgendeStap(
  niveau: Escalatieniveau,
  trede: number,
  beschikbareTreden: readonly number[],
): VolgendeStap {
  if (niveau === 'voorzitter') return { soort: 'vergadering' };
  const hoger = [...beschikbareTreden].filter((t) => t > trede).sort((a, b) => a - b);
  return hoger[0] !== undefined ? { soort: 'bestuurder', trede: hoger[0] } : { soort: 'vergadering' };
}

export function eersteTrede(beschikbareTreden: readonly number[]): number | null {
  const gesorteerd = [...beschikbareTreden].sort((a, b) => a - b);
  return gesorteerd[0] ?? null;
}
