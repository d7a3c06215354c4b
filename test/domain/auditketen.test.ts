import { describe, expect, it } from 'vitest';
import {
  auditHash,
  BEGIN_HASH,
  canoniek,
  type KetenSchakel,
  verifieerKeten,
} from '../../src/domain/auditketen.ts';

function keten(n: number): KetenSchakel[] {
  const schakels: KetenSchakel[] = [];
  let vorige = BEGIN_HASH;
  for (let i = 1; i <= n; i++) {
    const inhoud = {
      positie: i,
      actie: i % 2 ? 'reactie_gegeven' : 'ronde_gesloten',
      actorSoort: 'persoon',
      actorId: `p${i}`,
      casusRef: 'MW-2026-0001',
      data: { keuze: 'akkoord', revisie: i },
      moment: new Date(Date.UTC(2026, 10, 23, 9, i)).toISOString(),
      vorigeHash: vorige,
    };
    const hash = auditHash(inhoud);
    schakels.push({ ...inhoud, hash });
    vorige = hash;
  }
  return schakels;
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canoniek({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canoniek({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });
  it('an untouched chain verifies', () => {
    expect(verifieerKeten(keten(10))).toEqual({ geldig: true, aantal: 10 });
  });
  it.each([
    [
      'changed data',
      (k: KetenSchakel[]) => (k[4]!.data = { keuze: 'niet_akkoord', revisie: 5 }),
      5,
      'inhoud gewijzigd',
    ],
    ['changed actor', (k: KetenSchakel[]) => (k[2]!.actorId = 'iemand-anders'), 3, 'inhoud gewijzigd'],
    [
      'changed time',
      (k: KetenSchakel[]) => (k[7]!.moment = new Date(0).toISOString()),
      8,
      'inhoud gewijzigd',
    ],
    ['removed event', (k: KetenSchakel[]) => k.splice(3, 1), 4, 'ontbrekende of verschoven positie'],
    [
      'rehashed event breaks the next link',
      (k: KetenSchakel[]) => {
        const { hash: _h, ...inhoud } = k[5]!;
        inhoud.data = { vervalst: true };
        k[5] = { ...inhoud, hash: auditHash(inhoud) };
      },
      7,
      'vorige hash klopt niet',
    ],
  ])('detects %s at the first broken link', (_naam, knoei, positie, reden) => {
    const k = keten(10);
    knoei(k);
    expect(verifieerKeten(k)).toMatchObject({ geldig: false, positie, reden });
  });
});

// The database computes the chain from the prefix (services/audit.ts): the same hash as the verifier's.
