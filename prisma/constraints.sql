-- Constraints that Prisma's schema language cannot express. This file is the single source:
-- the migration that introduced each statement carries a verbatim copy, and the drift test
-- (tests/db/migrations-drift.db.test.ts) builds a database from schema.prisma plus this file and
-- compares it with one built from the migrations. To change it, write a new migration too
-- (docs/migrations.md).

-- The general circle is the root: it alone has no parent.
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_general_is_root_check"
  CHECK (("kind" = 'general') = ("parentId" IS NULL));

-- One general circle per organisation.
CREATE UNIQUE INDEX "Circle_one_general_key" ON "Circle" ("organizationId") WHERE "kind" = 'general';

-- Names are unique among the active siblings, whatever their case.
CREATE UNIQUE INDEX "Circle_sibling_name_key" ON "Circle" ("organizationId", "parentId", lower("name"))
  WHERE "archivedAt" IS NULL;
CREATE UNIQUE INDEX "Role_circle_name_key" ON "Role" ("organizationId", "circleId", lower("name"))
  WHERE "archivedAt" IS NULL;

-- A domain is held by one role (or the circle) at a time in a circle.
CREATE UNIQUE INDEX "Domain_circle_name_key" ON "Domain" ("organizationId", "circleId", lower("name"))
  WHERE "archivedAt" IS NULL;

-- Names and texts that must say something.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Role" ADD CONSTRAINT "Role_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_description_check" CHECK (btrim("description") <> '');
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_position_check" CHECK ("position" >= 0);
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_title_check" CHECK (btrim("title") <> '');
ALTER TABLE "Tension" ADD CONSTRAINT "Tension_title_check" CHECK (btrim("title") <> '');

-- An objection always carries its reasons.
ALTER TABLE "Response" ADD CONSTRAINT "Response_objection_reason_check"
  CHECK ("kind" <> 'objection' OR btrim("reason") <> '');

-- One current answer per participant and round; earlier answers are superseded, never deleted.
CREATE UNIQUE INDEX "Response_one_current_key" ON "Response" ("organizationId", "roundId", "userId")
  WHERE "supersededAt" IS NULL;

-- One open consent round per proposal.
CREATE UNIQUE INDEX "ConsentRound_one_open_key" ON "ConsentRound" ("organizationId", "proposalId")
  WHERE "status" = 'open';
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_quorum_check"
  CHECK ("quorumPercent" IS NULL OR "quorumPercent" BETWEEN 1 AND 100);
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_quorum_check"
  CHECK ("quorumPercent" IS NULL OR "quorumPercent" BETWEEN 1 AND 100);
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_durations_check"
  CHECK ("defaultDeadlineHours" > 0 AND "reviewPeriodDays" > 0);

-- A closed round has a closing time and a result; an open one has neither.
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_closed_check"
  CHECK (("status" = 'open') = ("closedAt" IS NULL));

-- No circle may become its own ancestor. The advisory lock serialises tree changes of one
-- organisation, so two concurrent moves cannot build a cycle between them.
CREATE FUNCTION "circle_refuse_cycle"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parentId" IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('interpoles.circle-tree:' || NEW."organizationId"::text));
  IF NEW."parentId" = NEW."id" OR EXISTS (
    WITH RECURSIVE ancestors("id", "parentId") AS (
      SELECT c."id", c."parentId" FROM "Circle" c WHERE c."id" = NEW."parentId"
      UNION
      SELECT c."id", c."parentId" FROM "Circle" c JOIN ancestors a ON c."id" = a."parentId"
    )
    SELECT 1 FROM ancestors WHERE ancestors."id" = NEW."id"
  ) THEN
    RAISE EXCEPTION 'circle % would be its own ancestor', NEW."id"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Circle_no_cycle';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Circle_no_cycle"
  BEFORE INSERT OR UPDATE OF "parentId" ON "Circle"
  FOR EACH ROW EXECUTE FUNCTION "circle_refuse_cycle"();

-- Search (lib/search): French-aware, accent-insensitive full-text search with a fuzzy fallback.
-- unaccent() is only STABLE (its dictionary could change), so an index cannot call it: the
-- IMMUTABLE wrapper below names its dictionary explicitly, which makes that promise safe enough
-- (the dictionary ships with PostgreSQL and is never edited here); pg_trgm gives prefix and
-- typo-tolerant matches on names; btree_gin lets each GIN index start with "organizationId", so
-- that a search only ever walks its own organisation's entries.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

CREATE FUNCTION public.immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The searchable document of a row: its name (weight A) above its description (weight B), so that
-- a match in a name ranks first. The stored "searchDocument" columns below are computed by it.
CREATE FUNCTION public.search_document(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('pg_catalog.french'::regconfig, public.immutable_unaccent(coalesce($1, ''))), 'A')
            || setweight(to_tsvector('pg_catalog.french'::regconfig, public.immutable_unaccent(coalesce($2, ''))), 'B') $$;

-- For highlighting only: the French configuration with unaccent first, so that ts_headline finds
-- « redevabilité » in the original (accented) text for a query typed without accents.
CREATE TEXT SEARCH CONFIGURATION public.french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.french_stem;

-- The searchable documents are stored with their rows (generated columns, ADR 0013): computed once
-- per write rather than for each matched row of each search. Not declared in schema.prisma (Prisma
-- cannot say GENERATED); only lib/search/sql.ts reads them. Active entities only: archived ones are
-- never searched.
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
CREATE INDEX "Circle_search_idx" ON "Circle" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Circle_name_trgm_idx" ON "Circle" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Role_search_idx" ON "Role" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Role_name_trgm_idx" ON "Role" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Accountability_search_idx" ON "Accountability" USING gin ("organizationId", "searchDocument")
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Accountability_description_trgm_idx" ON "Accountability"
  USING gin ("organizationId", public.immutable_unaccent("description") public.gin_trgm_ops) WHERE "archivedAt" IS NULL;
CREATE INDEX "Domain_search_idx" ON "Domain" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Domain_name_trgm_idx" ON "Domain" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Policy_search_idx" ON "Policy" USING gin ("organizationId", "searchDocument") WHERE "archivedAt" IS NULL;
CREATE INDEX "Policy_title_trgm_idx" ON "Policy" USING gin ("organizationId", public.immutable_unaccent("title") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
-- People are searched through their active membership (see lib/search/sql.ts); a user has no
-- organisation of their own, so these two are not prefixed.
CREATE INDEX "User_search_idx" ON "User" USING gin ("searchDocument");
CREATE INDEX "User_name_trgm_idx" ON "User" USING gin (public.immutable_unaccent("name") public.gin_trgm_ops);

-- A role's history lists the domains it gave to another role (lib/roles/history.ts): their
-- RecordChange row carries the receiving role, so they are found by the role in the row's `before`
-- snapshot. Partial: only domain moves, a small share of the history.
CREATE INDEX "RecordChange_domain_moved_from_idx" ON "RecordChange" ("organizationId", ("before" ->> 'roleId'), "occurredAt" DESC, "id" DESC)
  WHERE "entity" = 'domain' AND "action" = 'moved';
