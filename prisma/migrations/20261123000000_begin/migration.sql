-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "bewaartermijnMaanden" INTEGER NOT NULL DEFAULT 12,
    "kalender" JSONB NOT NULL,
    "slackTeamId" TEXT,
    "teamsTenantId" TEXT,
    "aangemaakt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisatie" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,

    CONSTRAINT "Organisatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Knelpunt" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "regel" TEXT NOT NULL,
    "tafelMagAfwijken" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Knelpunt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tafel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "beleid" JSONB NOT NULL,
    "actief" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Tafel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kanaal" (
    "id" TEXT NOT NULL,
    "tafelId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "kanaalId" TEXT NOT NULL,

    CONSTRAINT "Kanaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Persoon" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "sleutel" TEXT,
    "naam" TEXT NOT NULL,
    "taal" TEXT NOT NULL DEFAULT 'nl',

    CONSTRAINT "Persoon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Identiteit" (
    "id" TEXT NOT NULL,
    "persoonId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "extern" TEXT NOT NULL,

    CONSTRAINT "Identiteit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lid" (
    "id" TEXT NOT NULL,
    "tafelId" TEXT NOT NULL,
    "persoonId" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "rol" TEXT NOT NULL,
    "beslissingsbevoegd" BOOLEAN NOT NULL DEFAULT true,
    "mandaatMaxCent" INTEGER,
    "domeinen" TEXT[],
    "actief" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Lid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bestuurder" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tafelId" TEXT,
    "persoonId" TEXT NOT NULL,
    "trede" INTEGER NOT NULL,
    "titel" TEXT NOT NULL,
    "termijnWerkdagen" DOUBLE PRECISION NOT NULL DEFAULT 3,

    CONSTRAINT "Bestuurder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferentieTeller" (
    "tenantId" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "laatste" INTEGER NOT NULL,

    CONSTRAINT "ReferentieTeller_pkey" PRIMARY KEY ("tenantId","jaar")
);

-- CreateTable
CREATE TABLE "Casus" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tafelId" TEXT NOT NULL,
    "referentie" TEXT NOT NULL,
    "indienerId" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "situatie" TEXT NOT NULL,
    "knelpuntId" TEXT,
    "knelpuntVrij" TEXT,
    "leefgebieden" TEXT[],
    "gevraagdeOplossing" TEXT NOT NULL,
    "kostenMaatwerkCent" INTEGER NOT NULL,
    "kostenNietsDoenCent" INTEGER NOT NULL,
    "kostenNietsDoenToelichting" TEXT NOT NULL,
    "urgentie" TEXT NOT NULL,
    "betrokkenheid" TEXT NOT NULL,
    "betrokkenheidToelichting" TEXT,
    "toestemming" TEXT NOT NULL,
    "toestemmingAfweging" TEXT,
    "eigenReferentie" TEXT,
    "status" TEXT NOT NULL,
    "versie" INTEGER NOT NULL DEFAULT 1,
    "opAgenda" BOOLEAN NOT NULL DEFAULT false,
    "ingediend" TIMESTAMP(3) NOT NULL,
    "afgerond" TIMESTAMP(3),
    "tekstGewist" TIMESTAMP(3),

    CONSTRAINT "Casus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Besluitronde" (
    "id" TEXT NOT NULL,
    "casusId" TEXT NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "geopend" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "verwachteLidIds" TEXT[],
    "status" TEXT NOT NULL,
    "gesloten" TIMESTAMP(3),
    "uitkomst" JSONB,

    CONSTRAINT "Besluitronde_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reactie" (
    "id" TEXT NOT NULL,
    "rondeId" TEXT NOT NULL,
    "lidId" TEXT NOT NULL,
    "revisie" INTEGER NOT NULL,
    "keuze" TEXT NOT NULL,
    "reden" TEXT NOT NULL,
    "voorwaarden" TEXT,
    "toezeggingTaak" TEXT,
    "toezeggingDatum" TIMESTAMP(3),
    "gegeven" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reactie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalatie" (
    "id" TEXT NOT NULL,
    "casusId" TEXT NOT NULL,
    "niveau" TEXT NOT NULL,
    "trede" INTEGER NOT NULL,
    "doelId" TEXT NOT NULL,
    "redenen" JSONB NOT NULL,
    "geopend" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "uitkomst" TEXT,
    "reden" TEXT,
    "beslist" TIMESTAMP(3),

    CONSTRAINT "Escalatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Informatieverzoek" (
    "id" TEXT NOT NULL,
    "escalatieId" TEXT NOT NULL,
    "vraag" TEXT NOT NULL,
    "gevraagd" TIMESTAMP(3) NOT NULL,
    "antwoord" TEXT,
    "beantwoord" TIMESTAMP(3),

    CONSTRAINT "Informatieverzoek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Besluit" (
    "id" TEXT NOT NULL,
    "casusId" TEXT NOT NULL,
    "uitkomst" TEXT NOT NULL,
    "waarom" TEXT NOT NULL,
    "hoe" TEXT NOT NULL,
    "voorwaarden" TEXT,
    "afgewekenRegel" TEXT,
    "verwijzing" TEXT,
    "kostenMaatwerkCent" INTEGER NOT NULL,
    "kostenNietsDoenCent" INTEGER NOT NULL,
    "genomenDoor" TEXT NOT NULL,
    "besluiterId" TEXT,
    "genomen" TIMESTAMP(3) NOT NULL,
    "evaluatieDatum" TIMESTAMP(3),
    "evaluatieAntwoord" TEXT,
    "evaluatieGewerkt" BOOLEAN,

    CONSTRAINT "Besluit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toezegging" (
    "id" TEXT NOT NULL,
    "besluitId" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "taak" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "gedaan" TIMESTAMP(3),

    CONSTRAINT "Toezegging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "positie" INTEGER NOT NULL,
    "actie" TEXT NOT NULL,
    "actorSoort" TEXT NOT NULL,
    "actorId" TEXT,
    "casusRef" TEXT,
    "data" JSONB NOT NULL,
    "moment" TIMESTAMP(3) NOT NULL,
    "vorigeHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditKop" (
    "tenantId" TEXT NOT NULL,
    "positie" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditKop_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "OutboxBericht" (
    "id" TEXT NOT NULL,
    "volgorde" BIGSERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "casusId" TEXT,
    "ontvanger" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'wachtend',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "volgendePoging" TIMESTAMP(3) NOT NULL,
    "geclaimdTot" TIMESTAMP(3),
    "laatsteFout" TEXT,
    "aangemaakt" TIMESTAMP(3) NOT NULL,
    "verzonden" TIMESTAMP(3),

    CONSTRAINT "OutboxBericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'gepland',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "laatsteFout" TEXT,
    "aangemaakt" TIMESTAMP(3) NOT NULL,
    "afgerond" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformBericht" (
    "id" TEXT NOT NULL,
    "casusId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "kanaalId" TEXT NOT NULL,
    "berichtId" TEXT NOT NULL,

    CONSTRAINT "PlatformBericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gesprek" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "referentie" JSONB NOT NULL,
    "bijgewerkt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gesprek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerwerktVerzoek" (
    "sleutel" TEXT NOT NULL,
    "resultaat" JSONB NOT NULL,
    "moment" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerwerktVerzoek_pkey" PRIMARY KEY ("sleutel")
);

-- CreateTable
CREATE TABLE "CronSlot" (
    "taak" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "geclaimd" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CronSlot_pkey" PRIMARY KEY ("taak","slot")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slackTeamId_key" ON "Tenant"("slackTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_teamsTenantId_key" ON "Tenant"("teamsTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisatie_tenantId_slug_key" ON "Organisatie"("tenantId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Knelpunt_tenantId_code_key" ON "Knelpunt"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Tafel_tenantId_slug_key" ON "Tafel"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "Kanaal_platform_kanaalId_idx" ON "Kanaal"("platform", "kanaalId");

-- CreateIndex
CREATE UNIQUE INDEX "Kanaal_tafelId_soort_platform_key" ON "Kanaal"("tafelId", "soort", "platform");

-- CreateIndex
CREATE UNIQUE INDEX "Persoon_tenantId_sleutel_key" ON "Persoon"("tenantId", "sleutel");

-- CreateIndex
CREATE INDEX "Identiteit_persoonId_idx" ON "Identiteit"("persoonId");

-- CreateIndex
CREATE UNIQUE INDEX "Identiteit_platform_extern_key" ON "Identiteit"("platform", "extern");

-- CreateIndex
CREATE UNIQUE INDEX "Lid_tafelId_persoonId_key" ON "Lid"("tafelId", "persoonId");

-- CreateIndex
CREATE UNIQUE INDEX "Bestuurder_tenantId_tafelId_trede_persoonId_key" ON "Bestuurder"("tenantId", "tafelId", "trede", "persoonId");

-- CreateIndex
CREATE INDEX "Casus_tafelId_status_idx" ON "Casus"("tafelId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Casus_tenantId_referentie_key" ON "Casus"("tenantId", "referentie");

-- CreateIndex
CREATE UNIQUE INDEX "Besluitronde_casusId_volgnummer_key" ON "Besluitronde"("casusId", "volgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "Reactie_rondeId_lidId_revisie_key" ON "Reactie"("rondeId", "lidId", "revisie");

-- CreateIndex
CREATE INDEX "Escalatie_casusId_status_idx" ON "Escalatie"("casusId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Besluit_casusId_key" ON "Besluit"("casusId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_tenantId_positie_key" ON "AuditEvent"("tenantId", "positie");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxBericht_sleutel_key" ON "OutboxBericht"("sleutel");

-- CreateIndex
CREATE INDEX "OutboxBericht_status_volgendePoging_idx" ON "OutboxBericht"("status", "volgendePoging");

-- CreateIndex
CREATE INDEX "OutboxBericht_casusId_idx" ON "OutboxBericht"("casusId");

-- CreateIndex
CREATE UNIQUE INDEX "Job_sleutel_key" ON "Job"("sleutel");

-- CreateIndex
CREATE INDEX "Job_status_due_idx" ON "Job"("status", "due");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformBericht_casusId_platform_soort_kanaalId_key" ON "PlatformBericht"("casusId", "platform", "soort", "kanaalId");

-- CreateIndex
CREATE UNIQUE INDEX "Gesprek_platform_sleutel_key" ON "Gesprek"("platform", "sleutel");

-- AddForeignKey
ALTER TABLE "Organisatie" ADD CONSTRAINT "Organisatie_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Knelpunt" ADD CONSTRAINT "Knelpunt_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tafel" ADD CONSTRAINT "Tafel_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kanaal" ADD CONSTRAINT "Kanaal_tafelId_fkey" FOREIGN KEY ("tafelId") REFERENCES "Tafel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Persoon" ADD CONSTRAINT "Persoon_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Identiteit" ADD CONSTRAINT "Identiteit_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lid" ADD CONSTRAINT "Lid_tafelId_fkey" FOREIGN KEY ("tafelId") REFERENCES "Tafel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lid" ADD CONSTRAINT "Lid_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lid" ADD CONSTRAINT "Lid_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bestuurder" ADD CONSTRAINT "Bestuurder_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bestuurder" ADD CONSTRAINT "Bestuurder_tafelId_fkey" FOREIGN KEY ("tafelId") REFERENCES "Tafel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bestuurder" ADD CONSTRAINT "Bestuurder_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_tafelId_fkey" FOREIGN KEY ("tafelId") REFERENCES "Tafel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_indienerId_fkey" FOREIGN KEY ("indienerId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_knelpuntId_fkey" FOREIGN KEY ("knelpuntId") REFERENCES "Knelpunt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluitronde" ADD CONSTRAINT "Besluitronde_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reactie" ADD CONSTRAINT "Reactie_rondeId_fkey" FOREIGN KEY ("rondeId") REFERENCES "Besluitronde"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reactie" ADD CONSTRAINT "Reactie_lidId_fkey" FOREIGN KEY ("lidId") REFERENCES "Lid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Informatieverzoek" ADD CONSTRAINT "Informatieverzoek_escalatieId_fkey" FOREIGN KEY ("escalatieId") REFERENCES "Escalatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toezegging" ADD CONSTRAINT "Toezegging_besluitId_fkey" FOREIGN KEY ("besluitId") REFERENCES "Besluit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toezegging" ADD CONSTRAINT "Toezegging_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformBericht" ADD CONSTRAINT "PlatformBericht_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The audit trail is append-only at the database level too: only a superuser who disables
-- this trigger can change history, and `maatwerkbot audit verifieer` then finds the break.
CREATE FUNCTION audit_event_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_alleen_toevoegen
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_alleen_toevoegen();
