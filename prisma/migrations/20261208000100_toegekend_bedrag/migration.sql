-- The amount granted with a partly granted besluit (deels_toegekend), in euro cents; null for every other
-- outcome and for partly granted besluiten taken before the decision forms asked for it.
ALTER TABLE "Besluit" ADD COLUMN "toegekendBedragCent" INTEGER;
