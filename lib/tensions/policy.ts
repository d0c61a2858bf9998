// Who may do what with a tension, and how its status may move. Pure rules (no I/O): pages ask
// them to decide what to show, mutations ask them again inside their transaction.
//
// Decisions recorded here:
// - A draft is its author's alone: nobody else sees it, not even an admin (a draft is a note to
//   oneself, and admins must not read over shoulders).
// - Observers read published tensions and their comments, and do nothing else, even on a tension
//   they wrote before being made observer: "observer" means no part in the process.
// - The author and admins move the status; only the author edits the text, while the tension is a
//   draft or still open (once it is being processed, others work from what it said).
// - Comments are taken while the tension is open or being processed: a closed tension is history.
import type { OrgPermission, TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";

export type Viewer = { userId: string; permission: OrgPermission };
export type TensionFacts = { authorId: string; status: TensionStatus };

/** The statuses a person may move a tension to, by hand, from each status. */
const TRANSITIONS: Record<TensionStatus, readonly TensionStatus[]> = {
  draft: [],
  open: ["processing", "resolved", "dropped"],
  processing: ["resolved", "dropped"],
  resolved: [],
  dropped: [],
};

export type StatusTarget = "processing" | "resolved" | "dropped";

const isAuthor = (viewer: Viewer, tension: TensionFacts) => viewer.userId === tension.authorId;
const participates = (viewer: Pick<Viewer, "permission">) => viewer.permission !== "observer";

export function canRaise(viewer: Pick<Viewer, "permission">): boolean {
  return viewer.permission !== "observer";
}

export function canSee(viewer: Viewer, tension: TensionFacts): boolean {
  return tension.status !== "draft" || isAuthor(viewer, tension);
}

export function canEdit(viewer: Viewer, tension: TensionFacts): boolean {
  return participates(viewer) && isAuthor(viewer, tension) && (tension.status === "draft" || tension.status === "open");
}

export function canPublish(viewer: Viewer, tension: TensionFacts): boolean {
  return participates(viewer) && isAuthor(viewer, tension) && tension.status === "draft";
}

export function canComment(viewer: Viewer, tension: TensionFacts): boolean {
  return participates(viewer) && (tension.status === "open" || tension.status === "processing");
}

/** The statuses this viewer may move the tension to now (empty: no status form). */
export function statusTargets(viewer: Viewer, tension: TensionFacts): readonly TensionStatus[] {
  if (!participates(viewer)) return [];
  if (!isAuthor(viewer, tension) && viewer.permission !== "admin") return [];
  return TRANSITIONS[tension.status];
}

export function isTransition(from: TensionStatus, to: TensionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Dropping a tension must say why, so that whoever raised or followed it understands. */
export function noteRequired(to: TensionStatus): boolean {
  return to === "dropped";
}

/**
 * Whether to offer « Rédiger une proposition »: a governance tension is answered by a proposal,
 * written by the member who sensed it, while it is still alive.
 */
export function canDraftProposal(viewer: Viewer, tension: TensionFacts & { kind: TensionKind }): boolean {
  return (
    participates(viewer) &&
    isAuthor(viewer, tension) &&
    tension.kind === "governance" &&
    (tension.status === "open" || tension.status === "processing")
  );
}
