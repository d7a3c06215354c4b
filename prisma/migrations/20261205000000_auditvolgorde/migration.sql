-- The audit chain is sequenced after commit: a use case inserts its events unchained (no position, no
-- hash) with an insertion key, and the sequencer (src/services/auditvolgorde.ts) chains committed events
-- in that order under the tenant's head row. Events chained before this migration keep their position and
-- hash, and so stay valid; they get insertion keys in chain order.
ALTER TABLE "AuditEvent" ALTER COLUMN "positie" DROP NOT NULL;
ALTER TABLE "AuditEvent" ALTER COLUMN "vorigeHash" DROP NOT NULL;
ALTER TABLE "AuditEvent" ALTER COLUMN "hash" DROP NOT NULL;
ALTER TABLE "AuditEvent" ADD COLUMN "volgnummer" BIGINT;
CREATE SEQUENCE "AuditEvent_volgnummer_seq" OWNED BY "AuditEvent"."volgnummer";
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_alleen_toevoegen;
UPDATE "AuditEvent" e SET "volgnummer" = r.n
  FROM (SELECT id, row_number() OVER (ORDER BY "tenantId", positie) AS n FROM "AuditEvent") r
 WHERE r.id = e.id;
ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_alleen_toevoegen;
SELECT setval('"AuditEvent_volgnummer_seq"', COALESCE((SELECT max("volgnummer") FROM "AuditEvent"), 0) + 1, false);
ALTER TABLE "AuditEvent" ALTER COLUMN "volgnummer" SET DEFAULT nextval('"AuditEvent_volgnummer_seq"');
ALTER TABLE "AuditEvent" ALTER COLUMN "volgnummer" SET NOT NULL;
CREATE UNIQUE INDEX "AuditEvent_volgnummer_key" ON "AuditEvent"("volgnummer");
-- What the sequencer looks for: a tenant's unchained events in insertion order. Partial, so it stays as
-- small as the backlog (Prisma's schema cannot express that; this index is maintained here only).
CREATE INDEX "AuditEvent_ongeketend_idx" ON "AuditEvent"("tenantId", "volgnummer") WHERE "positie" IS NULL;

-- Still append-only: the one change allowed is the sequencer giving an unchained event its position, previous
-- hash and hash, once; every other column stays as inserted, and a chained event never changes again.
CREATE OR REPLACE FUNCTION audit_event_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.positie IS NULL AND OLD.hash IS NULL AND OLD."vorigeHash" IS NULL
     AND NEW.positie IS NOT NULL AND NEW.hash IS NOT NULL AND NEW."vorigeHash" IS NOT NULL
     AND NEW.id = OLD.id AND NEW."tenantId" = OLD."tenantId" AND NEW.volgnummer = OLD.volgnummer
     AND NEW.actie = OLD.actie AND NEW."actorSoort" = OLD."actorSoort"
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW."casusRef" IS NOT DISTINCT FROM OLD."casusRef"
     AND NEW.data = OLD.data AND NEW.moment = OLD.moment THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

-- Requests already handled now also remember platform deliveries (a Slack event_id, a Teams activity
-- id) for a while, across processes; those rows expire and are removed by the scheduler.
ALTER TABLE "VerwerktVerzoek" ADD COLUMN "verloopt" TIMESTAMP(3);
CREATE INDEX "VerwerktVerzoek_verloopt_idx" ON "VerwerktVerzoek"("verloopt");
