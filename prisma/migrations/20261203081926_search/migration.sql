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
-- a match in a name ranks first. Indexes and queries call this same function, so they always agree.
CREATE FUNCTION public.search_document(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('pg_catalog.french'::regconfig, public.immutable_unaccent(coalesce($1, ''))), 'A')
            || setweight(to_tsvector('pg_catalog.french'::regconfig, public.immutable_unaccent(coalesce($2, ''))), 'B') $$;

-- For highlighting only: the French configuration with unaccent first, so that ts_headline finds
-- « redevabilité » in the original (accented) text for a query typed without accents.
CREATE TEXT SEARCH CONFIGURATION public.french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.french_stem;

-- Active entities only: archived ones are never searched.
CREATE INDEX "Circle_search_idx" ON "Circle" USING gin ("organizationId", public.search_document("name", "purpose"))
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Circle_name_trgm_idx" ON "Circle" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Role_search_idx" ON "Role" USING gin ("organizationId", public.search_document("name", "purpose"))
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Role_name_trgm_idx" ON "Role" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Accountability_search_idx" ON "Accountability" USING gin ("organizationId", public.search_document("description", ''))
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Accountability_description_trgm_idx" ON "Accountability"
  USING gin ("organizationId", public.immutable_unaccent("description") public.gin_trgm_ops) WHERE "archivedAt" IS NULL;
CREATE INDEX "Domain_search_idx" ON "Domain" USING gin ("organizationId", public.search_document("name", "description"))
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Domain_name_trgm_idx" ON "Domain" USING gin ("organizationId", public.immutable_unaccent("name") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Policy_search_idx" ON "Policy" USING gin ("organizationId", public.search_document("title", "body"))
  WHERE "archivedAt" IS NULL;
CREATE INDEX "Policy_title_trgm_idx" ON "Policy" USING gin ("organizationId", public.immutable_unaccent("title") public.gin_trgm_ops)
  WHERE "archivedAt" IS NULL;
-- People are searched through their active membership (see lib/search/sql.ts); a user has no
-- organisation of their own, so these two are not prefixed.
CREATE INDEX "User_search_idx" ON "User" USING gin (public.search_document("name", "email"));
CREATE INDEX "User_name_trgm_idx" ON "User" USING gin (public.immutable_unaccent("name") public.gin_trgm_ops);
