// What every use case of the process receives: the member context the action built from the session
// and the URL's organisation (never from the form), and the shared first checks.
import { randomUUID } from "node:crypto";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import type { RunFailure } from "./run";

export type ProcessContext = {
  organization: { id: string };
  user: { id: string };
  membership: { permission: OrgPermission };
};

/** Observers see the process but never act in it (consent.md §4). */
export function observerRefusal(ctx: ProcessContext): RunFailure | null {
  return ctx.membership.permission === "observer" ? { ok: false, reason: "forbidden" } : null;
}

export function newAnswerId(): string {
  return randomUUID();
}
