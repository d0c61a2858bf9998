// What every handler of a change set shares: the transaction, who acts and through what, the
// clock of the set, the refs created so far, and the versions the set started from.
import type { Tx } from "@/lib/server/db";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import type { RefusalReason } from "./reasons";

export type CoreRoleNames = Record<CoreRole, string>;

export type ApplyContext = {
  tx: Tx;
  organizationId: string;
  actorUserId: string;
  decisionId: string | null;
  isDirectEdit: boolean;
  /** One instant for the whole set: every row it writes carries it. */
  now: Date;
  coreRoleNames: CoreRoleNames;
  /** ref name → id of the entity a change of this set created. */
  refs: Map<string, string>;
  /** Ids created by this set: an expectedVersion cannot be outdated for them. */
  createdIds: Set<string>;
  /** "circle:<id>" / "role:<id>" → the version before this set first changed it. */
  startVersions: Map<string, number>;
};

/** A refused change. Thrown inside the transaction so that nothing of the set is written. */
export class RecordRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly field?: string,
    public index = -1,
  ) {
    super(`record change refused: ${reason}${field ? ` (${field})` : ""}`);
    this.name = "RecordRefusal";
  }
}

export function refuse(reason: RefusalReason, field?: string): never {
  throw new RecordRefusal(reason, field);
}

/** The id an id field names: itself, or the entity created under that ref earlier in the set. */
export function resolveId(ctx: ApplyContext, value: string, field: string): string {
  if (!value.startsWith("ref:")) return value;
  const id = ctx.refs.get(value.slice(4));
  if (!id) refuse("unknown_ref", field);
  return id;
}

export function registerCreated(ctx: ApplyContext, id: string, ref: string | undefined): void {
  ctx.createdIds.add(id);
  if (ref !== undefined) ctx.refs.set(ref, id);
}
