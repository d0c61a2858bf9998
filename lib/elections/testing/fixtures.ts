// Database fixtures of the elections' tests: the consent fixture (an organisation of its own, its
// general circle, a facilitator, members, an observer and an outsider), a secretary role held by
// the admin, and a meeting of the circle with the proposer, member and admin invited (the outsider
// and the observer are not participants), scheduled through lib/meetings/schedule.ts.
import { expect } from "vitest";
import type { Db } from "@/lib/server/db";
import type { Actor } from "@/lib/meetings/change";
import { scheduleMeeting } from "@/lib/meetings/schedule";
import { startMeeting, takeUpItem } from "@/lib/meetings/live";
import { instantToWallClock } from "@/lib/meetings/time";
import { createConsentFixture, type ConsentFixture, type TestPerson } from "@/lib/rounds/testing/fixtures";
import { addElectionItem } from "../mutations";

/** A test person as the meetings' use cases see a member (only ids and permission are read). */
export const as = (p: TestPerson) => p as unknown as Actor;

export type ElectionFixture = ConsentFixture & { secretaryRoleId: string; secretaryAssignmentId: string };

export async function createElectionFixture(db: Db): Promise<ElectionFixture> {
  const c = await createConsentFixture(db);
  const org = c.fx.organizationId;
  const role = await db.role.create({ data: { organizationId: org, circleId: c.circleId, coreRole: "secretary", name: "Secrétariat" } });
  const assignment = await db.roleAssignment.create({ data: { organizationId: org, roleId: role.id, membershipId: c.admin.membershipId } });
  return { ...c, secretaryRoleId: role.id, secretaryAssignmentId: assignment.id };
}

export async function scheduleFor(db: Db, c: ConsentFixture, startsAt: Date, now = new Date()): Promise<string> {
  const result = await scheduleMeeting(db, as(c.facilitator), {
    title: "Réunion de gouvernance", startsAt: instantToWallClock(startsAt), durationMinutes: "90", place: "", videoUrl: "",
    circleIds: [c.circleId], inviteeIds: [c.proposer.membershipId, c.member.membershipId, c.admin.membershipId],
    facilitatorId: c.facilitator.membershipId, secretaryId: "",
  }, now);
  expect(result).toMatchObject({ ok: true });
  return (result as { meetingId: string }).meetingId;
}

/** A meeting in progress whose current item is a new election of the secretary role. */
export async function electionUnderWay(db: Db, c: ElectionFixture, input: Record<string, unknown> = {}) {
  const meetingId = await scheduleFor(db, c, new Date(Date.now() + 3600_000));
  expect(await startMeeting(db, as(c.facilitator), meetingId)).toEqual({ ok: true });
  expect(await addElectionItem(db, as(c.proposer), meetingId, { roleId: c.secretaryRoleId, termEndsOn: "2099-06-30", criteria: "Rigueur", ...input })).toEqual({ ok: true });
  const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId, kind: "election" }, orderBy: { position: "desc" } });
  expect(await takeUpItem(db, as(c.facilitator), meetingId, item.id)).toEqual({ ok: true });
  return { meetingId, itemId: item.id };
}

export async function detailsOf(db: Db, itemId: string) {
  const item = await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { details: true, proposalId: true, title: true } });
  return { ...(item.details as Record<string, unknown>), proposalId: item.proposalId, title: item.title } as unknown as Record<string, unknown> & {
    phase: string; nominations: { byUserId: string; nomineeUserId: string; reason: string }[]; proposalId: string | null;
  };
}
