// Refusals that depend on who acts and what they send (the table covers those that depend on the
// state). Each case starts from a state where the right actor with the right payload succeeds.
import { describe, expect, it } from "vitest";
import type { ConsentEvent } from "./events";
import { transition } from "./machine";
import { presetSettings } from "./presets";
import { A, ABC, B, C, FACILITATOR, LEAD_LINK, OBSERVER, PROPOSER, T0, allCriteria, draft, ev, participants, run, type Step } from "./testing";
import type { ProcessSettings, ProcessState } from "./types";

const holacracy = presetSettings("holacracy");
const at = (events: Step[], settings: ProcessSettings = holacracy) => run(draft(settings), events).state;
const refusal = (state: ProcessState, event: ConsentEvent, now = T0 + 60_000) => {
  const r = transition(state, event, now);
  return r.ok ? "ok" : r.reason;
};

const inRound = (settings?: ProcessSettings) => at([ev.submit("light"), ev.open()], settings);
const inIntegration = () => at([ev.submit("light"), ev.open(), ev.object(A, "obj-1"), ev.close()]);

describe("who may act", () => {
  it("only the proposer submits, amends and withdraws", () => {
    expect(refusal(draft(), { type: "submit", actor: A, path: "full" })).toBe("not_allowed");
    expect(refusal(at([ev.submit(), ev.advance(), ev.advance(), ev.advance()]), { type: "amend", actor: FACILITATOR, addresses: [] })).toBe("not_allowed");
    expect(refusal(inRound(), { type: "withdraw", actor: FACILITATOR })).toBe("not_allowed");
  });
  it("the proposer or the facilitator moves the steps and opens a round; nobody else", () => {
    expect(refusal(at([ev.submit()]), { type: "advance", actor: A })).toBe("not_allowed");
    expect(refusal(at([ev.submit()]), { type: "advance", actor: PROPOSER })).toBe("ok");
    expect(refusal(at([ev.submit("light")]), { type: "open_round", actor: A, participants: ABC, asynchronous: true })).toBe("not_allowed");
    expect(refusal(at([ev.submit("light")]), { type: "open_round", actor: PROPOSER, participants: ABC, asynchronous: true })).toBe("ok");
  });
  it("only the facilitator closes a round, abandons and resumes", () => {
    expect(refusal(inRound(), { type: "close_round", actor: PROPOSER })).toBe("not_allowed");
    expect(refusal(inIntegration(), { type: "abandon", actor: PROPOSER })).toBe("not_allowed");
    expect(refusal(at([ev.submit("light"), ev.open(), ev.escalate()]), { type: "resume", actor: A, path: "light" })).toBe("not_allowed");
  });
  it("objections are tested by the facilitator, or by the lead link only where the settings say so", () => {
    const test = (actor: typeof A): ConsentEvent => ({ ...(ev.valid("obj-1") as Extract<ConsentEvent, { type: "test_objection" }>), actor });
    expect(refusal(inIntegration(), test(A))).toBe("not_allowed");
    expect(refusal(inIntegration(), test(LEAD_LINK))).toBe("not_allowed");
    const leadLinkMayTest = at([ev.submit("light"), ev.open(), ev.object(A, "obj-1"), ev.close()], { ...holacracy, objectionTester: "facilitator_or_lead_link" });
    expect(refusal(leadLinkMayTest, test(LEAD_LINK))).toBe("ok");
  });
  it("only the objector or the proposer confirms an integration", () => {
    const integrated = run(inIntegration(), [ev.valid("obj-1"), ev.amend(["obj-1"])], T0 + 10_000).state;
    expect(refusal(integrated, ev.confirm(B, "obj-1"))).toBe("not_allowed");
    expect(refusal(integrated, ev.confirm(FACILITATOR, "obj-1"))).toBe("not_allowed");
    expect(refusal(integrated, ev.confirm(A, "obj-1"))).toBe("ok");
  });
  it("observers and other non-participants neither answer nor escalate", () => {
    expect(refusal(inRound(), ev.consent(OBSERVER, "x"))).toBe("not_a_participant");
    expect(refusal(inRound(), ev.consent(PROPOSER, "x"))).toBe("not_a_participant");
    expect(refusal(inRound(), ev.escalate(OBSERVER))).toBe("not_a_participant");
  });
});

describe("what an answer must be", () => {
  it("an objection and an abstention carry a non-blank reason; a consent need not", () => {
    const sofa = inRound(presetSettings("sociocracy_for_all"));
    expect(refusal(sofa, ev.object(A, "x", "   "))).toBe("reason_required");
    expect(refusal(sofa, ev.abstain(A, "x", ""))).toBe("reason_required");
    expect(refusal(sofa, ev.consent(A, "x"))).toBe("ok");
  });
  it("abstention only where the settings allow it", () => {
    expect(refusal(inRound(), ev.abstain(A, "x"))).toBe("abstention_not_allowed");
    expect(refusal(inRound(presetSettings("sociocracy_for_all")), ev.abstain(A, "x"))).toBe("ok");
  });
  it("a reused answer id is refused, even a superseded one", () => {
    const s = run(inRound(), [ev.consent(A, "a-1"), ev.object(A, "a-2")], T0 + 10_000).state;
    expect(refusal(s, ev.consent(B, "a-1"))).toBe("duplicate_answer_id");
    expect(refusal(s, ev.consent(B, "a-2"))).toBe("duplicate_answer_id");
  });
  it("the election nominee answers only once every other participant has", () => {
    const ps = [...participants([A, B]), { userId: C.userId, circleId: "circle-1", answersLast: true }];
    const s = at([ev.submit("light"), ev.open(ps), ev.consent(A, "a-1")]);
    expect(refusal(s, ev.consent(C, "c-1"))).toBe("must_answer_last");
    const r = transition(s, ev.consent(B, "b-1"), T0 + 60_000);
    expect(r.ok && r.effects).toEqual([{ type: "notify", topic: "your_turn", userIds: [C.userId] }]);
    if (r.ok) expect(refusal(r.state, ev.consent(C, "c-1"))).toBe("ok");
  });
});

describe("what a round needs", () => {
  const ready = () => at([ev.submit("light")]);
  const open = (over: Partial<Extract<ConsentEvent, { type: "open_round" }>>): ConsentEvent => ({ type: "open_round", actor: FACILITATOR, participants: ABC, asynchronous: true, ...over });
  it("participants: at least one, each once, at most one nominee", () => {
    expect(refusal(ready(), open({ participants: [] }))).toBe("invalid_participants");
    expect(refusal(ready(), open({ participants: [...ABC, ...participants([A], "circle-2")] }))).toBe("invalid_participants");
    expect(refusal(ready(), open({ participants: ABC.map((p) => ({ ...p, answersLast: true })) }))).toBe("invalid_participants");
  });
  it("an asynchronous deadline in the future; none for a meeting round", () => {
    expect(refusal(ready(), open({ deadlineAt: T0 }), T0)).toBe("invalid_deadline");
    expect(refusal(ready(), open({ asynchronous: false, deadlineAt: T0 + 3_600_000 }))).toBe("invalid_deadline");
    expect(refusal(ready(), open({ asynchronous: false }))).toBe("ok");
  });
  it("the clock cannot close a round before its deadline", () => {
    const s = inRound();
    expect(refusal(s, ev.deadline(), (s.deadlineAt as number) - 1)).toBe("too_early");
    expect(refusal(s, ev.deadline(), s.deadlineAt as number)).toBe("ok");
  });
});

describe("objection tests and integrations", () => {
  it("a verdict must follow from the criteria (withdrawn excepted)", () => {
    const test = (criteria: ReturnType<typeof allCriteria>, verdict: "valid" | "not_valid" | "withdrawn"): ConsentEvent => ({ type: "test_objection", actor: FACILITATOR, answerId: "obj-1", criteria, verdict, note: "" });
    expect(refusal(inIntegration(), test({ ...allCriteria(true), breaksRules: false, createdByProposal: false }, "valid"))).toBe("verdict_inconsistent");
    expect(refusal(inIntegration(), test({ ...allCriteria(true), breaksRules: false }, "not_valid"))).toBe("verdict_inconsistent");
    expect(refusal(inIntegration(), test({ ...allCriteria(null), reducesCapacity: true }, "not_valid"))).toBe("verdict_inconsistent");
    expect(refusal(inIntegration(), test({ ...allCriteria(null), breaksRules: true }, "valid"))).toBe("ok");
    expect(refusal(inIntegration(), test(allCriteria(null), "withdrawn"))).toBe("ok");
  });
  it("only current objections of the latest round can be tested or integrated", () => {
    const s = run(inRound(), [ev.object(A, "obj-old"), ev.consent(A, "a-2")], T0 + 10_000).state;
    expect(refusal(s, ev.valid("obj-old"))).toBe("unknown_objection");
    expect(refusal(s, ev.valid("a-2"))).toBe("unknown_objection");
    expect(refusal(inIntegration(), ev.amend(["nope"]))).toBe("unknown_objection");
    expect(refusal(at([ev.submit(), ev.advance(), ev.advance(), ev.advance()]), ev.amend(["obj-1"]))).toBe("unknown_objection");
  });
  it("an objection ruled out is not integrated; a resolved one is not re-tested or re-addressed", () => {
    const two = at([ev.submit("light"), ev.open(), ev.object(A, "obj-1"), ev.object(B, "obj-2"), ev.close(), ev.notValid("obj-1")]);
    expect(refusal(two, ev.amend(["obj-1"]))).toBe("objection_not_standing");
    const resolved = run(two, [ev.valid("obj-2"), ev.amend(["obj-2"]), ev.confirm(B, "obj-2"), ev.confirm(PROPOSER, "obj-2")], T0 + 60_000).state;
    expect(refusal(resolved, ev.amend(["obj-2"]))).toBe("objection_resolved");
    expect(refusal(resolved, ev.notValid("obj-2"))).toBe("objection_resolved");
  });
});
