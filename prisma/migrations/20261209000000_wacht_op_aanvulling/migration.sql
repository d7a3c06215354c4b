-- A casus whose round waits for what its table requires (spelregels §4) has a status of its own,
-- `wacht_op_aanvulling`, instead of `in_besluitronde` without a round.
ALTER TABLE "Casus" DROP CONSTRAINT "Casus_status_check";
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_status_check" CHECK ("status" IN (
  'crisis_doorverwezen', 'wacht_op_aanvulling', 'in_besluitronde', 'bij_voorzitter', 'bij_bestuurder',
  'wacht_op_toestemming', 'besloten', 'ingetrokken'));

-- The casussen that waited before: in a round by their status, without one. The card is read when it is
-- delivered, so it needs no new version; the version changes with the next visible change.
UPDATE "Casus" c
   SET status = 'wacht_op_aanvulling'
 WHERE c.status = 'in_besluitronde'
   AND c.urgentie <> 'crisis'
   AND NOT EXISTS (SELECT 1 FROM "Besluitronde" r WHERE r."casusId" = c.id);
