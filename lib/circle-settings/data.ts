// The settings page's read: the circle (active, of this organisation), its settings and whether
// the current member may change them.
import "server-only";
import type { MemberContext } from "@/lib/organizations/context";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/circles/params";
import { circleSettings } from "@/lib/rounds/load";
import { mayEditSettings } from "./mutations";

export async function settingsForPage(context: MemberContext, circleId: string) {
  if (!isUuid(circleId)) return null;
  const organizationId = context.organization.id;
  const circle = await db.circle.findFirst({ where: { id: circleId, organizationId, archivedAt: null }, select: { id: true, name: true } });
  if (!circle) return null;
  const [settings, row, editable] = await Promise.all([
    circleSettings(db, organizationId, circle.id),
    db.circleProcessSettings.findFirst({ where: { organizationId, circleId: circle.id }, select: { updatedAt: true } }),
    mayEditSettings(db, context, circle.id),
  ]);
  return { circle, settings, seenAt: row?.updatedAt.toISOString() ?? "", editable };
}
