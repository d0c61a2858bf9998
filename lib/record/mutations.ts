// Choosing how the governance record may change: by direct edits of admins, or by consent only.
import { z } from "zod";
import type { Db } from "@/lib/server/db";
import { GovernanceEditMode } from "@/lib/generated/prisma/enums";
import { canSetGovernanceEditMode } from "./policy";

export const governanceEditModeSchema = z.enum(GovernanceEditMode, { error: "record.validation.invalidKind" });

export type SetGovernanceEditModeResult = { ok: true; changed: boolean } | { ok: false; reason: "invalid" | "forbidden" };

export async function setGovernanceEditMode(
  db: Db,
  input: { organizationId: string; actorUserId: string; mode: unknown },
): Promise<SetGovernanceEditModeResult> {
  const mode = governanceEditModeSchema.safeParse(input.mode);
  if (!mode.success) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const actor = await tx.membership.findFirst({
      where: { organizationId: input.organizationId, userId: input.actorUserId, removedAt: null },
      select: { permission: true, organization: { select: { governanceEditMode: true } } },
    });
    if (!actor || !canSetGovernanceEditMode(actor.permission)) return { ok: false, reason: "forbidden" } as const;
    const from = actor.organization.governanceEditMode;
    if (from === mode.data) return { ok: true, changed: false } as const;
    // Compare-and-set: of two admins switching at once, only the one who changed the mode
    // leaves an event.
    const { count } = await tx.organization.updateMany({
      where: { id: input.organizationId, governanceEditMode: from },
      data: { governanceEditMode: mode.data },
    });
    if (count === 0) return { ok: true, changed: false } as const;
    await tx.event.create({
      data: {
        organizationId: input.organizationId,
        actorId: input.actorUserId,
        kind: "organization.governance_edit_mode_changed",
        subjectId: input.organizationId,
        data: { from, to: mode.data },
      },
    });
    return { ok: true, changed: true } as const;
  });
}
