// How an event of the journal reads and where it leads (pure). Event kinds are data written by
// every feature ("record.role.created", "tension.raised"...): a kind without a sentence in
// messages/<locale>/journal.json still reads as "someone acted", never as a raw key.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Kinds with their own sentence (`events.<kind>` in journal.json). */
export const JOURNAL_KINDS: ReadonlySet<string> = new Set([
  "organization.created", "organization.governance_edit_mode_changed",
  "member.removed", "member.permission_changed",
  "invitation.created", "invitation.accepted", "invitation.revoked",
  ...["created", "updated", "moved", "archived"].flatMap((a) => [`record.circle.${a}`, `record.role.${a}`]),
  ...["added", "updated", "reordered", "removed"].map((a) => `record.accountability.${a}`),
  ...["added", "updated", "removed"].flatMap((a) => [`record.domain.${a}`, `record.policy.${a}`, `record.assignment.${a}`]),
  "tension.raised", "tension.drafted", "tension.updated", "tension.commented", "tension.status_changed",
  "proposal.drafted", "proposal.edited", "proposal.amended", "proposal.withdrawn",
  "proposal.adopted", "proposal.abandoned", "proposal.escalated", "proposal.expired",
  // The consent process (lib/rounds/run.ts): `consent.<machine event>` about a proposal.
  ...["submit", "advance", "amend", "open_round", "answer", "close_round", "test_objection", "confirm_integration",
    "deadline", "abandon", "withdraw", "escalate", "resume", "adoption_refused"].map((e) => `consent.${e}`),
  "round.opened", "round.closed", "round.reminded",
  "objection.raised",
  // Meetings (lib/meetings): the moments worth a line, not each move of a meeting in progress.
  ...["scheduled", "changed", "started", "closed", "cancelled", "minutes_published"].map((e) => `meeting.${e}`),
]);

export function messageKey(kind: string): string {
  return JOURNAL_KINDS.has(kind) ? `events.${kind}` : "other";
}

/** A string field of a JSON object (event data), or undefined. */
export function field(data: unknown, key: string): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

export function uuidField(data: unknown, key: string): string | undefined {
  const value = field(data, key);
  return value && UUID.test(value) ? value : undefined;
}

/** The tension or proposal an event is about, if any: its title is looked up for the sentence. */
export function subjectRef(event: { kind: string; subjectId: string | null; data: unknown }): { type: "tension" | "proposal"; id: string } | null {
  const [domain] = event.kind.split(".");
  const proposalId = uuidField(event.data, "proposalId");
  if (domain === "tension" && event.subjectId) return { type: "tension", id: event.subjectId };
  if ((domain === "proposal" || domain === "consent") && event.subjectId) return { type: "proposal", id: proposalId ?? event.subjectId };
  if ((domain === "round" || domain === "objection") && proposalId) return { type: "proposal", id: proposalId };
  return null;
}

/** The page an event leads to, inside its organisation, or null when it has none. */
export function eventPath(slug: string, event: { kind: string; subjectId: string | null; circleId: string | null; data: unknown }): string | null {
  const base = `/o/${encodeURIComponent(slug)}`;
  const subject = event.subjectId && UUID.test(event.subjectId) ? event.subjectId : null;
  const [domain, entity] = event.kind.split(".");
  const ref = subjectRef(event);
  if (ref) return `${base}/${ref.type === "tension" ? "tensions" : "proposals"}/${ref.id}`;
  if (domain === "record") {
    if (entity === "circle" && subject) return `${base}/circles/${subject}`;
    if (entity === "role" && subject) return `${base}/roles/${subject}`;
    const roleId = uuidField(event.data, "roleId");
    if (roleId) return `${base}/roles/${roleId}`;
    return event.circleId ? `${base}/circles/${event.circleId}` : null;
  }
  if (domain === "meeting" && subject) return `${base}/meetings/${subject}${entity === "minutes_published" ? "/minutes" : ""}`;
  if (domain === "member" && subject) return `${base}/members/${subject}`;
  if (domain === "invitation") return `${base}/members`;
  if (domain === "organization") return base;
  return null;
}
