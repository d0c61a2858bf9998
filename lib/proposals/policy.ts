// Who may do what with a proposal (pure, no I/O). The proposer alone writes the proposal: others
// help through comments and, later, the consent process (consent.md §1, step 4).
import type { ProposalStatus, TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";

export type DraftRefusal = "forbidden" | "not_governance" | "tension_closed";

export function draftRefusal(tension: { authorId: string; kind: TensionKind; status: TensionStatus }, userId: string): DraftRefusal | null {
  if (tension.authorId !== userId) return "forbidden";
  if (tension.kind !== "governance") return "not_governance";
  if (tension.status !== "open" && tension.status !== "processing") return "tension_closed";
  return null;
}

/** How an edit is saved: in place while a draft, as a new version (an amendment) once in process. */
export type EditMode = "in_place" | "amendment";

/**
 * `roundOpen`: a consent round is open on the proposal. A round is on one precise version
 * (consent.md §2, step 5): the proposal waits for it to close before it is amended again.
 */
export function editMode(proposal: { authorId: string; status: ProposalStatus; roundOpen: boolean }, userId: string): EditMode | null {
  if (proposal.authorId !== userId) return null;
  if (proposal.status === "draft") return "in_place";
  if (proposal.status === "in_process" && !proposal.roundOpen) return "amendment";
  return null;
}

/** Why the author cannot edit: the proposal is closed, or waits for its open round. */
export function editRefusal(proposal: { authorId: string; status: ProposalStatus; roundOpen: boolean }, userId: string): "forbidden" | "closed" | "round_open" | null {
  if (editMode(proposal, userId)) return null;
  if (proposal.authorId !== userId) return "forbidden";
  return proposal.status === "in_process" && proposal.roundOpen ? "round_open" : "closed";
}

export function canWithdraw(proposal: { authorId: string; status: ProposalStatus }, userId: string): boolean {
  return proposal.authorId === userId && proposal.status === "draft";
}

/** Drafts are private to their author; every other status is visible to the organisation. */
export function canSee(proposal: { authorId: string; status: ProposalStatus }, userId: string): boolean {
  return proposal.status !== "draft" || proposal.authorId === userId;
}
