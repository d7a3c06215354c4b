-- Commitments followed through: who gave one, who marked it done and what they wrote was done. The steps
-- after its date are jobs of the kind 'toezegging_herinnering' with the step in their payload.
ALTER TABLE "Toezegging" ADD COLUMN "eigenaarId" TEXT;
ALTER TABLE "Toezegging" ADD COLUMN "gedaanDoorId" TEXT;
ALTER TABLE "Toezegging" ADD COLUMN "gedaanTekst" TEXT;

CREATE INDEX "Toezegging_eigenaarId_idx" ON "Toezegging"("eigenaarId");

ALTER TABLE "Toezegging" ADD CONSTRAINT "Toezegging_eigenaarId_fkey" FOREIGN KEY ("eigenaarId") REFERENCES "Persoon"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Toezegging" ADD CONSTRAINT "Toezegging_gedaanDoorId_fkey" FOREIGN KEY ("gedaanDoorId") REFERENCES "Persoon"("id") ON DELETE SET NULL ON UPDATE CASCADE;
