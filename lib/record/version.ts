// The governance record's version (Organization.recordVersion, ADR 0014): bumped in the
// transaction of every change to circles, roles, accountabilities, domains, policies and
// assignments, so that what is kept per version (./version-cache.ts) is read again.
import type { Tx } from "@/lib/server/db";

export async function bumpRecordVersion(tx: Tx, organizationId: string): Promise<void> {
  await tx.organization.update({ where: { id: organizationId }, data: { recordVersion: { increment: 1 } }, select: { id: true } });
}
