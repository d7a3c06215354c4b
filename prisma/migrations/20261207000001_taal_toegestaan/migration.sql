-- The languages the catalogue has (TALEN in src/taal/taal.ts), enforced like every other closed list
-- (see …_toegestane_waarden). NULL passes: a person without a choice follows the tenant.
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_taal_check" CHECK ("taal" IN ('nl', 'en'));
ALTER TABLE "Persoon" ADD CONSTRAINT "Persoon_taal_check" CHECK ("taal" IN ('nl', 'en'));
