-- The language a person reads the bot in: per person in the tables file, otherwise the tenant's. A
-- person without their own choice follows the tenant, so a municipality that switches its default to
-- English does not have to touch every person; NULL means "the tenant's language".
ALTER TABLE "Tenant" ADD COLUMN "taal" TEXT NOT NULL DEFAULT 'nl';

ALTER TABLE "Persoon" ALTER COLUMN "taal" DROP NOT NULL;
ALTER TABLE "Persoon" ALTER COLUMN "taal" DROP DEFAULT;
