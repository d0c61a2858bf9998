-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "recordVersion" INTEGER NOT NULL DEFAULT 0;

