-- A member's answer in a decision round is called "antwoord" everywhere: in code, in the database and on
-- screen (issue 18). The table and everything Prisma names after it get the new name; no row changes.
ALTER TABLE "Reactie" RENAME TO "Antwoord";
ALTER TABLE "Antwoord" RENAME CONSTRAINT "Reactie_pkey" TO "Antwoord_pkey";
ALTER INDEX "Reactie_rondeId_lidId_revisie_key" RENAME TO "Antwoord_rondeId_lidId_revisie_key";
ALTER TABLE "Antwoord" RENAME CONSTRAINT "Reactie_rondeId_fkey" TO "Antwoord_rondeId_fkey";
ALTER TABLE "Antwoord" RENAME CONSTRAINT "Reactie_lidId_fkey" TO "Antwoord_lidId_fkey";
ALTER TABLE "Antwoord" RENAME CONSTRAINT "Reactie_keuze_check" TO "Antwoord_keuze_check";

-- Stored JSON that names the concept: a table's policy as imported from the tables file, and escalation
-- messages in the outbox (the list of answers the chair or bestuurder receives).
UPDATE "Tafel"
   SET beleid = (beleid - 'reactiesZichtbaarVoorSluiten')
                || jsonb_build_object('antwoordenZichtbaarVoorSluiten', beleid -> 'reactiesZichtbaarVoorSluiten')
 WHERE beleid ? 'reactiesZichtbaarVoorSluiten';
UPDATE "OutboxBericht"
   SET data = (data - 'reacties') || jsonb_build_object('antwoorden', data -> 'reacties')
 WHERE data ->> 'soort' = 'escalatie' AND data ? 'reacties';

-- Audit events keep their action codes (reactie_gegeven, reactie_gewijzigd) and their data as written:
-- they are links in the hash chain.
