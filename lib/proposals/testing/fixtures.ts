// Database fixtures of the proposals' tests: an organisation of the record's fixtures (unique
// names), a role to change, tensions inserted directly (the tensions feature is another module),
// and the actor shape the mutations take.
import type { Db } from "@/lib/server/db";
import type { TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";
import { createOrgFixture, directEdit, refOf, type OrgFixture, type Person } from "@/lib/record/test-fixtures";
import { draftProposal, type ProposalActor } from "../draft";

export function actorOf(fx: OrgFixture, person: Person): ProposalActor {
  return { organization: { id: fx.organizationId }, user: { id: person.userId } };
}

export async function createProposalFixture(db: Db) {
  const fx = await createOrgFixture(db);
  const made = await directEdit(db, fx, [
    { kind: "role.create", ref: "r", circleId: fx.generalCircleId, name: "Trésorerie", accountabilities: ["Tenir les comptes"] },
  ]);
  return { fx, roleId: refOf(made, "r") };
}

export async function createTension(
  db: Db, fx: OrgFixture, author: Person,
  options: { kind?: TensionKind; status?: TensionStatus; isInterpoles?: boolean; circleId?: string } = {},
) {
  return db.tension.create({
    data: {
      organizationId: fx.organizationId, circleId: options.circleId ?? fx.generalCircleId, authorId: author.userId,
      title: "Les comptes ne sont pas suivis", kind: options.kind ?? "governance", status: options.status ?? "open",
      isInterpoles: options.isInterpoles ?? false,
    },
  });
}

/** A drafted proposal of `author`, optionally moved to `in_process` (as the consent process would). */
export async function createDraft(db: Db, fx: OrgFixture, author: Person, inProcess = false) {
  const tension = await createTension(db, fx, author);
  const result = await draftProposal(db, actorOf(fx, author), { tensionId: tension.id, title: "Suivre la trésorerie", reasons: "Parce que", body: "" });
  if (!result.ok) throw new Error(`draft refused: ${result.reason}`);
  if (inProcess) await db.proposal.update({ where: { id: result.proposalId }, data: { status: "in_process" } });
  return { tensionId: tension.id, proposalId: result.proposalId };
}
