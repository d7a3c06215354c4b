-- AlterTable
ALTER TABLE "Casus" ADD COLUMN     "wachtendBesluit" JSONB;

