// Invariants of the process, checked with fast-check over random sequences of events (any actor,
// any payload, any timing, any settings): most events are refused, the rest must keep the rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor, ConsentEvent } from "./events";
import { transition } from "./machine";
import { verdictFromCriteria } from "./objection-test";
import { roundResult } from "./outcome";
import { A, B, C, FACILITATOR, HOUR, LEAD_LINK, OBSERVER, PROPOSER, T0, allCriteria, deepFreeze, draft, ev, participants, run } from "./testing";
import { ABSENTEE_POLICIES, OBJECTION_TESTERS, RESPONSE_KINDS, type ObjectionVerdict, type ProcessSettings, type ResponseKind, type ProcessState, type RoundState } from "./types";

const D: Actor = { userId: "u-d" };
const actors = [PROPOSER, FACILITATOR, LEAD_LINK, OBSERVER, A, B, C, D];
const actor = fc.constantFrom(...actors);
// Ids are drawn as "#n" and resolved against the state when replayed (see `resolveIds`), so that
// tests, amendments and confirmations usually name a real objection, and answers a fresh id.
const id = fc.integer({ min: 0, max: 20 }).map((n) => `#${n}`);
const criterion = fc.constantFrom(true, false, null);

const settingsArb: fc.Arbitrary<ProcessSettings> = fc.record({
  abstentionAllowed: fc.boolean(),
  absenteePolicy: fc.constantFrom(...ABSENTEE_POLICIES),
  quorumPercent: fc.option(fc.integer({ min: 1, max: 100 })),
  defaultDeadlineHours: fc.integer({ min: 1, max: 200 }),
  reviewPeriodDays: fc.integer({ min: 1, max: 400 }),
  objectionTester: fc.constantFrom(...OBJECTION_TESTERS),
});

const participantsArb = fc
  .tuple(fc.subarray([A, B, C, D], { minLength: 1 }), fc.boolean(), fc.constantFrom("circle-1", "circle-2"))
  .map(([who, nominee, second]) => who.map((a, i) => ({ userId: a.userId, circleId: i % 2 ? second : "circle-1", answersLast: nominee && i === 0 })));

// Mostly the actor who may act, sometimes anyone: refusals are exercised, and so are long journeys.
const mostly = (...usual: Actor[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: actor });
const criteriaArb = fc.record({ reducesCapacity: criterion, createdByProposal: criterion, notSafeToTry: criterion, limitsObjectorRole: criterion, breaksRules: criterion });
const testArb = fc
  .record({ actor: mostly(FACILITATOR, LEAD_LINK), answerId: id, criteria: criteriaArb, consistent: fc.boolean(), verdict: fc.constantFrom("valid" as const, "not_valid" as const, "withdrawn" as const) })
  .map(({ consistent, ...t }): ConsentEvent => ({ type: "test_objection", note: "", ...t, verdict: consistent ? (verdictFromCriteria(t.criteria) ?? "withdrawn") : t.verdict }));

// Outcomes that end a journey are rare, so that most journeys go deep (integration, second rounds).
const eventArb: fc.Arbitrary<ConsentEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ type: fc.constant("answer" as const), actor: mostly(A, B, C, D), answerId: id, kind: fc.constantFrom(...RESPONSE_KINDS), reason: fc.constantFrom("", "  ", "It would harm our purpose.", "Because.") }) },
  { weight: 4, arbitrary: testArb },
  { weight: 3, arbitrary: fc.record({ type: fc.constant("open_round" as const), actor: mostly(FACILITATOR, PROPOSER), participants: participantsArb, asynchronous: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant("amend" as const), actor: mostly(PROPOSER), addresses: fc.uniqueArray(id, { maxLength: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("confirm_integration" as const), actor: mostly(PROPOSER, A, B, C, D), answerId: id }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant("close_round" as const), actor: mostly(FACILITATOR) }) },
  { weight: 2, arbitrary: fc.constant({ type: "deadline" as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("submit" as const), actor: mostly(PROPOSER), path: fc.constantFrom("full" as const, "light" as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("advance" as const), actor: mostly(FACILITATOR, PROPOSER) }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ type: fc.constant("escalate" as const), actor: mostly(A, B, C, D) }),
      fc.record({ type: fc.constant("resume" as const), actor: mostly(FACILITATOR), path: fc.constantFrom("full" as const, "light" as const) }),
      fc.record({ type: fc.constant("withdraw" as const), actor: mostly(PROPOSER) }),
      fc.record({ type: fc.constant("abandon" as const), actor: mostly(FACILITATOR) }),
      fc.constant({ type: "adoption_refused" as const, conflict: "outdated" }),
    ),
  },
);

// Half the runs start inside an open round, so rounds get plenty of answers.
const startArb = fc.tuple(settingsArb, fc.boolean(), participantsArb).map(([settings, inRound, ps]) =>
  inRound ? run(draft(settings), [ev.submit("light"), ev.open(ps)]).state : draft(settings),
);
const journeyArb = fc.tuple(startArb, fc.array(fc.tuple(eventArb, fc.integer({ min: 0, max: 100 * HOUR })), { minLength: 5, maxLength: 80, size: "max" }));

function resolveIds(e: ConsentEvent, state: ProcessState, step: number): ConsentEvent {
  const objections = state.round?.answers.filter((a) => a.kind === "objection").map((a) => a.id) ?? [];
  const pick = (raw: string) => {
    const n = Number(raw.slice(1));
    return n < 18 && objections.length > 0 ? objections[n % objections.length]! : `unknown-${n}`;
  };
  if (e.type === "answer") return { ...e, answerId: e.answerId === "#0" ? "ans-0" : `ans-${step}` }; // "ans-0" may repeat
  if (e.type === "test_objection" || e.type === "confirm_integration") return { ...e, answerId: pick(e.answerId) };
  if (e.type === "amend") return { ...e, addresses: [...new Set(e.addresses.map(pick))] };
  return e;
}

/** Replays a journey, calling `check` on every transition. */
function replay([start, steps]: [ProcessState, [ConsentEvent, number][]], check: (before: ProcessState, e: ConsentEvent, now: number, r: ReturnType<typeof transition>) => void) {
  let state = start;
  let now = T0 + 10_000;
  for (const [i, [generated, dt]] of steps.entries()) {
    const event = resolveIds(generated, state, i);
    now += dt;
    const before = deepFreeze(state); // a transition that mutated its input would throw
    const r = transition(before, event, now);
    check(before, event, now, r);
    if (r.ok) state = r.state;
  }
}

// Written out again rather than imported, so the property does not trust the code it checks:
// untested or valid, and not integrated with both confirmations.
const standing = (round: RoundState) =>
  round.answers.some((a) => {
    const o = a.objection;
    if (a.kind !== "objection" || !o) return false;
    const resolved = o.integrationVersion !== null && o.objectorConfirmedAt !== null && o.proposerConfirmedAt !== null;
    return (o.verdict === "pending" || o.verdict === "valid") && !resolved;
  });
const verdictsOf = (round: RoundState) => Object.fromEntries(round.answers.flatMap((a) => (a.objection ? [[a.id, a.objection.verdict]] : [])));
const RUNS = { numRuns: 800 };

describe("invariants of the consent process", () => {
  it("keeps at most one current answer per participant, and only participants' answers", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (_b, _e, _n, r) => {
      if (!r.ok || !r.state.round) return;
      const { answers, superseded, participants: ps } = r.state.round;
      expect(new Set(answers.map((a) => a.userId)).size).toBe(answers.length);
      for (const a of [...answers, ...superseded]) expect(ps.some((p) => p.userId === a.userId)).toBe(true);
      expect(answers.every((a) => a.supersededAt === null) && superseded.every((a) => a.supersededAt !== null)).toBe(true);
    })), RUNS);
  });

  it("accepts no answer unless the round is open", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (before, e, _n, r) => {
      if (e.type === "answer" && before.round?.status !== "open") expect(r.ok).toBe(false);
    })), RUNS);
  });

  it("never accepts an abstention where the round does not allow it", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (before, e, _n, r) => {
      if (e.type === "answer" && e.kind === "abstention" && before.round && !before.round.settings.abstentionAllowed) expect(r.ok).toBe(false);
      const round = r.ok ? r.state.round : null;
      if (round && !round.settings.abstentionAllowed) expect([...round.answers, ...round.superseded].some((a) => a.kind === "abstention")).toBe(false);
    })), RUNS);
  });

  it("never adopts while an objection stands, and adopts exactly the round's version", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (before, _e, _n, r) => {
      if (!r.ok) return;
      const adopts = r.effects.filter((x) => x.type === "adopt");
      const becameAdopted = before.status !== "adopted" && r.state.status === "adopted";
      expect(adopts.length).toBe(becameAdopted ? 1 : 0);
      if (!becameAdopted) return;
      const round = r.state.round as RoundState;
      expect(round.status).toBe("closed");
      expect(standing(round)).toBe(false);
      expect(adopts[0]).toMatchObject({ versionNumber: round.versionNumber, roundNumber: round.number });
      expect(round.versionNumber).toBe(r.state.currentVersion);
    })), RUNS);
  });

  it("decides a round's result from its current answers, verdicts and settings only", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (before, _e, _n, r) => {
      if (!r.ok || !r.state.round || before.round?.status !== "open" || r.state.round.status !== "closed") return;
      const round = r.state.round;
      expect(round.result).toBe(roundResult(round.answers, round.participants, round.settings, verdictsOf(round)).result);
    })), RUNS);
  });

  it("closing twice is closing once", () => {
    fc.assert(fc.property(journeyArb, (j) => replay(j, (_b, _e, now, r) => {
      if (!r.ok) return;
      const once = transition(r.state, ev.close(), now + 1);
      if (!once.ok) return expect(once.reason).toBe("wrong_step"); // no round yet
      const twice = transition(deepFreeze(once.state), ev.close(), now + 2);
      expect(twice).toEqual({ ok: true, state: once.state, effects: [] });
    })), RUNS);
  });
});

describe("a round's result does not depend on the order of events nor on superseded answers", () => {
  const SILENT: Actor = { userId: "u-silent" }; // never answers, so the round stays open until closed
  const voters = [A, B, C];
  const final = fc.option(fc.constantFrom("consent", "abstention", "valid", "not_valid", "withdrawn", "pending"), { nil: undefined });
  const noise = fc.array(fc.constantFrom("consent", "objection", "abstention"), { maxLength: 3 });
  const arb = fc.record({
    settings: settingsArb,
    finals: fc.tuple(final, final, final),
    noise: fc.tuple(noise, noise, noise),
    orderA: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    orderB: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
  });

  it("gives the same result as roundResult on the final answers, whatever the interleaving", () => {
    fc.assert(fc.property(arb, ({ settings, finals, noise: noisy, orderA, orderB }) => {
      const ok = (kind: string) => (kind === "abstention" && !settings.abstentionAllowed ? "consent" : kind);
      const perVoter: ConsentEvent[][] = voters.map((v, i) => {
        const earlier = noisy[i]!.map((k, n) => answerEvent(v, `${v.userId}-noise-${n}`, ok(k)));
        const f = finals[i];
        // An answer cannot be taken back: who never answers finally never answered at all.
        return f === undefined ? [] : [...earlier, answerEvent(v, `${v.userId}-final`, finalKind(ok(f)))];
      });
      const tests = voters.flatMap((v, i) => testEvent(`${v.userId}-final`, finals[i]));
      const outcomeOf = (order: number[]) => {
        const opened = run(draft(settings), [ev.submit("light"), ev.open(participants([...voters, SILENT]))]).state;
        const events = [...interleave(perVoter, order), ...tests, ev.close()];
        return run(opened, events, T0 + HOUR).state;
      };
      const first = outcomeOf(orderA);
      const second = outcomeOf(orderB);
      // Expected straight from the final answers and verdicts, without looking at the machine's state.
      const counted = voters.flatMap((v, i) => (finals[i] === undefined ? [] : [{ id: `${v.userId}-final`, userId: v.userId, kind: finalKind(ok(finals[i]!)) }]));
      const verdicts = Object.fromEntries(voters.flatMap((v, i) => (isVerdict(finals[i]) ? [[`${v.userId}-final`, finals[i]]] : [])));
      const expected = roundResult(counted, participants([...voters, SILENT]), settings, verdicts).result;
      expect(first.round?.result).toBe(expected);
      expect(first.status).toBe(expected === "no_objection" ? "adopted" : "in_process");
      expect({ status: second.status, result: second.round?.result }).toEqual({ status: first.status, result: first.round?.result });
      expect((first.round as RoundState).answers.map((a) => a.id).sort()).toEqual(voters.filter((_, i) => finals[i] !== undefined).map((v) => `${v.userId}-final`).sort());
    }), RUNS);
  });

  function finalKind(f: string): ResponseKind {
    return f === "consent" || f === "abstention" ? f : "objection";
  }
  function isVerdict(f: string | undefined): f is ObjectionVerdict {
    return f === "valid" || f === "not_valid" || f === "withdrawn" || f === "pending";
  }
  function answerEvent(who: Actor, answerId: string, kind: string): ConsentEvent {
    return { type: "answer", actor: who, answerId, kind: kind as "consent", reason: "Because." };
  }
  function testEvent(answerId: string, f: string | undefined): ConsentEvent[] {
    if (f === "valid") return [ev.valid(answerId)];
    if (f === "not_valid") return [ev.notValid(answerId)];
    if (f === "withdrawn") return [{ type: "test_objection", actor: FACILITATOR, answerId, criteria: allCriteria(null), verdict: "withdrawn", note: "" }];
    return [];
  }
  /** Merges sequences keeping each one's order, choosing the next source from `order`. */
  function interleave<T>(seqs: T[][], order: number[]): T[] {
    const queues = seqs.map((s) => [...s]);
    const out: T[] = [];
    for (let i = 0; queues.some((q) => q.length > 0); i++) {
      const live = queues.filter((q) => q.length > 0);
      out.push(live[order[i % order.length]! % live.length]!.shift()!);
    }
    return out;
  }
});
