import { afterAll, describe, expect, it } from "vitest";
import { createTestOrganization } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";
import { getTension } from "./data";
import { addComment, changeTensionStatus, createTension, publishTension, updateTension } from "./mutations";
import { createCircle, createRole, createWorld, fieldsIn } from "./testing";

afterAll(() => db.$disconnect());

const reader = (context: { organization: { id: string }; user: { id: string } }) => ({ organizationId: context.organization.id, userId: context.user.id });

async function raised(world: Awaited<ReturnType<typeof createWorld>>, overrides: Record<string, unknown> = {}) {
  const result = await createTension(world.author, { ...fieldsIn(world, overrides), intent: "raise" });
  if (!result.ok) throw new Error(`not raised: ${result.reason}`);
  return result.tensionId;
}

describe("createTension", () => {
  it("raises a tension in a circle, about a role, with its event in the circle's journal", async () => {
    const world = await createWorld();
    const result = await createTension(world.author, { ...fieldsIn(world, { isInterpoles: true }), intent: "raise" });
    expect(result).toMatchObject({ ok: true, status: "open" });
    if (!result.ok) return;
    const row = await db.tension.findUniqueOrThrow({ where: { id: result.tensionId } });
    expect(row).toMatchObject({ organizationId: world.author.organization.id, authorId: world.author.user.id, circleId: world.circleId, roleId: world.roleId, kind: "operational", status: "open", isInterpoles: true, title: "Les clés du local" });
    const events = await db.event.findMany({ where: { subjectId: result.tensionId } });
    expect(events).toMatchObject([{ kind: "tension.raised", circleId: world.circleId, actorId: world.author.user.id, data: { title: "Les clés du local", roleId: world.roleId } }]);
  });

  it("keeps a draft private: no circle nor title in its event, invisible to others, admins included", async () => {
    const world = await createWorld();
    const result = await createTension(world.author, { ...fieldsIn(world), intent: "draft" });
    expect(result).toMatchObject({ ok: true, status: "draft" });
    if (!result.ok) return;
    expect(await db.event.findMany({ where: { subjectId: result.tensionId }, select: { kind: true, circleId: true, data: true } })).toEqual([
      { kind: "tension.drafted", circleId: null, data: {} },
    ]);
    expect(await getTension(reader(world.author), result.tensionId)).toMatchObject({ status: "draft" });
    for (const someone of [world.admin, world.other, world.observer]) expect(await getTension(reader(someone), result.tensionId)).toBeNull();
    // Nor may they act on it: it answers as if it did not exist.
    expect(await addComment(world.admin, result.tensionId, { body: "Je lis ?" })).toEqual({ ok: false, reason: "notFound" });
    expect(await changeTensionStatus(world.admin, result.tensionId, { from: "draft", to: "dropped", note: "x" })).toEqual({ ok: false, reason: "notFound" });
    expect(await publishTension(world.admin, result.tensionId)).toEqual({ ok: false, reason: "notFound" });
    expect(await updateTension(world.admin, result.tensionId, fieldsIn(world))).toEqual({ ok: false, reason: "notFound" });
  });

  it("defaults to a draft when the intent is missing or unknown", async () => {
    const world = await createWorld();
    expect(await createTension(world.author, fieldsIn(world))).toMatchObject({ ok: true, status: "draft" });
  });

  it("answers a foreign circle or role exactly like an unknown one, and writes nothing", async () => {
    const world = await createWorld();
    const elsewhere = await createTestOrganization();
    const foreignGeneral = await db.circle.findFirstOrThrow({ where: { organizationId: elsewhere.organization.id }, select: { id: true } });
    const foreignRole = await createRole(elsewhere.organization.id, foreignGeneral.id);
    const unknown = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    const circleRefusal = { ok: false, reason: "invalid", fieldErrors: { circleId: "tensions.errors.circleNotFound" } };
    const roleRefusal = { ok: false, reason: "invalid", fieldErrors: { roleId: "tensions.errors.roleNotFound" } };
    expect(await createTension(world.author, fieldsIn(world, { circleId: foreignGeneral.id, roleId: "" }))).toEqual(circleRefusal);
    expect(await createTension(world.author, fieldsIn(world, { circleId: unknown, roleId: "" }))).toEqual(circleRefusal);
    expect(await createTension(world.author, fieldsIn(world, { roleId: foreignRole.id }))).toEqual(roleRefusal);
    expect(await createTension(world.author, fieldsIn(world, { roleId: unknown }))).toEqual(roleRefusal);
    // A role of this organisation, but of another circle.
    const generalRole = await createRole(world.author.organization.id, world.generalCircleId);
    expect(await createTension(world.author, fieldsIn(world, { roleId: generalRole.id }))).toEqual(roleRefusal);
    expect(await db.tension.count({ where: { authorId: world.author.user.id } })).toBe(0);
  });

  it("refuses an archived circle or role", async () => {
    const world = await createWorld();
    const circle = await createCircle(world.author.organization.id, world.generalCircleId);
    const role = await createRole(world.author.organization.id, circle.id);
    await db.role.update({ where: { id: role.id }, data: { archivedAt: new Date() } });
    expect(await createTension(world.author, fieldsIn(world, { circleId: circle.id, roleId: role.id }))).toMatchObject({ ok: false, fieldErrors: { roleId: "tensions.errors.roleNotFound" } });
    await db.circle.update({ where: { id: circle.id }, data: { archivedAt: new Date() } });
    expect(await createTension(world.author, fieldsIn(world, { circleId: circle.id, roleId: "" }))).toMatchObject({ ok: false, fieldErrors: { circleId: "tensions.errors.circleNotFound" } });
  });

  it("names the faulty fields and refuses observers", async () => {
    const world = await createWorld();
    expect(await createTension(world.author, fieldsIn(world, { title: "  ", kind: "both" }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { title: "tensions.errors.titleRequired", kind: "tensions.errors.kindInvalid" },
    });
    expect(await createTension(world.observer, { ...fieldsIn(world), intent: "raise" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.tension.count({ where: { organizationId: world.author.organization.id } })).toBe(0);
  });
});

describe("updateTension and publishTension", () => {
  it("lets the author edit a draft then raise it, publishing its event only then", async () => {
    const world = await createWorld();
    const created = await createTension(world.author, fieldsIn(world));
    if (!created.ok) throw new Error("no draft");
    expect(await updateTension(world.author, created.tensionId, fieldsIn(world, { title: "Les clés, encore", roleId: "" }))).toMatchObject({ ok: true, status: "draft" });
    expect(await publishTension(world.author, created.tensionId)).toMatchObject({ ok: true, status: "open" });
    expect(await publishTension(world.author, created.tensionId)).toEqual({ ok: false, reason: "stale" });
    const events = await db.event.findMany({ where: { subjectId: created.tensionId }, orderBy: { occurredAt: "asc" }, select: { kind: true, circleId: true } });
    expect(events).toEqual([
      { kind: "tension.drafted", circleId: null },
      { kind: "tension.updated", circleId: null },
      { kind: "tension.raised", circleId: world.circleId },
    ]);
    expect(await getTension(reader(world.other), created.tensionId)).toMatchObject({ title: "Les clés, encore", role: null, status: "open" });
  });

  it("refuses others, and the author once the tension is being processed", async () => {
    const world = await createWorld();
    const id = await raised(world);
    expect(await updateTension(world.other, id, fieldsIn(world, { title: "Mon titre" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateTension(world.admin, id, fieldsIn(world, { title: "Mon titre" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await changeTensionStatus(world.author, id, { from: "open", to: "processing" })).toMatchObject({ ok: true });
    expect(await updateTension(world.author, id, fieldsIn(world, { title: "Trop tard" }))).toEqual({ ok: false, reason: "stale" });
    expect((await db.tension.findUniqueOrThrow({ where: { id } })).title).toBe("Les clés du local");
  });

  it("refuses to publish a draft whose circle was archived meanwhile", async () => {
    const world = await createWorld();
    const created = await createTension(world.author, fieldsIn(world, { roleId: "" }));
    if (!created.ok) throw new Error("no draft");
    await db.circle.update({ where: { id: world.circleId }, data: { archivedAt: new Date() } });
    expect(await publishTension(world.author, created.tensionId)).toMatchObject({ ok: false, reason: "invalid" });
    expect((await db.tension.findUniqueOrThrow({ where: { id: created.tensionId } })).status).toBe("draft");
  });
});

describe("addComment", () => {
  it("adds a plain-text comment, kept as typed, with its event in the circle's journal", async () => {
    const world = await createWorld();
    const id = await raised(world);
    const body = "Ligne 1\n<b>pas du HTML</b>";
    const result = await addComment(world.other, id, { body: `  ${body}  ` });
    expect(result).toMatchObject({ ok: true });
    const comments = await db.comment.findMany({ where: { tensionId: id } });
    expect(comments).toMatchObject([{ body, kind: "comment", authorId: world.other.user.id }]);
    expect(await db.event.count({ where: { subjectId: id, kind: "tension.commented", circleId: world.circleId } })).toBe(1);
  });

  it("refuses an empty comment, observers, closed tensions and other organisations", async () => {
    const world = await createWorld();
    const id = await raised(world);
    expect(await addComment(world.other, id, { body: "   " })).toEqual({ ok: false, reason: "invalid", fieldErrors: { body: "tensions.errors.commentRequired" } });
    expect(await addComment(world.observer, id, { body: "Je suis là" })).toEqual({ ok: false, reason: "forbidden" });
    const outsider = await createTestOrganization();
    expect(await addComment(outsider, id, { body: "Bonjour" })).toEqual({ ok: false, reason: "notFound" });
    await changeTensionStatus(world.author, id, { from: "open", to: "resolved", note: "" });
    expect(await addComment(world.other, id, { body: "Trop tard" })).toEqual({ ok: false, reason: "closed" });
    expect(await db.comment.count({ where: { tensionId: id, kind: "comment" } })).toBe(0);
  });
});

describe("changeTensionStatus", () => {
  it("resolves an operational tension with a note: a status_note comment and an event", async () => {
    const world = await createWorld();
    const id = await raised(world);
    expect(await changeTensionStatus(world.author, id, { from: "open", to: "resolved", note: "Un tableau des clés est affiché." })).toEqual({ ok: true, tensionId: id, status: "resolved" });
    const note = await db.comment.findFirstOrThrow({ where: { tensionId: id, kind: "status_note" } });
    expect(note.body).toBe("Un tableau des clés est affiché.");
    const event = await db.event.findFirstOrThrow({ where: { subjectId: id, kind: "tension.status_changed" } });
    expect(event).toMatchObject({ circleId: world.circleId, data: { from: "open", to: "resolved", commentId: note.id } });
  });

  it("lets an admin move it, but not another member nor an observer", async () => {
    const world = await createWorld();
    const id = await raised(world);
    expect(await changeTensionStatus(world.other, id, { from: "open", to: "processing" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await changeTensionStatus(world.observer, id, { from: "open", to: "processing" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await changeTensionStatus(world.admin, id, { from: "open", to: "processing" })).toMatchObject({ ok: true, status: "processing" });
  });

  it("requires a note to drop, and refuses moves that do not exist", async () => {
    const world = await createWorld();
    const id = await raised(world);
    expect(await changeTensionStatus(world.author, id, { from: "open", to: "dropped", note: "  " })).toEqual({ ok: false, reason: "invalid", fieldErrors: { note: "tensions.errors.noteRequired" } });
    expect(await changeTensionStatus(world.author, id, { from: "open", to: "resolved" })).toMatchObject({ ok: true });
    expect(await changeTensionStatus(world.author, id, { from: "resolved", to: "processing" })).toEqual({ ok: false, reason: "invalidTransition" });
    expect(await changeTensionStatus(world.author, id, { from: "open", to: "dropped", note: "x" })).toEqual({ ok: false, reason: "stale" });
    expect((await db.tension.findUniqueOrThrow({ where: { id } })).status).toBe("resolved");
    expect(await db.comment.count({ where: { tensionId: id } })).toBe(1);
  });

  it("lets exactly one of two concurrent changes from open win; the other is stale and writes nothing", async () => {
    for (let round = 0; round < 5; round++) {
      const world = await createWorld();
      const id = await raised(world);
      const results = await Promise.all([
        changeTensionStatus(world.author, id, { from: "open", to: "resolved", note: "Fait." }),
        changeTensionStatus(world.admin, id, { from: "open", to: "dropped", note: "Plus d’actualité." }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "stale" }]);
      const winner = results.find((result) => result.ok);
      const row = await db.tension.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe(winner?.ok ? winner.status : "none");
      expect(await db.comment.count({ where: { tensionId: id, kind: "status_note" } })).toBe(1);
      expect(await db.event.count({ where: { subjectId: id, kind: "tension.status_changed" } })).toBe(1);
    }
  });
});
