// The search columns over a besluit's life: besluiten from before the register (the migration's backfill,
// then the start-up re-index), and the retention purge taking the title out of the index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { herindexeerBesluiten, indexeerCasus, ZOEKVERSIE } from '../../src/register/indexeren.ts';
import { zoekBesluiten } from '../../src/register/zoeken.ts';
import { type Diensten, inTransactie } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { leesMigraties, pasMigratiesToe } from '../../src/store/migraties.ts';
import { VOORBEELD_YAML } from '../helpers/database.ts';
import { LEDEN } from '../helpers/intake.ts';
import { TestKlok } from '../helpers/klok.ts';

describe('besluiten from before the register', () => {
  let db: Database;
  let d: Diensten;
  beforeAll(async () => {
    db = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    // The schema before the register; the job table, the audit trail and the columns the import writes as
    // the engine writes them today (the import plans jobs, records an event, sets languages and dates).
    const alle = leesMigraties();
    await pasMigratiesToe(db.ruw, [
      alle[0]!,
      ...['_jobgroep', '_auditvolgorde', '_taal', '_tafel_aangemaakt', '_crisisdienst'].map(
        (naam) => alle.find((m) => m.naam.endsWith(naam))!,
      ),
    ]);
    d = {
      db: db.prisma,
      klok: new TestKlok(new Date('2026-11-23T09:00:00Z')),
      privacy: nederlandsePrivacyPoort,
    };
    await importeerTafels(d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
    // Written as the engine did before the register existed (raw: the client already knows the new columns).
    await db.ruw.query(
      `INSERT INTO "Casus" (id, "tenantId", "tafelId", referentie, "indienerId", titel, situatie, "knelpuntId",
         leefgebieden, "gevraagdeOplossing", "kostenMaatwerkCent", "kostenNietsDoenCent", "kostenNietsDoenToelichting",
         urgentie, betrokkenheid, toestemming, status, ingediend, afgerond)
       SELECT 'c1', t."tenantId", t.id, 'MW-2026-0001', p.id, 'Twee gezinnen in één woning', 'Situatie.', k.id,
              ARRAY['wonen'], 'Oplossing.', 100000, 900000, 'Toelichting.', 'normaal', 'hoog', 'ja_vastgelegd',
              'besloten', now(), now()
         FROM "Tafel" t, "Persoon" p, "Knelpunt" k
        WHERE t.slug = 'citydeal-utrecht' AND p.sleutel = 'consulent' AND k.code = 'urgentie-woning'`,
    );
    await db.ruw.query(
      `INSERT INTO "Besluit" (id, "casusId", uitkomst, waarom, hoe, "kostenMaatwerkCent", "kostenNietsDoenCent",
         "genomenDoor", genomen)
       VALUES ('b1', 'c1', 'toegekend', 'Voorrang voorkomt opvang.', 'Urgentie voor een jaar.', 100000, 900000,
               'tafel', now())`,
    );
    await pasMigratiesToe(db.ruw);
  });
  afterAll(async () => {
    await db?.sluit();
  });

  it('are findable right after the migration, and complete after the start-up re-index', async () => {
    const b = await db.prisma.besluit.findUniqueOrThrow({ where: { id: 'b1' } });
    expect(b).toMatchObject({
      zoekversie: null,
      tafelId: expect.any(String),
      knelpuntId: expect.any(String),
    });
    expect((await zoekBesluiten(d, LEDEN.wi, { woorden: 'woning opvang' })).map((p) => p.besluitId)).toEqual([
      'b1',
    ]);
    // Without the base forms, a plural is not reached yet (searches use the base form).
    expect(await zoekBesluiten(d, LEDEN.wi, { woorden: 'gezinnen' })).toEqual([]);
    expect(await herindexeerBesluiten(d)).toBe(1);
    expect(await herindexeerBesluiten(d)).toBe(0);
    expect((await db.prisma.besluit.findUniqueOrThrow({ where: { id: 'b1' } })).zoekversie).toBe(ZOEKVERSIE);
    for (const woord of ['gezin', 'gezinnen'])
      expect((await zoekBesluiten(d, LEDEN.wi, { woorden: woord })).map((p) => p.besluitId)).toEqual(['b1']);
  });

  it('after the retention purge the title leaves the index; the reasoning stays findable', async () => {
    await db.prisma.casus.update({
      where: { id: 'c1' },
      data: { titel: '(gewist na bewaartermijn)', tekstGewist: new Date() },
    });
    await inTransactie(d, (tx) => indexeerCasus(tx, 'c1'));
    expect(await zoekBesluiten(d, LEDEN.wi, { woorden: 'gezinnen' })).toEqual([]);
    expect(await zoekBesluiten(d, LEDEN.wi, { woorden: 'gewist' })).toEqual([]);
    const [p] = await zoekBesluiten(d, LEDEN.wi, { woorden: 'voorrang opvang' });
    expect(p).toMatchObject({ besluitId: 'b1', titel: '(gewist na bewaartermijn)' });
  });
});
