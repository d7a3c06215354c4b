-- The municipality's own crisis service ({ naam, telefoon }), named beside 112 and 113 when a casus is a
-- crisis: a professional in a crisis needs a number, not "de crisisdienst". NULL: none configured.
ALTER TABLE "Tenant" ADD COLUMN "crisisdienst" JSONB;
