-- When a table came into being, so the bot says nothing about a week or a month before it existed (a
-- weekly overview of an empty week right after the first import reads as if the table had met). Tables
-- that already exist take their tenant's creation moment: the earliest they can have existed.
ALTER TABLE "Tafel" ADD COLUMN "aangemaakt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Tafel" t SET "aangemaakt" = tn."aangemaakt" FROM "Tenant" tn WHERE tn.id = t."tenantId";
