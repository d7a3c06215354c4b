// Migration 20261209000000_wacht_op_aanvulling: a casus that waited for what its table requires (spelregels
// §4) used to be stored as `in_besluitronde` without a round; it gets its own status, and no other casus
// changes.
import { describe, expect, it } from 'vitest';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { openDatabase, type RuweVerbinding } from '../../src/store/database.ts';
import { leesMigraties, pasMigratiesToe } from '../../src/store/migraties.ts';
import { VOORBEELD_YAML } from '../helpers/database.ts';
import { TestKlok } from '../helpers/klok.ts';

/** A casus as the engine wrote it before the migration, with a first round or without one. */
async function casus(
  ruw: RuweVerbinding,
  id: string,
  status: string,
  opties: { ronde: boolean; urgentie?: string },
): Promise<void> {
  await ruw.query(
    `INSERT INTO "Casus" (id, "tenantId", "tafelId", referentie, "indienerId", titel, situatie, "gevraagdeOplossing",
       "kostenMaatwerkCent", "kostenNietsDoenCent", "kostenNietsDoenToelichting", urgentie, betrokkenheid,
       toestemming, status, ingediend)
     SELECT $1, t."tenantId", t.id, $2, p.id, 'Titel', 'Situatie', '', 0, 0, '', $3, 'onbekend', 'nog_niet', $4, now()
       FROM "Tafel" t, "Persoon" p
      WHERE t.slug = 'citydeal-utrecht' AND p.sleutel = 'consulent'`,
    [id, `MW-2026-${id.padStart(4, '0')}`, opties.urgentie ?? 'normaal', status],
  );
  if (opties.ronde)
    await ruw.query(
      `INSERT INTO "Besluitronde" (id, "casusId", volgnummer, geopend, deadline, "verwachteLidIds", status)
       VALUES ($1, $2, 1, now(), now(), ARRAY[]::text[], 'open')`,
      [`r${id}`, id],
    );
}

describe('the migration to the status wacht_op_aanvulling', () => {
  it('gives a casus in a round without one its own status, and leaves every other casus as it was', async () => {
    const db = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      const alle = leesMigraties();
      const tot = alle.findIndex((m) => m.naam.endsWith('_wacht_op_aanvulling'));
      expect(tot).toBeGreaterThan(0);
      await pasMigratiesToe(db.ruw, alle.slice(0, tot));
      const d = {
        db: db.prisma,
        klok: new TestKlok(new Date('2026-11-23T10:00:00Z')),
        privacy: nederlandsePrivacyPoort,
      };
      await importeerTafels(d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
      await casus(db.ruw, '1', 'in_besluitronde', { ronde: false });
      await casus(db.ruw, '2', 'in_besluitronde', { ronde: true });
      await casus(db.ruw, '3', 'bij_voorzitter', { ronde: true });
      await casus(db.ruw, '4', 'crisis_doorverwezen', { ronde: false, urgentie: 'crisis' });
      await casus(db.ruw, '5', 'ingetrokken', { ronde: false });

      expect(await pasMigratiesToe(db.ruw)).toEqual(alle.slice(tot).map((m) => m.naam));
      const na = await db.ruw.query<{ id: string; status: string }>(
        `SELECT id, status FROM "Casus" ORDER BY id`,
      );
      expect(na).toEqual([
        { id: '1', status: 'wacht_op_aanvulling' },
        { id: '2', status: 'in_besluitronde' },
        { id: '3', status: 'bij_voorzitter' },
        { id: '4', status: 'crisis_doorverwezen' },
        { id: '5', status: 'ingetrokken' },
      ]);
    } finally {
      await db.sluit();
    }
  });
});
