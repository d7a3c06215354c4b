// Tamper detection on the stored trail: the database refuses edits; someone who bypasses that is caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifieerAudit } from '../../src/services/auditverificatie.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { respond } from '../../src/services/ronde.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';

describe.each(SOORTEN)('audit trail on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort);
    const c = await raiseCasus(o.d, consulent, intake());
    await respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await respond(o.d, LEDEN.ggz, c.referentie, { keuze: 'niet_akkoord', reden: 'Niet akkoord.' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('holds digests and references, never the free text', async () => {
    const events = await o.db.prisma.auditEvent.findMany();
    const alles = JSON.stringify(events);
    expect(alles).not.toContain('verstandelijke beperking');
    expect(alles).not.toContain('Niet akkoord.');
    expect(events.map((e) => e.actie)).toEqual(
      expect.arrayContaining(['tafels_geimporteerd', 'casus_ingediend', 'ronde_geopend', 'reactie_gegeven']),
    );
  });

  it('refuses updates and deletes at the database level', async () => {
    await expect(o.db.ruw.query(`UPDATE "AuditEvent" SET actie = 'x'`)).rejects.toThrow(/append-only/);
    await expect(o.db.ruw.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it('finds the first broken link after a superuser edits history behind the trigger', async () => {
    expect((await verifieerAudit(o.d))[0]!.oordeel.geldig).toBe(true);
    await o.db.ruw.script(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_alleen_toevoegen;
      UPDATE "AuditEvent" SET data = jsonb_set(data, '{keuze}', '"akkoord"') WHERE actie = 'reactie_gegeven' AND data->>'keuze' = 'niet_akkoord';
      ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_alleen_toevoegen;`);
    const [rij] = await o.db.ruw.query<{ positie: number }>(
      `SELECT positie FROM "AuditEvent" WHERE actie = 'reactie_gegeven' ORDER BY positie DESC LIMIT 1`,
    );
    const oordeel = (await verifieerAudit(o.d))[0]!.oordeel;
    expect(oordeel).toMatchObject({ geldig: false, positie: rij!.positie, reden: 'inhoud gewijzigd' });
  });

  it('notices a truncated tail', async () => {
    await o.db.ruw.script(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_alleen_toevoegen;
      DELETE FROM "AuditEvent" WHERE positie = (SELECT max(positie) FROM "AuditEvent");
      ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_alleen_toevoegen;`);
    const oordeel = (await verifieerAudit(o.d))[0]!.oordeel;
    expect(oordeel.geldig).toBe(false);
  });
});
