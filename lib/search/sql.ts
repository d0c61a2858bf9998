// The SQL of the search, one fragment per kind of result. Every fragment is a Prisma.sql tagged
// template: what the person typed only ever travels as a bound parameter.
//
// Each kind matches its rows in three ways, OR-ed so that one bitmap scan per index answers:
// - full text: websearch_to_tsquery on the unaccented query (« animer » finds « Animation »: the
//   French stemmer reduces both to « anim »);
// - prefix: every word as a word beginning (« facil » finds « Facilitation »);
// - fuzzy: a trigram word similarity on the name (typos), only for queries long enough.
// Documents are the stored "searchDocument" columns (ADR 0013); `public.immutable_unaccent(...)`
// must stay written exactly as in the trigram indexes of prisma/constraints.sql, or PostgreSQL
// would stop using them.
import { Prisma } from "@/lib/generated/prisma/client";

export type Terms = { web: Prisma.Sql; prefix: Prisma.Sql | null; fuzzy: Prisma.Sql | null; highlight: Prisma.Sql };

export function terms(query: string, prefix: string, fuzzy: boolean): Terms {
  const web = Prisma.sql`websearch_to_tsquery('pg_catalog.french', public.immutable_unaccent(${query}))`;
  const pre = prefix ? Prisma.sql`to_tsquery('pg_catalog.french', public.immutable_unaccent(${prefix}))` : null;
  return {
    web,
    prefix: pre,
    fuzzy: fuzzy ? Prisma.sql`public.immutable_unaccent(${query})` : null,
    highlight: pre ? Prisma.sql`(${web} || ${pre})` : web,
  };
}

/** The WHERE condition on a row whose document is `doc` and whose name is `name`. */
function matches(t: Terms, doc: Prisma.Sql, name: Prisma.Sql): Prisma.Sql {
  const prefix = t.prefix ? Prisma.sql` OR ${doc} @@ ${t.prefix}` : Prisma.empty;
  const fuzzy = t.fuzzy ? Prisma.sql` OR ${t.fuzzy} <% public.immutable_unaccent(${name})` : Prisma.empty;
  return Prisma.sql`(${doc} @@ ${t.web}${prefix}${fuzzy})`;
}

/**
 * The score: an exact (stemmed) match first, a prefix match half as much, a fuzzy resemblance of
 * the name a little. Within ts_rank, the name (weight A) counts 2.5 times the description (B).
 * The resemblance only ranks the rows that the words did not find (typos): computed on every
 * match, it was most of the cost of a common word's search in a large organisation.
 */
function score(t: Terms, doc: Prisma.Sql, name: Prisma.Sql): Prisma.Sql {
  const prefix = t.prefix ? Prisma.sql` + 0.5 * ts_rank(${doc}, ${t.prefix})` : Prisma.empty;
  const found = t.prefix ? Prisma.sql`${doc} @@ ${t.web} OR ${doc} @@ ${t.prefix}` : Prisma.sql`${doc} @@ ${t.web}`;
  const fuzzy = t.fuzzy
    ? Prisma.sql` + CASE WHEN ${found} THEN 0 ELSE 0.1 * word_similarity(${t.fuzzy}, public.immutable_unaccent(${name})) END`
    : Prisma.empty;
  return Prisma.sql`CROSS JOIN LATERAL (SELECT (ts_rank(${doc}, ${t.web})${prefix}${fuzzy})::float8 AS score) s`;
}

/** Each arm selects: kind, id, targetKind, targetId, name, body, context, score. */
export function arms(t: Terms, organizationId: string): Prisma.Sql[] {
  const org = Prisma.sql`${organizationId}::uuid`;
  const circleDoc = Prisma.sql`c."searchDocument"`;
  const roleDoc = Prisma.sql`r."searchDocument"`;
  const accountabilityDoc = Prisma.sql`a."searchDocument"`;
  const domainDoc = Prisma.sql`d."searchDocument"`;
  const policyDoc = Prisma.sql`p."searchDocument"`;
  const userDoc = Prisma.sql`u."searchDocument"`;
  return [
    Prisma.sql`
      SELECT 'circle' AS kind, c."id"::text AS id, 'circle' AS "targetKind", c."id"::text AS "targetId",
        c."name" AS name, c."purpose" AS body, parent."name" AS context, s.score
      FROM "Circle" c
      LEFT JOIN "Circle" parent ON parent."organizationId" = c."organizationId" AND parent."id" = c."parentId"
      ${score(t, circleDoc, Prisma.sql`c."name"`)}
      WHERE c."organizationId" = ${org} AND c."archivedAt" IS NULL AND ${matches(t, circleDoc, Prisma.sql`c."name"`)}`,
    Prisma.sql`
      SELECT 'role', r."id"::text, 'role', r."id"::text, r."name", r."purpose", c."name", s.score
      FROM "Role" r
      JOIN "Circle" c ON c."organizationId" = r."organizationId" AND c."id" = r."circleId" AND c."archivedAt" IS NULL
      ${score(t, roleDoc, Prisma.sql`r."name"`)}
      WHERE r."organizationId" = ${org} AND r."archivedAt" IS NULL AND ${matches(t, roleDoc, Prisma.sql`r."name"`)}`,
    Prisma.sql`
      SELECT 'accountability', a."id"::text, 'role', r."id"::text, a."description", '', r."name", s.score
      FROM "Accountability" a
      JOIN "Role" r ON r."organizationId" = a."organizationId" AND r."id" = a."roleId" AND r."archivedAt" IS NULL
      ${score(t, accountabilityDoc, Prisma.sql`a."description"`)}
      WHERE a."organizationId" = ${org} AND a."archivedAt" IS NULL AND ${matches(t, accountabilityDoc, Prisma.sql`a."description"`)}`,
    Prisma.sql`
      SELECT 'domain', d."id"::text, CASE WHEN r."id" IS NULL THEN 'circle' ELSE 'role' END, coalesce(r."id", c."id")::text,
        d."name", d."description", coalesce(r."name", c."name"), s.score
      FROM "Domain" d
      JOIN "Circle" c ON c."organizationId" = d."organizationId" AND c."id" = d."circleId" AND c."archivedAt" IS NULL
      LEFT JOIN "Role" r ON r."organizationId" = d."organizationId" AND r."id" = d."roleId"
      ${score(t, domainDoc, Prisma.sql`d."name"`)}
      WHERE d."organizationId" = ${org} AND d."archivedAt" IS NULL AND (d."roleId" IS NULL OR r."archivedAt" IS NULL)
        AND ${matches(t, domainDoc, Prisma.sql`d."name"`)}`,
    Prisma.sql`
      SELECT 'policy', p."id"::text, 'circle', c."id"::text, p."title", p."body", c."name", s.score
      FROM "Policy" p
      JOIN "Circle" c ON c."organizationId" = p."organizationId" AND c."id" = p."circleId" AND c."archivedAt" IS NULL
      ${score(t, policyDoc, Prisma.sql`p."title"`)}
      WHERE p."organizationId" = ${org} AND p."archivedAt" IS NULL AND ${matches(t, policyDoc, Prisma.sql`p."title"`)}`,
    Prisma.sql`
      SELECT 'member', m."id"::text, 'member', m."id"::text, u."name", u."email", NULL, s.score
      FROM "User" u
      JOIN "Membership" m ON m."userId" = u."id" AND m."organizationId" = ${org} AND m."removedAt" IS NULL
      ${score(t, userDoc, Prisma.sql`u."name"`)}
      WHERE ${matches(t, userDoc, Prisma.sql`u."name"`)}`,
  ];
}
