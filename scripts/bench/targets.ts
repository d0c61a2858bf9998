// The pages the benchmark measures on one organisation, with the heaviest subjects it holds: the
// circle with the most roles and sub-circles, the role with the most accountabilities, the member
// filling the most roles, the open round with the most participants the admin answers in, a
// proposal in its reactions. `screen` names the key screens weighed in a browser (sobriety).
// Reads are plain SQL (the app's data layer is server-only).
import pg from "pg";
import { benchMeeting } from "./meeting.ts";

export type Target = { name: string; path: string; screen?: string };

const ONE_YEAR = 365 * 24 * 60 * 60 * 1000;

async function one(client: pg.Client, sql: string, organizationId: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(sql, [organizationId]);
  if (!rows[0]) throw new Error(`bench: nothing found for ${sql}`);
  return rows[0].id;
}

export async function targetsFor(databaseUrl: string, slug: string, now: Date): Promise<Target[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const organizationId = await one(client, `SELECT "id" FROM "Organization" WHERE "slug" = $1`, slug);
    const circleId = await one(client, `
      SELECT c."id" FROM "Circle" c WHERE c."organizationId" = $1 AND c."archivedAt" IS NULL
      ORDER BY (SELECT count(*) FROM "Role" r WHERE r."circleId" = c."id" AND r."archivedAt" IS NULL)
             + (SELECT count(*) FROM "Circle" k WHERE k."parentId" = c."id" AND k."archivedAt" IS NULL) DESC, c."id" LIMIT 1`, organizationId);
    const roleId = await one(client, `
      SELECT r."id" FROM "Role" r WHERE r."organizationId" = $1 AND r."archivedAt" IS NULL
      ORDER BY (SELECT count(*) FROM "Accountability" a WHERE a."roleId" = r."id" AND a."archivedAt" IS NULL) DESC, r."id" LIMIT 1`, organizationId);
    const membershipId = await one(client, `
      SELECT "membershipId" AS "id" FROM "RoleAssignment" WHERE "organizationId" = $1 AND "endedAt" IS NULL
      GROUP BY "membershipId" ORDER BY count(*) DESC, "membershipId" LIMIT 1`, organizationId);
    const proposalId = await one(client, `
      SELECT p."id" FROM "Proposal" p WHERE p."organizationId" = $1 AND p."status" = 'in_process' AND p."step" = 'reactions'
      ORDER BY p."createdAt", p."id" LIMIT 1`, organizationId);
    const roundProposalId = await one(client, `
      SELECT r."proposalId" AS "id" FROM "ConsentRound" r JOIN "Organization" o ON o."id" = r."organizationId"
      WHERE r."organizationId" = $1 AND r."status" = 'open'
        AND EXISTS (SELECT 1 FROM "RoundParticipant" p JOIN "User" u ON u."id" = p."userId" WHERE p."roundId" = r."id" AND u."email" = 'admin@' || o."slug" || '.test')
      ORDER BY (SELECT count(*) FROM "RoundParticipant" p WHERE p."roundId" = r."id") DESC, r."id" LIMIT 1`, organizationId);
    const meetingId = await benchMeeting(client, organizationId, roundProposalId);
    const yearAgo = new Date(now.getTime() - ONE_YEAR).toISOString().slice(0, 10);
    const base = `/o/${slug}`;
    return [
      { name: "home", path: base, screen: "home" },
      { name: "circles map", path: `${base}/circles`, screen: "map" },
      { name: "circle", path: `${base}/circles/${circleId}`, screen: "circle" },
      { name: "role", path: `${base}/roles/${roleId}`, screen: "role" },
      { name: "review", path: `${base}/review`, screen: "review" },
      { name: "search", path: `${base}/search?q=animer` },
      { name: "tensions", path: `${base}/tensions`, screen: "tensions" },
      { name: "proposal", path: `${base}/proposals/${proposalId}`, screen: "proposal" },
      { name: "consent round", path: `${base}/proposals/${roundProposalId}`, screen: "round" },
      { name: "meeting", path: `${base}/meetings/${meetingId}`, screen: "meeting" },
      { name: "meetings", path: `${base}/meetings` },
      { name: "roles list", path: `${base}/roles` },
      { name: "time travel", path: `${base}/record?at=${yearAgo}` },
      { name: "member's roles", path: `${base}/members/${membershipId}` },
    ];
  } finally {
    await client.end();
  }
}
