-- The allowed values of statuses, choices and outcomes, enforced by the database: a value a service does
-- not know (a typo in a raw UPDATE, a hand edit, an old build writing to a newer database) is refused
-- instead of leaving a casus, job or message in a state no code handles. The lists are TOEGESTANE_WAARDEN in
-- src/domain/woorden.ts; test/store/toegestanewaarden.test.ts fails when the two differ.
--
-- CHECK constraints rather than enum types: adding a value later is one migration that drops and re-adds
-- the CHECK, in the migration's own transaction (PostgreSQL's ALTER TYPE … ADD VALUE cannot be used in the
-- transaction that adds it), and Prisma's client keeps these columns as String. Every value ever written is
-- listed, older ones included (an escalation or message 'vervallen', a job 'vervangen'), so databases that
-- already hold rows validate; NULL passes a CHECK, so the optional Escalatie.uitkomst stays optional.

ALTER TABLE "Casus" ADD CONSTRAINT "Casus_status_check" CHECK ("status" IN (
  'crisis_doorverwezen', 'in_besluitronde', 'bij_voorzitter', 'bij_bestuurder', 'wacht_op_toestemming',
  'besloten', 'ingetrokken'));
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_urgentie_check" CHECK ("urgentie" IN ('normaal', 'spoed', 'crisis'));
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_betrokkenheid_check" CHECK ("betrokkenheid" IN (
  'hoog', 'wisselend', 'laag', 'onbekend'));
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_toestemming_check" CHECK ("toestemming" IN (
  'ja_vastgelegd', 'nee_afweging_vastgelegd', 'nog_niet'));

ALTER TABLE "Lid" ADD CONSTRAINT "Lid_rol_check" CHECK ("rol" IN ('lid', 'voorzitter'));

ALTER TABLE "Besluitronde" ADD CONSTRAINT "Besluitronde_status_check" CHECK ("status" IN ('open', 'gesloten'));

ALTER TABLE "Reactie" ADD CONSTRAINT "Reactie_keuze_check" CHECK ("keuze" IN (
  'akkoord', 'akkoord_met_voorwaarden', 'niet_akkoord', 'buiten_mandaat', 'onthouding'));

ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_niveau_check" CHECK ("niveau" IN ('voorzitter', 'bestuurder'));
ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_status_check" CHECK ("status" IN (
  'open', 'info_gevraagd', 'beslist', 'verlopen', 'vervallen'));
-- A chair's uitkomst or a bestuurder's besluit ('goedkeuren' | 'afwijzen').
ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_uitkomst_check" CHECK ("uitkomst" IN (
  'toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen', 'goedkeuren'));

ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_uitkomst_check" CHECK ("uitkomst" IN (
  'toegekend', 'deels_toegekend', 'afgewezen', 'doorverwezen'));
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_genomenDoor_check" CHECK ("genomenDoor" IN (
  'tafel', 'voorzitter', 'bestuurder', 'vergadering'));

ALTER TABLE "OutboxBericht" ADD CONSTRAINT "OutboxBericht_status_check" CHECK ("status" IN (
  'wachtend', 'bezig', 'verzonden', 'mislukt', 'vervangen', 'onbezorgbaar', 'vervallen'));

ALTER TABLE "Job" ADD CONSTRAINT "Job_status_check" CHECK ("status" IN (
  'gepland', 'klaar', 'geannuleerd', 'mislukt', 'vervangen'));
ALTER TABLE "Job" ADD CONSTRAINT "Job_soort_check" CHECK ("soort" IN (
  'ronde_sluiten', 'ronde_afronden', 'herinnering', 'escalatie_verlopen', 'toezegging_herinnering',
  'evaluatie_vragen', 'agenda', 'bewaartermijn', 'toestemming_herinnering', 'rapportgrafiek_verwijderen'));
