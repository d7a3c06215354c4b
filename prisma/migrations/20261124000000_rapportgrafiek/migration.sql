-- The monthly knelpunten report's chart, stored once per report (src/register/grafiekopslag.ts): Slack's
-- deliverer uploads the bytes, Teams shows them by URL (GET /rapport/afbeelding/<token>.png). Aggregate
-- figures only; a job removes each row when it expires (index on "verloopt" for the route's check).

-- CreateTable
CREATE TABLE "RapportGrafiek" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "png" BYTEA NOT NULL,
    "breedte" INTEGER NOT NULL,
    "hoogte" INTEGER NOT NULL,
    "aangemaakt" TIMESTAMP(3) NOT NULL,
    "verloopt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RapportGrafiek_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RapportGrafiek_token_key" ON "RapportGrafiek"("token");

-- CreateIndex
CREATE INDEX "RapportGrafiek_verloopt_idx" ON "RapportGrafiek"("verloopt");

-- AddForeignKey
ALTER TABLE "RapportGrafiek" ADD CONSTRAINT "RapportGrafiek_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
