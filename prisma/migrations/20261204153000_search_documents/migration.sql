-- Search documents stored with their rows (ADR 0013). The GIN indexes used to hold
-- public.search_document(...) computed from each row, but every candidate row of a bitmap scan is
-- rechecked, and ranking reads the document again: PostgreSQL rebuilt the document (unaccent,
-- stemming) for each matched row of every search, most of a search's cost in a large organisation.
-- A generated column computes it once per write instead. It is not declared in schema.prisma
-- (Prisma cannot say GENERATED): the app never writes it, and reads it only in lib/search/sql.ts.
ALTER TABLE "Circle" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("name", "purpose")) STORED;
ALTER TABLE "Role" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("name", "purpose")) STORED;
ALTER TABLE "Accountability" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("description", '')) STORED;
ALTER TABLE "Domain" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("name", "description")) STORED;
ALTER TABLE "Policy" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("title", "body")) STORED;
ALTER TABLE "User" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.search_document("name", "email")) STORED;

DROP INDEX "Circle_search_idx";
DROP INDEX "Role_search_idx";
DROP INDEX "Accountability_search_idx";
DROP INDEX "Domain_search_idx";
DROP INDEX "Policy_search_idx";
DROP INDEX "User_search_idx";

CREATE INDEX "Circle_search_idx" ON "Circle" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Role_search_idx" ON "Role" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Accountability_search_idx" ON "Accountability" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Domain_search_idx" ON "Domain" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Policy_search_idx" ON "Policy" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "User_search_idx" ON "User" USING gin ("searchDocument");
