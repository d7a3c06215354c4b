// Tamper detection on the stored trail: the database refuses edits; someone who bypasses that is caught,
// also when they recompute the hashes or cut the tail off and move the head back (the signed anchors).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Anker, auditSleutel } from '../../src/domain/auditanker.ts';
import { auditHash, BEGIN_HASH } from '../../src/domain/auditketen.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { schrijfAudit } from '../../src/services/audit.ts';
import { type AnkerInstellingen, zetAnkers } from '../../src/services/auditanker.ts';
import { controleerAnkerbestand, verifieerAudit } from '../../src/services/auditverificatie.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { inTransactie } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { openDatabase } from '../../src/store/database.ts';
import { leesMigraties, pasMigratiesToe } from '../../src/store/migraties.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';
import { TestKlok } from '../helpers/klok.ts';

const zonderTrigger = (sql: string) => `ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_alleen_toevoegen;
  ${sql};
  ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_alleen_toevoegen;`;

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
    const alles = JSON.stringify(events, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
    expect(alles).not.toContain('verstandelijke beperking');
    expect(alles).not.toContain('Niet akkoord.');
    expect(events.map((e) => e.actie)).toEqual(
      expect.arrayContaining(['tafels_geimporteerd', 'casus_ingediend', 'ronde_geopend', 'reactie_gegeven']),
    );
  });

  it('chains events after commit, in insertion order, and reports those still waiting', async () => {
    const voor = await o.db.prisma.auditEvent.findMany({ orderBy: { volgnummer: 'asc' } });
    expect(voor.every((e) => e.positie === null && e.hash === null)).toBe(true);
    const [wacht] = await verifieerAudit(o.d);
    expect(wacht).toMatchObject({
      oordeel: { geldig: true, aantal: 0 },
      ongeketend: { aantal: voor.length },
    });
    // Waiting too long (the sequencer is not running) fails the check.
    o.klok.verder(6 * 60_000);
    const [oud] = await verifieerAudit(o.d);
    expect(oud!.oordeel).toMatchObject({ geldig: false });
    expect(oud!.oordeel.geldig || oud!.oordeel.reden).toMatch(/nog niet geketend.*langer dan 5 minuten/);

    expect(await ketenAudit(o.d)).toBe(voor.length);
    expect(await ketenAudit(o.d)).toBe(0);
    const na = await o.db.prisma.auditEvent.findMany({ orderBy: { volgnummer: 'asc' } });
    expect(na.map((e) => e.positie)).toEqual(na.map((_, i) => i + 1));
    expect((await verifieerAudit(o.d))[0]).toMatchObject({
      oordeel: { geldig: true, aantal: voor.length },
      ongeketend: { aantal: 0 },
    });
  });

  it('refuses updates and deletes at the database level, also of events not chained yet', async () => {
    await expect(o.db.ruw.query(`UPDATE "AuditEvent" SET actie = 'x'`)).rejects.toThrow(/append-only/);
    await expect(o.db.ruw.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await respond(o.d, LEDEN.buurtteam, (await o.db.prisma.casus.findFirstOrThrow()).referentie, {
      keuze: 'akkoord',
      reden: 'Akkoord.',
    });
    await expect(o.db.ruw.query(`UPDATE "AuditEvent" SET data = '{}' WHERE positie IS NULL`)).rejects.toThrow(
      /append-only/,
    );
    // A chained event cannot be chained again elsewhere.
    await expect(o.db.ruw.query(`UPDATE "AuditEvent" SET positie = positie + 100`)).rejects.toThrow(
      /append-only/,
    );
    await ketenAudit(o.d);
  });

  it('finds the first broken link after a superuser edits history behind the trigger', async () => {
    expect((await verifieerAudit(o.d))[0]!.oordeel.geldig).toBe(true);
    await o.db.ruw.script(
      zonderTrigger(
        `UPDATE "AuditEvent" SET data = jsonb_set(data, '{keuze}', '"akkoord"') WHERE actie = 'reactie_gegeven' AND data->>'keuze' = 'niet_akkoord'`,
      ),
    );
    const [rij] = await o.db.ruw.query<{ positie: number }>(
      `SELECT positie FROM "AuditEvent" WHERE actie = 'reactie_gegeven' AND data->>'revisie' = '1' ORDER BY positie DESC LIMIT 1 OFFSET 1`,
    );
    const oordeel = (await verifieerAudit(o.d))[0]!.oordeel;
    expect(oordeel).toMatchObject({ geldig: false, positie: rij!.positie, reden: 'inhoud gewijzigd' });
  });

  it('notices a truncated tail', async () => {
    await o.db.ruw.script(
      zonderTrigger(`DELETE FROM "AuditEvent" WHERE positie = (SELECT max(positie) FROM "AuditEvent")`),
    );
    const oordeel = (await verifieerAudit(o.d))[0]!.oordeel;
    expect(oordeel.geldig).toBe(false);
  });
});

describe.each(SOORTEN)('audit anchors outside the database on %s', (soort) => {
  let o: TestOmgeving;
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-anker-'));
  const anker: AnkerInstellingen = {
    sleutel: auditSleutel(Buffer.from('een-geheim-van-minstens-tweeëndertig-tekens')),
    bestand: path.join(map, 'ankers.jsonl'),
  };
  let eerste: Anker;
  let tweede: Anker;

  /** What a superuser can do without the key: rewrite from `vanaf` on and recompute every hash after it. */
  async function herschrijfVanaf(vanaf: number) {
    const events = await o.db.prisma.auditEvent.findMany({ orderBy: { positie: 'asc' } });
    const statements: string[] = [];
    let vorige = events[vanaf - 2]!.hash!;
    for (const e of events.slice(vanaf - 1)) {
      const data = e.positie === vanaf ? { ...(e.data as object), vervalst: true } : e.data;
      const hash = auditHash({
        positie: e.positie!,
        actie: e.actie,
        actorSoort: e.actorSoort,
        actorId: e.actorId,
        casusRef: e.casusRef,
        data,
        moment: e.moment.toISOString(),
        vorigeHash: vorige,
      });
      statements.push(
        `UPDATE "AuditEvent" SET data = '${JSON.stringify(data)}'::jsonb, "vorigeHash" = '${vorige}', hash = '${hash}' WHERE id = '${e.id}'`,
      );
      vorige = hash;
    }
    statements.push(`UPDATE "AuditKop" SET hash = '${vorige}'`);
    await o.db.ruw.script(zonderTrigger(statements.join(';\n')));
  }

  beforeAll(async () => {
    o = await maakOmgeving(soort);
    const c = await raiseCasus(o.d, consulent, intake());
    await ketenAudit(o.d);
    eerste = (await zetAnkers(o.d, anker))[0]!;
    for (const lid of [LEDEN.wi, LEDEN.ggz, LEDEN.corporatie])
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await ketenAudit(o.d);
    o.klok.verder(5 * 60_000);
    tweede = (await zetAnkers(o.d, anker))[0]!;
    // An unchanged head is not anchored again.
    expect(await zetAnkers(o.d, anker)).toEqual([]);
  });
  afterAll(async () => {
    await o?.opruimen();
    rmSync(map, { recursive: true, force: true });
  });

  it('verifies against every checkpoint while nothing was touched', async () => {
    expect(tweede.positie).toBeGreaterThan(eerste.positie + 2);
    const [t] = await verifieerAudit(o.d, { anker });
    expect(t).toMatchObject({ oordeel: { geldig: true }, ankers: { aantal: 2, laatsteGoed: tweede } });
    expect(await controleerAnkerbestand(anker)).toEqual({ gelezen: true, meldingen: [], fout: false });
  });

  it('detects a rewritten tail with recomputed hashes, naming the last good checkpoint', async () => {
    await herschrijfVanaf(eerste.positie + 2);
    // Without the anchors the chain looks whole: that is what the anchors are for.
    expect((await verifieerAudit(o.d))[0]!.oordeel.geldig).toBe(true);
    const [t] = await verifieerAudit(o.d, { anker });
    expect(t!.oordeel).toMatchObject({ geldig: false, positie: tweede.positie });
    expect(t!.oordeel.geldig || t!.oordeel.reden).toMatch(
      new RegExp(`keten herschreven.*laatste goede anker: positie ${eerste.positie} van `),
    );
  });

  it('detects a truncated chain whose head was moved back', async () => {
    await o.db.ruw.script(
      zonderTrigger(`DELETE FROM "AuditEvent" WHERE positie > ${eerste.positie + 1};
        UPDATE "AuditKop" SET positie = ${eerste.positie + 1},
          hash = (SELECT hash FROM "AuditEvent" WHERE positie = ${eerste.positie + 1})`),
    );
    expect((await verifieerAudit(o.d))[0]!.oordeel.geldig).toBe(true);
    const [t] = await verifieerAudit(o.d, { anker });
    expect(t!.oordeel.geldig || t!.oordeel.reden).toMatch(
      new RegExp(
        `keten ingekort: het anker van .* op positie ${tweede.positie} ontbreekt \\(laatste goede anker: positie ${eerste.positie} van `,
      ),
    );
  });

  it('refuses a forged or unreadable line in the anchor file', async () => {
    const vals = path.join(map, 'vals.jsonl');
    writeFileSync(
      vals,
      `${JSON.stringify({ ...tweede, positie: 1, handtekening: 'a'.repeat(64) })}\nkapot\n`,
    );
    expect(await controleerAnkerbestand({ ...anker, bestand: vals })).toEqual({
      gelezen: true,
      fout: true,
      meldingen: [
        'regel 1 van het ankerbestand heeft een handtekening die niet klopt (gewijzigd?)',
        'regel 2 van het ankerbestand is onleesbaar',
      ],
    });
  });
});

describe('audit events chained before the sequencer existed', () => {
  it('stay valid after the migration, and the sequencer chains on from their head', async () => {
    const db = await openDatabase({ soort: 'pglite-geheugen' }, { migreer: false });
    try {
      const alle = leesMigraties();
      const tot = alle.findIndex((m) => m.naam.endsWith('_auditvolgorde'));
      await pasMigratiesToe(db.ruw, alle.slice(0, tot));
      const [tenant] = await db.ruw.query<{ id: string }>(
        `INSERT INTO "Tenant" (id, slug, naam, kalender) VALUES ('t1', 'utrecht', 'Utrecht', '{}') RETURNING id`,
      );
      // Three events as the old append wrote them: chained at once, the head row moved along.
      let vorige = BEGIN_HASH;
      for (let positie = 1; positie <= 3; positie++) {
        const inhoud = {
          positie,
          actie: 'casus_ingediend',
          actorSoort: 'systeem',
          actorId: null,
          casusRef: `MW-2026-000${positie}`,
          data: { n: positie },
          moment: `2026-11-2${positie}T09:00:00.000Z`,
          vorigeHash: vorige,
        };
        const hash = auditHash(inhoud);
        await db.ruw.query(
          `INSERT INTO "AuditEvent" (id, "tenantId", positie, actie, "actorSoort", "actorId", "casusRef", data, moment, "vorigeHash", hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            `e${positie}`,
            tenant!.id,
            positie,
            inhoud.actie,
            inhoud.actorSoort,
            null,
            inhoud.casusRef,
            JSON.stringify(inhoud.data),
            inhoud.moment,
            vorige,
            hash,
          ],
        );
        vorige = hash;
      }
      await db.ruw.query(`INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES ($1, 3, $2)`, [
        tenant!.id,
        vorige,
      ]);
      await pasMigratiesToe(db.ruw);
      const d = {
        db: db.prisma,
        klok: new TestKlok(new Date('2026-11-24T10:00:00Z')),
        privacy: nederlandsePrivacyPoort,
      };
      expect((await verifieerAudit(d))[0]).toMatchObject({
        oordeel: { geldig: true, aantal: 3 },
        ongeketend: { aantal: 0 },
      });
      await inTransactie(d, (tx) =>
        schrijfAudit(tx, {
          tenantId: 't1',
          actie: 'tafels_geimporteerd',
          actorId: null,
          moment: d.klok.nu(),
        }),
      );
      expect(await ketenAudit(d)).toBe(1);
      const na = await db.prisma.auditEvent.findMany({ orderBy: { volgnummer: 'asc' } });
      expect(na.map((e) => e.positie)).toEqual([1, 2, 3, 4]);
      expect(na[3]!.vorigeHash).toBe(vorige);
      expect((await verifieerAudit(d))[0]).toMatchObject({ oordeel: { geldig: true, aantal: 4 } });
    } finally {
      await db.sluit();
    }
  });
});
