// The record the review and member-roles specs read: a general circle, a pole and its sub-circle,
// roles with accountabilities (some written to trip Markdown and spreadsheets up), holders with
// terms. Built with the shared record factories (./record.ts), as the engine would write it.
import { testDb, type TestOrganization, type TestUser } from "./db.ts";
import { assignRole, createCircle, createRole } from "./record.ts";

/** YYYY-MM-DD, `days` from today (UTC). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

export type ReviewRecord = {
  poleId: string;
  teamId: string;
  treasuryId: string;
  welcomeId: string;
  workshopId: string;
};

export async function buildReviewRecord(org: TestOrganization, admin: TestUser, memberMembershipId: string): Promise<ReviewRecord> {
  const pole = await createCircle(org, admin, { name: "Pôle Atelier" });
  const team = await createCircle(org, admin, { name: "Équipe bois", kind: "project", parentId: pole.id });
  const treasury = await createRole(org, admin, {
    circleId: org.generalCircleId,
    name: "*Trésorerie*",
    accountabilities: ["Tenir les comptes", "=SUM(A1:A9)", "- Payer les factures <b>à temps</b>"],
  });
  const welcome = await createRole(org, admin, { circleId: pole.id, name: "Accueil", accountabilities: ["Accueillir les bénévoles", "Tenir le planning"] });
  const workshop = await createRole(org, admin, { circleId: team.id, name: "Menuiserie", accountabilities: ["Entretenir les machines"] });
  await assignRole(org, admin, { roleId: welcome.id, membershipId: memberMembershipId, focus: "le samedi", termEndsOn: dayFromToday(10) });
  await assignRole(org, admin, { roleId: workshop.id, membershipId: memberMembershipId, termEndsOn: dayFromToday(200) });
  return { poleId: pole.id, teamId: team.id, treasuryId: treasury.id, welcomeId: welcome.id, workshopId: workshop.id };
}

/** A term already over: the engine refuses to set one, but time passes; written directly. */
export async function endTermInThePast(org: TestOrganization, roleId: string, membershipId: string): Promise<void> {
  await testDb().roleAssignment.updateMany({
    where: { organizationId: org.id, roleId, membershipId, endedAt: null },
    data: { termEndsOn: new Date(`${dayFromToday(-3)}T00:00:00Z`) },
  });
}
