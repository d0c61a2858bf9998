// The meeting screen of the benchmark: a meeting in progress whose current item is the open round
// the targets already measure, with that round's participants. The large seed predates meetings,
// so the bench adds this one meeting (once: it is found again on later runs).
import type pg from "pg";

const TITLE = "Réunion Interpôles (mesure)";

export async function benchMeeting(client: pg.Client, organizationId: string, proposalId: string): Promise<string> {
  const found = await client.query<{ id: string }>(`SELECT "id" FROM "Meeting" WHERE "organizationId" = $1 AND "title" = $2 LIMIT 1`, [organizationId, TITLE]);
  if (found.rows[0]) return found.rows[0].id;
  await client.query("BEGIN");
  try {
    const { rows: [proposal] } = await client.query<{ circleId: string; authorId: string; title: string; roundId: string }>(`
      SELECT p."circleId", p."authorId", v."title", r."id" AS "roundId" FROM "Proposal" p
      JOIN "ProposalVersion" v ON v."proposalId" = p."id" AND v."number" = p."currentVersion"
      JOIN "ConsentRound" r ON r."proposalId" = p."id" AND r."status" = 'open'
      WHERE p."id" = $1`, [proposalId]);
    if (!proposal) throw new Error("bench: the round's proposal is gone");
    const { rows: [meeting] } = await client.query<{ id: string }>(`
      INSERT INTO "Meeting" ("id", "organizationId", "title", "startsAt", "status", "stage", "startedAt", "facilitatorId", "createdById", "updatedAt")
      VALUES (gen_random_uuid(), $1, $2, now(), 'in_progress', 'items', now(), $3, $3, now()) RETURNING "id"`, [organizationId, TITLE, proposal.authorId]);
    const meetingId = meeting!.id;
    await client.query(`INSERT INTO "MeetingCircle" ("id", "organizationId", "meetingId", "circleId") VALUES (gen_random_uuid(), $1, $2, $3)`, [organizationId, meetingId, proposal.circleId]);
    await client.query(`
      INSERT INTO "MeetingParticipant" ("id", "organizationId", "meetingId", "userId", "attendance")
      SELECT gen_random_uuid(), $1, $2, "userId", 'present' FROM "RoundParticipant" WHERE "roundId" = $3`, [organizationId, meetingId, proposal.roundId]);
    const { rows: [item] } = await client.query<{ id: string }>(`
      INSERT INTO "AgendaItem" ("id", "organizationId", "meetingId", "position", "kind", "title", "proposalId", "status", "addedById")
      VALUES (gen_random_uuid(), $1, $2, 0, 'proposal', $3, $4, 'in_progress', $5) RETURNING "id"`, [organizationId, meetingId, proposal.title, proposalId, proposal.authorId]);
    await client.query(`UPDATE "Meeting" SET "currentAgendaItemId" = $1 WHERE "id" = $2`, [item!.id, meetingId]);
    await client.query(`UPDATE "ConsentRound" SET "meetingId" = $1, "deadlineAt" = NULL WHERE "id" = $2`, [meetingId, proposal.roundId]);
    await client.query("COMMIT");
    return meetingId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
