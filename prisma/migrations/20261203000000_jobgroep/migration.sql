-- Jobs are cancelled per group (every job of one round, of one escalation). A LIKE on the key's prefix
-- cannot use a btree index outside the C collation, so the group is a column of its own, indexed.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "groep" TEXT;
UPDATE "Job" SET "groep" = split_part("sleutel", ':', 1) || ':' || split_part("sleutel", ':', 2);
ALTER TABLE "Job" ALTER COLUMN "groep" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Job_groep_status_idx" ON "Job"("groep", "status");
