// The warm-up runs a complete intake and leaves nothing of it behind.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proefIntake, terugdraaiend, warmOp } from '../../src/bewaking/opwarmen.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

const TABELLEN = [
  'Casus',
  'Besluitronde',
  'AuditEvent',
  'AuditKop',
  'OutboxBericht',
  'Job',
  'ReferentieTeller',
  'VerwerktVerzoek',
  'Persoon',
];

describe.each(SOORTEN)('warm-up (%s)', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  async function telling() {
    const uit: Record<string, unknown> = {};
    for (const tabel of TABELLEN) {
      const [rij] = await o.db.ruw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tabel}"`);
      uit[tabel] = rij!.n;
    }
    const [kop] = await o.db.ruw.query<{ hash: string }>(
      `SELECT string_agg(hash, ',') AS hash FROM "AuditKop"`,
    );
    uit.kop = kop!.hash;
    return uit;
  }

  it('rolls back everything a use case wrote, and only that', async () => {
    const voor = await telling();
    // The same intake on the rolling-back services runs all the way and returns what a real one returns.
    const proef = await raiseCasus(terugdraaiend(o.d), consulent, intake(), { verzoek: 'proef:1' });
    expect(proef.referentie).toBe('MW-2026-0001');
    expect(await telling()).toEqual(voor);
    // What a real intake leaves, so the comparison above can fail: the reference number was not used up.
    const echt = await raiseCasus(o.d, consulent, intake());
    expect(echt.referentie).toBe('MW-2026-0001');
    expect(await telling()).not.toEqual(voor);
  });

  it('warms up with a rolled-back intake of someone who exists, and says what each step took', async () => {
    const voor = await telling();
    const regels: string[] = [];
    const log = maakLogboek(
      'info',
      new Writable({
        write(c, _e, klaar) {
          regels.push(String(c));
          klaar();
        },
      }),
    );
    let slack = 0;
    const verslag = await warmOp(o.d, log, {
      slack: async () => {
        slack++;
      },
      kapot: async () => {
        throw new Error('stap kapot');
      },
    });
    expect(verslag.stappen).toMatchObject({
      privacy: expect.any(Number),
      intake: expect.any(Number),
      slack: expect.any(Number),
      kapot: 'mislukt',
    });
    expect(slack).toBe(1);
    expect(regels.join('')).toContain('opwarmen: stap mislukt');
    expect(await telling()).toEqual(voor);
  });
});

describe('warm-up on an empty database', () => {
  it('skips the intake when there is no one to raise it', async () => {
    const db = await openDatabase({ soort: 'pglite-geheugen' });
    try {
      const d = {
        db: db.prisma,
        klok: { nu: () => new Date() },
        privacy: { scan: () => ({ vondsten: [], suggestie: '' }) },
      };
      expect(await proefIntake(d)).toBe(false);
      expect((await warmOp(d, maakLogboek('silent'))).stappen.intake).toBe('overgeslagen');
    } finally {
      await db.sluit();
    }
  });
});
