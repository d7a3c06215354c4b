-- A draft of the intake per person and platform (what was typed when the form was closed or refused);
-- purged after a few days by the maintenance tick.
CREATE TABLE "IntakeConcept" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "persoonId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "waarden" JSONB NOT NULL,
    "bijgewerkt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntakeConcept_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "IntakeConcept_persoonId_platform_key" ON "IntakeConcept"("persoonId", "platform");
CREATE INDEX "IntakeConcept_bijgewerkt_idx" ON "IntakeConcept"("bijgewerkt");

ALTER TABLE "IntakeConcept" ADD CONSTRAINT "IntakeConcept_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE CASCADE ON UPDATE CASCADE;
