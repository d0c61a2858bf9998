// Loading the entities a change targets, always scoped by the organisation (another
// organisation's id is simply not found), and the optimistic-concurrency check on versions.
import type { ApplyContext } from "./context";
import { refuse } from "./context";

export async function findCircle(ctx: ApplyContext, id: string, field: string) {
  const circle = await ctx.tx.circle.findFirst({ where: { id, organizationId: ctx.organizationId } });
  return circle ?? refuse("not_found", field);
}

export async function findActiveCircle(ctx: ApplyContext, id: string, field: string) {
  const circle = await findCircle(ctx, id, field);
  return circle.archivedAt ? refuse("archived", field) : circle;
}

export async function findRole(ctx: ApplyContext, id: string, field: string) {
  const role = await ctx.tx.role.findFirst({ where: { id, organizationId: ctx.organizationId } });
  return role ?? refuse("not_found", field);
}

export async function findActiveRole(ctx: ApplyContext, id: string, field: string) {
  const role = await findRole(ctx, id, field);
  return role.archivedAt ? refuse("archived", field) : role;
}

type Versioned = "circle" | "role";

/**
 * Refuses as `outdated` when the author saw another version of the circle or role than the one
 * this set started from. Versions bumped earlier in the same set do not count against it, and an
 * entity the set itself created is never outdated.
 */
export function checkVersion(ctx: ApplyContext, entity: Versioned, id: string, current: number, expected: number | undefined): void {
  if (expected === undefined || ctx.createdIds.has(id)) return;
  const start = ctx.startVersions.get(`${entity}:${id}`) ?? current;
  if (expected !== start) refuse("outdated", "expectedVersion");
}

/** Marks a circle or role as changed: its version goes up by one. */
export async function bumpVersion(ctx: ApplyContext, entity: Versioned, id: string): Promise<void> {
  const where = { id, organizationId: ctx.organizationId };
  const data = { version: { increment: 1 } };
  const [row] =
    entity === "circle"
      ? await ctx.tx.circle.updateManyAndReturn({ where, data, select: { version: true } })
      : await ctx.tx.role.updateManyAndReturn({ where, data, select: { version: true } });
  if (!row) refuse("not_found");
  const key = `${entity}:${id}`;
  if (!ctx.startVersions.has(key)) ctx.startVersions.set(key, row.version - 1);
}

/** Load a circle the change targets, check the author's version, and mark it changed. */
export async function touchCircle(ctx: ApplyContext, id: string, field: string, expected?: number) {
  const circle = await findCircle(ctx, id, field);
  checkVersion(ctx, "circle", id, circle.version, expected);
  await bumpVersion(ctx, "circle", id);
  return circle;
}

export async function touchRole(ctx: ApplyContext, id: string, field: string, expected?: number) {
  const role = await findRole(ctx, id, field);
  checkVersion(ctx, "role", id, role.version, expected);
  await bumpVersion(ctx, "role", id);
  return role;
}
