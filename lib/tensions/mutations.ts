// Use cases of tensions: raise (or keep as a draft), edit, publish, comment, change the status.
// Plain data in, { ok } | { ok: false, reason } out; each writes in ONE transaction with its Event.
// Everything is loaded scoped by the actor's organisation, so another organisation's ids behave
// exactly like unknown ones. A draft's events carry neither circle nor title: the circle's journal
// lists events by circleId, and a draft must stay invisible to everyone but its author.
import "server-only";
import type { MemberContext } from "@/lib/organizations/context";
import type { TensionStatus } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { lockPlacement } from "./placement";
import { canComment, canEdit, canPublish, canRaise, canSee, isTransition, noteRequired, statusTargets, type Viewer } from "./policy";
import { commentSchema, intentSchema, statusChangeSchema, tensionFieldsSchema, tensionIdSchema, type TensionFields } from "./schema";

export type Actor = Pick<MemberContext, "user" | "organization" | "membership">;

export type TensionRefusal = "forbidden" | "notFound" | "invalid" | "stale" | "closed" | "invalidTransition";
/** On "invalid", fieldErrors maps each field to an i18n key. */
export type Refused = { ok: false; reason: TensionRefusal; fieldErrors?: Record<string, string> };
export type TensionResult = { ok: true; tensionId: string; status: TensionStatus } | Refused;

const viewerOf = (actor: Actor): Viewer => ({ userId: actor.user.id, permission: actor.membership.permission });

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): Refused {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return { ok: false, reason: "invalid", fieldErrors };
}

type Journal = { tensionId: string; circleId: string; title: string; roleId: string | null };

function event(tx: Tx, actor: Actor, kind: string, subject: Journal | null, tensionId: string, data: Record<string, string | boolean | null> = {}) {
  return tx.event.create({
    data: {
      organizationId: actor.organization.id,
      actorId: actor.user.id,
      kind,
      subjectId: tensionId,
      // Public events name the circle (its journal shows them) and the title (its sentence needs it).
      circleId: subject?.circleId ?? null,
      data: subject ? { title: subject.title, roleId: subject.roleId, ...data } : data,
    },
  });
}

const publicFields = (fields: TensionFields) => ({
  title: fields.title,
  whatIs: fields.whatIs,
  whatCouldBe: fields.whatCouldBe,
  example: fields.example,
  circleId: fields.circleId,
  roleId: fields.roleId,
  kind: fields.kind,
  isInterpoles: fields.isInterpoles,
});

/** Raises a tension (status open) or keeps it as its author's private draft. */
export async function createTension(actor: Actor, input: Record<string, unknown>): Promise<TensionResult> {
  if (!canRaise(viewerOf(actor))) return { ok: false, reason: "forbidden" };
  const parsed = tensionFieldsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const status = intentSchema.parse(input.intent) === "raise" ? "open" : "draft";
  const fields = parsed.data;
  const organizationId = actor.organization.id;

  return db.$transaction(async (tx): Promise<TensionResult> => {
    const placement = await lockPlacement(tx, organizationId, fields.circleId, fields.roleId);
    if (placement) return { ok: false, reason: "invalid", fieldErrors: placement };
    const tension = await tx.tension.create({
      data: { organizationId, authorId: actor.user.id, status, ...publicFields(fields) },
      select: { id: true },
    });
    const journal = { tensionId: tension.id, circleId: fields.circleId, title: fields.title, roleId: fields.roleId };
    if (status === "open") await event(tx, actor, "tension.raised", journal, tension.id, { kind: fields.kind, isInterpoles: fields.isInterpoles });
    else await event(tx, actor, "tension.drafted", null, tension.id);
    return { ok: true, tensionId: tension.id, status };
  });
}

/**
 * The author edits their tension while it is a draft or open; with intent "raise", a draft is
 * published in the same transaction. Compare-and-set on the status the tension had when loaded.
 */
export async function updateTension(actor: Actor, tensionId: string, input: Record<string, unknown>): Promise<TensionResult> {
  if (!tensionIdSchema.safeParse(tensionId).success) return { ok: false, reason: "notFound" };
  const viewer = viewerOf(actor);
  const organizationId = actor.organization.id;
  return db.$transaction(async (tx): Promise<TensionResult> => {
    const current = await tx.tension.findFirst({ where: { id: tensionId, organizationId }, select: { authorId: true, status: true } });
    if (!current || !canSee(viewer, current)) return { ok: false, reason: "notFound" };
    if (!canEdit(viewer, current)) return { ok: false, reason: current.authorId === viewer.userId ? "stale" : "forbidden" };
    const parsed = tensionFieldsSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const fields = parsed.data;
    const placement = await lockPlacement(tx, organizationId, fields.circleId, fields.roleId);
    if (placement) return { ok: false, reason: "invalid", fieldErrors: placement };
    const publish = current.status === "draft" && intentSchema.parse(input.intent) === "raise";
    const status: TensionStatus = publish ? "open" : current.status;
    const written = await tx.tension.updateMany({
      where: { id: tensionId, organizationId, authorId: viewer.userId, status: current.status },
      data: { ...publicFields(fields), status },
    });
    if (written.count === 0) return { ok: false, reason: "stale" };
    const journal = { tensionId, circleId: fields.circleId, title: fields.title, roleId: fields.roleId };
    if (publish) await event(tx, actor, "tension.raised", journal, tensionId, { kind: fields.kind, isInterpoles: fields.isInterpoles });
    else await event(tx, actor, "tension.updated", status === "draft" ? null : journal, tensionId);
    return { ok: true, tensionId, status };
  });
}

/** The author publishes their draft as it is: it becomes open, visible to the organisation. */
export async function publishTension(actor: Actor, tensionId: string): Promise<TensionResult> {
  if (!tensionIdSchema.safeParse(tensionId).success) return { ok: false, reason: "notFound" };
  const viewer = viewerOf(actor);
  const organizationId = actor.organization.id;
  return db.$transaction(async (tx): Promise<TensionResult> => {
    const current = await tx.tension.findFirst({
      where: { id: tensionId, organizationId },
      select: { authorId: true, status: true, circleId: true, roleId: true, title: true, kind: true, isInterpoles: true },
    });
    if (!current || !canSee(viewer, current)) return { ok: false, reason: "notFound" };
    if (!canPublish(viewer, current)) return { ok: false, reason: current.authorId === viewer.userId ? "stale" : "forbidden" };
    // The circle or role may have been archived since the draft was written.
    const placement = await lockPlacement(tx, organizationId, current.circleId, current.roleId);
    if (placement) return { ok: false, reason: "invalid", fieldErrors: placement };
    const written = await tx.tension.updateMany({ where: { id: tensionId, organizationId, status: "draft" }, data: { status: "open" } });
    if (written.count === 0) return { ok: false, reason: "stale" };
    await event(tx, actor, "tension.raised", { tensionId, ...current }, tensionId, { kind: current.kind, isInterpoles: current.isInterpoles });
    return { ok: true, tensionId, status: "open" };
  });
}

/** The tension row, locked FOR SHARE: a status change (an UPDATE) waits until the comment is in. */
async function lockTension(tx: Tx, organizationId: string, tensionId: string) {
  const rows = await tx.$queryRaw<{ authorId: string; status: TensionStatus; circleId: string; roleId: string | null; title: string }[]>`
    SELECT "authorId"::text AS "authorId", "status"::text AS "status", "circleId"::text AS "circleId",
           "roleId"::text AS "roleId", "title"
    FROM "Tension" WHERE "id" = ${tensionId}::uuid AND "organizationId" = ${organizationId}::uuid
    FOR SHARE`;
  return rows[0] ?? null;
}

export type CommentResult = { ok: true; commentId: string } | Refused;

export async function addComment(actor: Actor, tensionId: string, input: Record<string, unknown>): Promise<CommentResult> {
  if (!tensionIdSchema.safeParse(tensionId).success) return { ok: false, reason: "notFound" };
  const viewer = viewerOf(actor);
  const organizationId = actor.organization.id;
  return db.$transaction(async (tx): Promise<CommentResult> => {
    const tension = await lockTension(tx, organizationId, tensionId);
    if (!tension || !canSee(viewer, tension)) return { ok: false, reason: "notFound" };
    if (viewer.permission === "observer") return { ok: false, reason: "forbidden" };
    if (!canComment(viewer, tension)) return { ok: false, reason: "closed" };
    const parsed = commentSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const comment = await tx.comment.create({
      data: { organizationId, tensionId, authorId: viewer.userId, kind: "comment", body: parsed.data.body },
      select: { id: true },
    });
    await event(tx, actor, "tension.commented", { tensionId, ...tension }, tensionId, { commentId: comment.id });
    return { ok: true, commentId: comment.id };
  });
}

/**
 * Moves the status (open → processing → resolved | dropped), with a note kept as a `status_note`
 * comment. Compare-and-set on `from`, the status the person saw: of two concurrent changes from
 * the same status, the second finds the row changed (PostgreSQL re-reads it after the first
 * commits) and gets "stale" rather than overwriting a decision it never saw.
 */
export async function changeTensionStatus(actor: Actor, tensionId: string, input: Record<string, unknown>): Promise<TensionResult> {
  if (!tensionIdSchema.safeParse(tensionId).success) return { ok: false, reason: "notFound" };
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { from, to, note } = parsed.data;
  if (noteRequired(to) && note === "") return { ok: false, reason: "invalid", fieldErrors: { note: "tensions.errors.noteRequired" } };
  const viewer = viewerOf(actor);
  const organizationId = actor.organization.id;

  return db.$transaction(async (tx): Promise<TensionResult> => {
    const tension = await tx.tension.findFirst({
      where: { id: tensionId, organizationId },
      select: { authorId: true, status: true, circleId: true, roleId: true, title: true },
    });
    if (!tension || !canSee(viewer, tension)) return { ok: false, reason: "notFound" };
    if (tension.status !== from) return { ok: false, reason: "stale" };
    if (!isTransition(from, to)) return { ok: false, reason: "invalidTransition" };
    if (!statusTargets(viewer, tension).includes(to)) return { ok: false, reason: "forbidden" };
    const written = await tx.tension.updateMany({ where: { id: tensionId, organizationId, status: from }, data: { status: to } });
    if (written.count === 0) return { ok: false, reason: "stale" };
    const comment = await tx.comment.create({
      data: { organizationId, tensionId, authorId: viewer.userId, kind: "status_note", body: note },
      select: { id: true },
    });
    await event(tx, actor, "tension.status_changed", { tensionId, ...tension }, tensionId, { from, to, commentId: comment.id });
    return { ok: true, tensionId, status: to };
  });
}
