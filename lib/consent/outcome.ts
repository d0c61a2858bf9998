// The result of a round as a pure function of its current answers, its participants, its settings
// and the objections' verdicts: nothing else (not the order answers came in, not superseded ones).
// Interpôles rounds: each participant answers for one circle, the result is computed per circle,
// and the round adopts only when every circle has no objection.
import type { AbsenteePolicy, ObjectionVerdict, Participant, ResponseKind, RoundResult } from "./types";

export interface CountedAnswer {
  id: string;
  userId: string;
  kind: ResponseKind;
}

export interface RoundOutcome {
  result: RoundResult;
  byCircle: Record<string, RoundResult>;
}

/** Verdict of each objection, by answer id; a missing entry is an untested (pending) objection. */
export type Verdicts = Readonly<Record<string, ObjectionVerdict | undefined>>;

// Most decisive first: a standing objection needs integration whoever is missing; waiting for
// absentees (policy B) will also satisfy any quorum, so it comes before no_quorum.
const PRECEDENCE: readonly RoundResult[] = ["objections", "awaiting_absentees", "no_quorum", "no_objection"];

/**
 * `answers` are the CURRENT answers only (at most one per participant: a duplicate is a bug in the
 * caller and throws). Answers from non-participants are ignored.
 */
export function roundResult(
  answers: readonly CountedAnswer[],
  participants: readonly Participant[],
  settings: { absenteePolicy: AbsenteePolicy; quorumPercent: number | null },
  verdicts: Verdicts,
): RoundOutcome {
  const byUser = new Map<string, CountedAnswer>();
  for (const a of answers) {
    if (byUser.has(a.userId)) throw new Error(`roundResult: two current answers for ${a.userId}`);
    byUser.set(a.userId, a);
  }
  const circles = new Map<string, Participant[]>();
  for (const p of participants) circles.set(p.circleId, [...(circles.get(p.circleId) ?? []), p]);

  const byCircle: Record<string, RoundResult> = {};
  for (const [circleId, members] of circles) {
    byCircle[circleId] = circleResult(members.map((p) => byUser.get(p.userId)), settings, verdicts);
  }
  const results = Object.values(byCircle);
  const result = PRECEDENCE.find((r) => results.includes(r)) ?? "no_objection";
  return { result, byCircle };
}

function circleResult(
  answers: readonly (CountedAnswer | undefined)[],
  settings: { absenteePolicy: AbsenteePolicy; quorumPercent: number | null },
  verdicts: Verdicts,
): RoundResult {
  const given = answers.filter((a): a is CountedAnswer => a !== undefined);
  const standing = given.some((a) => a.kind === "objection" && standingVerdict(verdicts[a.id] ?? "pending"));
  if (standing) return "objections";
  const absent = answers.length - given.length;
  if (absent > 0 && settings.absenteePolicy === "wait_for_all") return "awaiting_absentees";
  // Integer arithmetic: answered / total >= percent / 100.
  if (settings.quorumPercent !== null && given.length * 100 < settings.quorumPercent * answers.length) return "no_quorum";
  return "no_objection";
}

function standingVerdict(v: ObjectionVerdict): boolean {
  return v === "pending" || v === "valid";
}
