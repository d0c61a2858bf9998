// Who a round's page names. A round of a small circle lists every participant with whether they
// have answered. A round of a large circle (a general circle of two thousand members) would list
// them all on every view of the proposal, the meeting and the projector: past
// PARTICIPANTS_LISTED, the page names only those who have not answered yet, the actionable part,
// by name and bounded, and counts the rest (the page already says how many answered).
export const PARTICIPANTS_LISTED = 40;

type Participant = { userId: string };
export type ParticipantList =
  | { kind: "all"; rows: { userId: string; name: string; answered: boolean }[] }
  | { kind: "waiting"; rows: { userId: string; name: string }[]; more: number };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");

export function participantList(participants: readonly Participant[], answered: ReadonlySet<string>, nameOf: (userId: string) => string): ParticipantList {
  if (participants.length <= PARTICIPANTS_LISTED) {
    return { kind: "all", rows: participants.map((p) => ({ userId: p.userId, name: nameOf(p.userId), answered: answered.has(p.userId) })) };
  }
  const waiting = participants.filter((p) => !answered.has(p.userId)).map((p) => ({ userId: p.userId, name: nameOf(p.userId) })).sort(byName);
  return { kind: "waiting", rows: waiting.slice(0, PARTICIPANTS_LISTED), more: Math.max(0, waiting.length - PARTICIPANTS_LISTED) };
}

/** For the projector: the names of those yet to answer, bounded the same way, and how many more. */
export function yetToAnswer(participants: readonly Participant[], answered: ReadonlySet<string>, nameOf: (userId: string) => string): { names: string[]; more: number } {
  const list = participantList(participants, answered, nameOf);
  if (list.kind === "waiting") return { names: list.rows.map((row) => row.name), more: list.more };
  return { names: list.rows.filter((row) => !row.answered).map((row) => row.name), more: 0 };
}
