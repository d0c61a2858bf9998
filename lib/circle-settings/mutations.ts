// Changing a circle's process settings: authorised (admin or the circle's lead link), compared
// against the version the person saw (updatedAt: a concurrent save is refused, not overwritten),
// written with its journal Event and its entry in the record's history (entity `settings`).
import type { Db, Tx } from "@/lib/server/db";
import { matchingPreset, presetSettings } from "@/lib/consent/presets";
import type { ProcessSettings } from "@/lib/consent/types";
import { coreRoleHolders } from "@/lib/rounds/capacities";
import type { ProcessContext } from "@/lib/rounds/context";
import { isUuid } from "@/lib/circles/params";
import { canEditSettings } from "./policy";

export type SettingsResult = { ok: true } | { ok: false; reason: "not_found" | "forbidden" | "stale" };

const FIELDS = { abstentionAllowed: true, absenteePolicy: true, quorumPercent: true, defaultDeadlineHours: true, reviewPeriodDays: true, objectionTester: true, preset: true, updatedAt: true, id: true } as const;

export async function mayEditSettings(db: Tx, ctx: ProcessContext, circleId: string): Promise<boolean> {
  const leads = await coreRoleHolders(db, ctx.organization.id, circleId, ["lead_link"]);
  return canEditSettings(ctx.membership.permission, leads.some((l) => l.userId === ctx.user.id));
}

export async function updateCircleSettings(db: Db, ctx: ProcessContext, input: { circleId: string; settings: ProcessSettings; seenAt: string }): Promise<SettingsResult> {
  const organizationId = ctx.organization.id;
  if (!isUuid(input.circleId)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<SettingsResult> => {
    const circle = await tx.circle.findFirst({ where: { id: input.circleId, organizationId, archivedAt: null }, select: { id: true } });
    if (!circle) return { ok: false, reason: "not_found" };
    if (!(await mayEditSettings(tx, ctx, circle.id))) return { ok: false, reason: "forbidden" };
    // A circle created without its settings row gets one with the defaults, then the usual path.
    await tx.circleProcessSettings.upsert({ where: { organizationId_circleId: { organizationId, circleId: circle.id } }, create: { organizationId, circleId: circle.id }, update: {} });
    await tx.$queryRaw`SELECT id FROM "CircleProcessSettings" WHERE "organizationId" = ${organizationId}::uuid AND "circleId" = ${circle.id}::uuid FOR UPDATE`;
    const before = await tx.circleProcessSettings.findFirstOrThrow({ where: { organizationId, circleId: circle.id }, select: FIELDS });
    if (input.seenAt !== "" && before.updatedAt.toISOString() !== input.seenAt) return { ok: false, reason: "stale" };
    const preset = matchingPreset(input.settings);
    const after = await tx.circleProcessSettings.update({ where: { organizationId_id: { organizationId, id: before.id } }, data: { ...input.settings, preset }, select: FIELDS });
    const json = (row: typeof before) => ({ ...row, updatedAt: row.updatedAt.toISOString() });
    await tx.recordChange.create({
      data: { organizationId, entity: "settings", entityId: before.id, action: "updated", circleId: circle.id, before: json(before), after: json(after), actorId: ctx.user.id, isDirectEdit: true },
    });
    await tx.event.create({ data: { organizationId, circleId: circle.id, actorId: ctx.user.id, kind: "circle.settings_updated", subjectId: circle.id, data: { preset } } });
    return { ok: true };
  });
}

/** The form's values: the stored settings, or the preset the person asked to start from. */
export function formValues(stored: ProcessSettings, preset: string | undefined): ProcessSettings {
  return preset === "holacracy" || preset === "sociocracy_for_all" || preset === "sociocracy_3_0" || preset === "custom" ? presetSettings(preset) : stored;
}
