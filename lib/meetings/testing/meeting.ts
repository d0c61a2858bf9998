// Database fixtures of the minutes' tests: the consent fixtures' people as meeting actors, and a
// meeting scheduled, started and driven through the real use cases (schedule.ts, live.ts).
import { expect } from "vitest";
import type { Db } from "@/lib/server/db";
import type { TestPerson } from "@/lib/rounds/testing/fixtures";
import type { Actor } from "../change";
import { scheduleMeeting } from "../schedule";

/** A test person as the member context a meeting use case takes (only these fields are read). */
export function asActor(p: TestPerson): Actor {
  return {
    user: { id: p.userId, email: "", name: "", locale: "fr" },
    organization: { id: p.organization.id, slug: "", name: "", governanceEditMode: "direct_edits_by_admins", recordVersion: 0 },
    membership: { id: p.membershipId, permission: p.membership.permission },
  };
}

export async function scheduled(
  db: Db, by: TestPerson,
  input: { circleIds: string[]; invitees?: TestPerson[]; facilitator: TestPerson; secretary?: TestPerson; title?: string },
): Promise<string> {
  const result = await scheduleMeeting(db, asActor(by), {
    title: input.title ?? "Réunion Interpôles", startsAt: "2031-03-04T10:00", durationMinutes: 90, place: "Salle 2", videoUrl: "",
    circleIds: input.circleIds, inviteeIds: (input.invitees ?? []).map((p) => p.membershipId),
    facilitatorId: input.facilitator.membershipId, secretaryId: input.secretary?.membershipId ?? "",
  });
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error(result.reason);
  return result.meetingId;
}
