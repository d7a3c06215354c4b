-- The quick intake (spelregels §4): costs and the household's engagement may follow after the casus is
-- raised. Until they do, the stored zero amounts and 'onbekend' are no answer, and these say so.
ALTER TABLE "Casus" ADD COLUMN "kostenOntbreken" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Casus" ADD COLUMN "betrokkenheidOntbreekt" BOOLEAN NOT NULL DEFAULT false;
