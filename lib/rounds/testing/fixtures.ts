// Database fixtures of the consent process's tests: an organisation of its own (record fixtures),
// a circle whose members are an admin, members, an observer and an outsider (in the organisation,
// not in the circle), a facilitator role held by one of them, a role to change, and a proposal in
// draft whose change set adds an accountability to that role.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/server/db";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { createOrgFixture, directEdit, refOf, type OrgFixture } from "@/lib/record/test-fixtures";
import type { ProcessContext } from "../context";

export type TestPerson = ProcessContext & { userId: string; membershipId: string };

export async function person(db: Db, organizationId: string, permission: OrgPermission, circleId: string | null): Promise<TestPerson> {
  const user = await db.user.create({ data: { email: `rounds-${randomUUID()}@test.invalid`, name: `P ${permission} ${randomUUID().slice(0, 6)}` } });
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, permission } });
  if (circleId) await db.circleMembership.create({ data: { organizationId, circleId, membershipId: membership.id } });
  return { userId: user.id, membershipId: membership.id, organization: { id: organizationId }, user: { id: user.id }, membership: { permission } };
}

export async function holdCoreRole(db: Db, fx: { organizationId: string }, circleId: string, who: TestPerson, coreRole: "facilitator" | "lead_link" | "rep_link") {
  const role = await db.role.upsert({
    where: { organizationId_circleId_coreRole: { organizationId: fx.organizationId, circleId, coreRole } },
    create: { organizationId: fx.organizationId, circleId, coreRole, name: `${coreRole} ${randomUUID().slice(0, 6)}` },
    update: {},
  });
  await db.roleAssignment.create({ data: { organizationId: fx.organizationId, roleId: role.id, membershipId: who.membershipId } });
}

export type ConsentFixture = {
  fx: OrgFixture;
  circleId: string;
  roleId: string;
  proposer: TestPerson;
  facilitator: TestPerson;
  member: TestPerson;
  admin: TestPerson;
  observer: TestPerson;
  outsider: TestPerson;
};

export async function createConsentFixture(db: Db, settings: Record<string, unknown> = {}): Promise<ConsentFixture> {
  const fx = await createOrgFixture(db);
  const circleId = fx.generalCircleId;
  const org = fx.organizationId;
  if (Object.keys(settings).length > 0) await db.circleProcessSettings.update({ where: { organizationId_circleId: { organizationId: org, circleId } }, data: settings });
  const made = await directEdit(db, fx, [{ kind: "role.create", ref: "r", circleId, name: "Trésorerie", accountabilities: ["Tenir les comptes"] }]);
  const [proposer, facilitator, member, admin, observer, outsider] = [
    await person(db, org, "member", circleId), await person(db, org, "member", circleId), await person(db, org, "member", circleId),
    await person(db, org, "admin", circleId), await person(db, org, "observer", circleId), await person(db, org, "member", null),
  ];
  await holdCoreRole(db, fx, circleId, facilitator, "facilitator");
  return { fx, circleId, roleId: refOf(made, "r"), proposer, facilitator, member, admin, observer, outsider };
}

/** A draft of `author` (version 1) adding an accountability to the fixture's role. */
export async function createProposal(db: Db, c: ConsentFixture, description = "Publier les comptes chaque mois", author = c.proposer) {
  const organizationId = c.fx.organizationId;
  const proposal = await db.proposal.create({ data: { organizationId, circleId: c.circleId, authorId: author.userId } });
  const version = await db.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title: "Publier les comptes", reasons: "Transparence", authorId: author.userId } });
  await db.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: { roleId: c.roleId, description } } });
  await db.proposalCircle.create({ data: { organizationId, proposalId: proposal.id, circleId: c.circleId } });
  return proposal.id;
}
