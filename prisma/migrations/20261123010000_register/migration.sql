-- The precedent register (src/register/): search text and a generated Dutch tsvector on Besluit, copies
-- of tenant/table/knelpunt to filter on one table, and the consistency signal's question and answer.

-- AlterTable
ALTER TABLE "Besluit" ADD COLUMN     "afwijkingDoorId" TEXT,
ADD COLUMN     "afwijkingGevraagd" TIMESTAMP(3),
ADD COLUMN     "afwijkingToegelicht" TIMESTAMP(3),
ADD COLUMN     "afwijkingToelichting" TEXT,
ADD COLUMN     "knelpuntId" TEXT,
ADD COLUMN     "tafelId" TEXT,
ADD COLUMN     "tenantId" TEXT,
ADD COLUMN     "zoekkop" TEXT,
ADD COLUMN     "zoektekst" TEXT,
ADD COLUMN     "zoekversie" INTEGER;

-- Prisma cannot express a generated column; the schema declares it as Unsupported("tsvector").
-- The explicit regconfig makes to_tsvector immutable, as a generated column requires.
ALTER TABLE "Besluit" ADD COLUMN "zoekvector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce("zoekkop", '')), 'A') ||
    setweight(to_tsvector('dutch'::regconfig, coalesce("zoektekst", '')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Besluit_zoekvector_idx" ON "Besluit" USING GIN ("zoekvector");

-- CreateIndex
CREATE INDEX "Besluit_tafelId_knelpuntId_genomen_idx" ON "Besluit"("tafelId", "knelpuntId", "genomen");

-- CreateIndex
CREATE INDEX "Besluit_tafelId_genomen_idx" ON "Besluit"("tafelId", "genomen");

-- CreateIndex
CREATE INDEX "Besluit_tenantId_genomen_idx" ON "Besluit"("tenantId", "genomen");

-- Besluiten taken before this migration become findable at once, without the Dutch base forms of
-- src/register/normaliseer.ts: zoekversie stays null, so herindexeerBesluiten rewrites them.
UPDATE "Besluit" AS b
   SET "tenantId" = c."tenantId",
       "tafelId" = c."tafelId",
       "knelpuntId" = c."knelpuntId",
       "zoekkop" = concat_ws(' ', c."titel", k."naam", c."knelpuntVrij"),
       "zoektekst" = concat_ws(' ', b."waarom", b."hoe", b."voorwaarden", b."afgewekenRegel", b."verwijzing",
                               array_to_string(c."leefgebieden", ' '))
  FROM "Casus" AS c
  LEFT JOIN "Knelpunt" AS k ON k."id" = c."knelpuntId"
 WHERE c."id" = b."casusId";
