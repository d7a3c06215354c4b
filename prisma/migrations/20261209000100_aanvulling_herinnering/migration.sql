-- A casus whose round waits for what its table requires (`wacht_op_aanvulling`) reminds its submitter once,
-- some working days after raising: a job kind of its own.
ALTER TABLE "Job" DROP CONSTRAINT "Job_soort_check";
ALTER TABLE "Job" ADD CONSTRAINT "Job_soort_check" CHECK ("soort" IN (
  'ronde_sluiten', 'ronde_afronden', 'herinnering', 'escalatie_verlopen', 'toezegging_herinnering',
  'evaluatie_vragen', 'agenda', 'bewaartermijn', 'toestemming_herinnering', 'rapportgrafiek_verwijderen',
  'aanvulling_herinnering'));
