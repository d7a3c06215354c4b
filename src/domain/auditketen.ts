// The audit chain's hash: SHA-256 over a canonical JSON of the event and the previous hash.
// Pure, so the verifier and the writer cannot drift apart.
import { createHash } from 'node:crypto';

export const BEGIN_HASH = '0'.repeat(64);

export interface AuditInhoud {
  positie: number;
  actie: string;
  actorSoort: string;
  actorId: string | null;
  casusRef: string | null;
  data: unknown;
  /** ISO 8601 with milliseconds, as stored. */
  moment: string;
  vorigeHash: string;
}

export function canoniek(waarde: unknown): string {
  if (waarde === null || typeof waarde !== 'object') return JSON.stringify(waarde ?? null);
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  const sleutels = Object.keys(waarde as Record<string, unknown>)
    .filter((k) => (waarde as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${sleutels.map((k) => `${JSON.stringify(k)}:${canoniek((waarde as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function auditHash(inhoud: AuditInhoud): string {
  return createHash('sha256').update(canoniek(inhoud)).digest('hex');
}

/** A digest of free text for the audit trail: proves what was said without keeping it. */
export function tekstDigest(tekst: string | null | undefined): string | null {
  if (tekst === null || tekst === undefined) return null;
  return createHash('sha256').update(tekst, 'utf8').digest('hex').slice(0, 32);
}

export interface KetenSchakel extends AuditInhoud {
  hash: string;
}

export type KetenOordeel =
  | { geldig: true; aantal: number }
  | { geldig: false; aantal: number; positie: number; reden: string };

/** Walks the chain in order and reports the first broken link. */
export function verifieerKeten(schakels: readonly KetenSchakel[]): KetenOordeel {
  let vorige = BEGIN_HASH;
  for (let i = 0; i < schakels.length; i++) {
    const s = schakels[i]!;
    if (s.positie !== i + 1)
      return {
        geldig: false,
        aantal: schakels.length,
        positie: i + 1,
        reden: 'ontbrekende of verschoven positie',
      };
    if (s.vorigeHash !== vorige)
      return { geldig: false, aantal: schakels.length, positie: s.positie, reden: 'vorige hash klopt niet' };
    const { hash, ...inhoud } = s;
    if (auditHash(inhoud) !== hash)
      return { geldig: false, aantal: schakels.length, positie: s.positie, reden: 'inhoud gewijzigd' };
    vorige = hash;
  }
  return { geldig: true, aantal: schakels.length };
}
