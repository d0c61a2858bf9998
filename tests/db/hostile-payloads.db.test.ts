// Forged payloads sent straight to the use cases the Server Actions call (what a script replaying
// an action with edited fields reaches): oversized text, wrong types, malformed ids, another
// organisation's real ids. Each is refused with a reason the actions translate, never with a
// thrown database error (a 500), and changes nothing at all in either organisation: every row of
// every tenant table is compared before and after.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { changeMemberPermission, removeMember } from "@/lib/members/mutations";
import { draftProposal } from "@/lib/proposals/draft";
import { editProposal, withdrawProposal } from "@/lib/proposals/mutations";
import { applyDirectEdit } from "@/lib/record/direct-edit";
import { reasonMessageKey, type RefusalReason } from "@/lib/record/reasons";
import { answerRound, confirmIntegration, openRound, submitProposal, testObjection } from "@/lib/rounds/mutations";
import { updateCircleSettings } from "@/lib/circle-settings/mutations";
import { db } from "@/lib/server/db";
import { addComment, changeTensionStatus, createTension, updateTension } from "@/lib/tensions/mutations";
import { createWorld, fieldsIn, type TensionWorld } from "@/lib/tensions/testing";

afterAll(() => db.$disconnect());

const HUGE = "x".repeat(100_000);
/** Ids a forger would try: malformed, injected, absurdly long, a well-formed unknown one. */
const BAD_IDS = ["", "not-a-uuid", "' OR '1'='1", "00000000-0000-0000-0000-00000000000g", `${randomUUID()}${HUGE}`, randomUUID()];

let a: TensionWorld;
let b: TensionWorld;
/** Real ids of organisation B that A's admin will try to reach. */
let foreign: { tensionId: string; proposalId: string; circleId: string; roleId: string; membershipId: string; invitationId: string };

beforeAll(async () => {
  [a, b] = [await createWorld(), await createWorld()];
  const tension = await createTension(b.admin, fieldsIn(b, { kind: "governance", intent: "raise" }));
  if (!tension.ok) throw new Error(tension.reason);
  const proposal = await draftProposal(db, b.admin, { tensionId: tension.tensionId, title: "Chez B", reasons: "Parce que", body: "" });
  if (!proposal.ok) throw new Error(proposal.reason);
  const invitation = await createInvitation(b.admin, { delivery: "link", email: "", permission: "member" }, { emailEnabled: false });
  if (!invitation.ok) throw new Error(invitation.reason);
  foreign = {
    tensionId: tension.tensionId, proposalId: proposal.proposalId, circleId: b.circleId, roleId: b.roleId,
    membershipId: b.author.membership.id, invitationId: (await db.invitation.findFirstOrThrow({ where: { organizationId: b.admin.organization.id } })).id,
  };
});

/** Every row of every table holding tenant data of A or B, as one comparable text. */
async function fingerprint(): Promise<string> {
  const ids = [a.admin.organization.id, b.admin.organization.id];
  const tables = await db.$queryRaw<{ table: string }[]>`
    SELECT table_name AS "table" FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY table_name`;
  const parts: string[] = [JSON.stringify(await db.organization.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }))];
  for (const { table } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string | null; count: number }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS count FROM "${table}" t WHERE "organizationId" = ANY($1::uuid[])`, ids);
    parts.push(`${table}:${row?.count}:${row?.digest}`);
  }
  return parts.join("\n");
}

/** Runs `attempt`, which must be refused (not thrown), and checks nothing changed anywhere. */
async function refusedAndUnchanged(attempt: () => Promise<{ ok: boolean }>, label = ""): Promise<Record<string, unknown>> {
  const before = await fingerprint();
  const result = (await attempt()) as { ok: boolean } & Record<string, unknown>;
  expect(result.ok, `${label} ${JSON.stringify(result).slice(0, 200)}`).toBe(false);
  expect(await fingerprint()).toBe(before);
  return result;
}

/** A message key the actions show must exist in both languages. */
function expectTranslated(key: unknown): void {
  for (const locale of ["fr", "en"] as const) {
    const found = String(key).split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[locale]);
    expect(typeof found, `${locale}: ${String(key)}`).toBe("string");
  }
}

describe("oversized and malformed input", () => {
  it("a tension with a 100 000-character title or text, or fields of the wrong type, is refused field by field", async () => {
    for (const overrides of [
      { title: HUGE }, { whatIs: HUGE }, { example: HUGE }, { title: 42 }, { title: ["a", "b"] }, { title: { $ne: "" } },
      { kind: "admin" }, { isInterpoles: "yes" }, { circleId: ["x"] }, { title: "   " },
    ]) {
      const result = await refusedAndUnchanged(() => createTension(a.admin, fieldsIn(a, { intent: "raise", ...overrides })));
      expect(result.reason).toBe("invalid");
      const errors = Object.values(result.fieldErrors as Record<string, string>);
      expect(errors.length).toBeGreaterThan(0);
      errors.forEach(expectTranslated);
    }
  });

  it("an oversized comment, status note or proposal text is refused", async () => {
    const mine = await createTension(a.admin, fieldsIn(a, { intent: "raise" }));
    if (!mine.ok) throw new Error(mine.reason);
    expect((await refusedAndUnchanged(() => addComment(a.admin, mine.tensionId, { body: HUGE }))).reason).toBe("invalid");
    expect((await refusedAndUnchanged(() => changeTensionStatus(a.admin, mine.tensionId, { from: "open", to: "dropped", note: HUGE }))).reason).toBe("invalid");
    // A status the form never offers (back to draft) is refused too.
    expect((await refusedAndUnchanged(() => changeTensionStatus(a.admin, mine.tensionId, { from: "open", to: "draft", note: "x" }))).reason).toBe("invalid");
    const governance = await createTension(a.admin, fieldsIn(a, { intent: "raise", kind: "governance" }));
    if (!governance.ok) throw new Error(governance.reason);
    const drafted = await refusedAndUnchanged(() => draftProposal(db, a.admin, { tensionId: governance.tensionId, title: HUGE, reasons: HUGE, body: HUGE }));
    expect(drafted.reason).toBe("invalid");
    // The action shows "proposals.errors.correct" above the fields for "invalid".
    expectTranslated("proposals.errors.correct");
    for (const issue of drafted.issues as { message: string }[]) expectTranslated(issue.message);
  });

  it("a direct edit with an oversized name, an unknown kind or too many changes is refused", async () => {
    for (const changes of [
      [{ kind: "role.create", ref: "r", circleId: a.circleId, name: HUGE }],
      [{ kind: "role.destroy_everything", circleId: a.circleId }],
      [{ kind: "role.create", ref: "r", circleId: a.circleId, name: 12 }],
      Array.from({ length: 1000 }, (_, i) => ({ kind: "role.create", ref: `r${i}`, circleId: a.circleId, name: `Rôle ${i}` })),
    ]) {
      const result = await refusedAndUnchanged(() => applyDirectEdit(db, a.admin, changes));
      expect(result.reason).toBe("invalid");
      expectTranslated(reasonMessageKey(result.reason as RefusalReason));
    }
  });

  it("every use case refuses a malformed or unknown id with a reason, never a database error", async () => {
    for (const id of BAD_IDS) {
      const attempts: Record<string, () => Promise<{ ok: boolean }>> = {
        updateTension: () => updateTension(a.admin, id, fieldsIn(a)),
        addComment: () => addComment(a.admin, id, { body: "Bonjour" }),
        changeTensionStatus: () => changeTensionStatus(a.admin, id, { from: "open", to: "processing", note: "" }),
        createTension: () => createTension(a.admin, fieldsIn(a, { circleId: id })),
        // (An empty role means "no role": that one is a valid tension.)
        createTension2: () => createTension(a.admin, fieldsIn(a, { roleId: id || "-" })),
        draftProposal: () => draftProposal(db, a.admin, { tensionId: id, title: "T", reasons: "R", body: "" }),
        editProposal: () => editProposal(db, a.admin, id, (current) => current),
        withdrawProposal: () => withdrawProposal(db, a.admin, id),
        submitProposal: () => submitProposal(db, a.admin, { proposalId: id, path: "light" }),
        answerRound: () => answerRound(db, a.admin, { proposalId: id, kind: "consent", reason: "" }),
        openRound: () => openRound(db, a.admin, { proposalId: id, asynchronous: true }),
        confirmIntegration: () => confirmIntegration(db, a.admin, { proposalId: id, objectionId: id }),
        updateCircleSettings: () => updateCircleSettings(db, a.admin, { circleId: id, settings: {} as never, seenAt: "" }),
        changeMemberPermission: () => changeMemberPermission(a.admin, { membershipId: id, permission: "admin" }),
        removeMember: () => removeMember(a.admin, { membershipId: id }),
        revokeInvitation: () => revokeInvitation(a.admin, { invitationId: id }),
        applyDirectEdit: () => applyDirectEdit(db, a.admin, [{ kind: "role.create", ref: "r", circleId: id, name: "Intruse" }]),
      };
      for (const [name, attempt] of Object.entries(attempts)) await refusedAndUnchanged(attempt, `${name}(${id.slice(0, 40)})`);
    }
  });
});

describe("another organisation's ids", () => {
  it("behave exactly like unknown ones, for every kind of object, and change nothing in either organisation", async () => {
    const expectNotFound = (result: Record<string, unknown>) => expect(String(result.reason)).toMatch(/^(notFound|not_found|invalid|circle_invalid)$/);
    expectNotFound(await refusedAndUnchanged(() => updateTension(a.admin, foreign.tensionId, fieldsIn(a, { title: "Volée" }))));
    expectNotFound(await refusedAndUnchanged(() => addComment(a.admin, foreign.tensionId, { body: "Intrusion" })));
    expectNotFound(await refusedAndUnchanged(() => changeTensionStatus(a.admin, foreign.tensionId, { from: "processing", to: "dropped", note: "x" })));
    for (const overrides of [{ circleId: foreign.circleId, roleId: "" }, { roleId: foreign.roleId }]) {
      const result = await refusedAndUnchanged(() => createTension(a.admin, fieldsIn(a, overrides)));
      expect(result.reason).toBe("invalid");
      Object.values(result.fieldErrors as Record<string, string>).forEach(expectTranslated);
    }
    expectNotFound(await refusedAndUnchanged(() => draftProposal(db, a.admin, { tensionId: foreign.tensionId, title: "T", reasons: "R", body: "" })));
    expectNotFound(await refusedAndUnchanged(() => editProposal(db, a.admin, foreign.proposalId, (current) => ({ ...current, title: "Volée" }))));
    expectNotFound(await refusedAndUnchanged(() => withdrawProposal(db, a.admin, foreign.proposalId)));
    expectNotFound(await refusedAndUnchanged(() => submitProposal(db, a.admin, { proposalId: foreign.proposalId, path: "light" })));
    expectNotFound(await refusedAndUnchanged(() => answerRound(db, a.admin, { proposalId: foreign.proposalId, kind: "objection", reason: "Non" })));
    expectNotFound(await refusedAndUnchanged(() => testObjection(db, a.admin, {
      proposalId: foreign.proposalId, objectionId: randomUUID(), verdict: "valid", note: "",
      criteria: { reducesCapacity: true, createdByProposal: true, notSafeToTry: true, limitsObjectorRole: true, breaksRules: false },
    })));
    expectNotFound(await refusedAndUnchanged(() => updateCircleSettings(db, a.admin, { circleId: foreign.circleId, settings: {} as never, seenAt: "" })));
    expectNotFound(await refusedAndUnchanged(() => changeMemberPermission(a.admin, { membershipId: foreign.membershipId, permission: "admin" })));
    expectNotFound(await refusedAndUnchanged(() => removeMember(a.admin, { membershipId: foreign.membershipId })));
    expectNotFound(await refusedAndUnchanged(() => revokeInvitation(a.admin, { invitationId: foreign.invitationId })));
    for (const change of [
      { kind: "role.create", ref: "r", circleId: foreign.circleId, name: "Intruse" },
      { kind: "role.update", roleId: foreign.roleId, name: "Renommée" },
      { kind: "role.archive", roleId: foreign.roleId },
      { kind: "circle.update", circleId: foreign.circleId, name: "Renommé" },
      { kind: "role.move", roleId: a.roleId, circleId: foreign.circleId },
    ]) {
      const result = await refusedAndUnchanged(() => applyDirectEdit(db, a.admin, [change]));
      expectTranslated(reasonMessageKey(result.reason as RefusalReason));
    }
  });
});

describe("fields the form does not have", () => {
  it("are ignored: a tension forged with another organisation, author, status and id is A's admin's own, as the form would make it", async () => {
    const forgedId = randomUUID();
    const result = await createTension(a.admin, fieldsIn(a, {
      intent: "raise", title: `Forgée ${forgedId.slice(0, 8)}`,
      id: forgedId, organizationId: b.admin.organization.id, authorId: b.admin.user.id, status: "resolved", createdAt: "2000-01-01T00:00:00Z",
    }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.tensionId).not.toBe(forgedId);
    const tension = await db.tension.findUniqueOrThrow({ where: { id: result.tensionId } });
    expect(tension).toMatchObject({ organizationId: a.admin.organization.id, authorId: a.admin.user.id, status: "open" });
    expect(tension.createdAt.getFullYear()).toBeGreaterThan(2000);
    expect(await db.tension.count({ where: { id: forgedId } })).toBe(0);
  });

  it("a permission other than the form's choices is refused", async () => {
    const result = await refusedAndUnchanged(() => changeMemberPermission(a.admin, { membershipId: a.author.membership.id, permission: "owner" }));
    expect(result.reason).toBe("invalidPermission");
  });
});
