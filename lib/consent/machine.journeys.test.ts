// The main journeys of consent.md, told as a circle would live them.
import { describe, expect, it } from "vitest";
import { transition } from "./machine";
import { presetSettings } from "./presets";
import { A, ABC, B, C, FACILITATOR, HOUR, PROPOSER, T0, draft, ev, participants, run } from "./testing";
import type { ProcessState } from "./types";

const DAY = 24 * HOUR;
const holacracy = presetSettings("holacracy");

describe("an objection found valid, integrated, then consent", () => {
  it("goes from draft to adoption of the amended version in a second round", () => {
    let { state, effects } = run(draft(), [
      ev.submit(), ev.advance(), ev.advance(), ev.advance(), ev.amend(), // clarified: version 2
      ev.open(), ev.object(A, "obj-1"), ev.consent(B, "b-1"), ev.consent(C, "c-1"), // everyone answered: closes
    ]);
    expect(state).toMatchObject({ status: "in_process", step: "integration", currentVersion: 2 });
    expect(state.round).toMatchObject({ number: 1, versionNumber: 2, status: "closed", result: "objections" });
    expect(effects).toContainEqual({ type: "notify", topic: "objection_raised", userIds: [PROPOSER.userId] });
    expect(effects).toContainEqual({ type: "notify", topic: "integration_needed", userIds: [PROPOSER.userId, A.userId] });

    ({ state, effects } = run(state, [ev.valid("obj-1"), ev.amend(["obj-1"]), ev.confirm(A, "obj-1"), ev.confirm(PROPOSER, "obj-1")], T0 + HOUR));
    expect(state.currentVersion).toBe(3);
    expect(state.round?.answers[0]?.objection).toMatchObject({ verdict: "valid", integrationVersion: 3 });
    expect(effects.map((e) => e.type === "notify" && e.topic)).toEqual(["objection_tested", "integration_to_confirm", "objection_resolved"]);

    ({ state, effects } = run(state, [ev.open(), ev.consent(A, "a-2"), ev.consent(B, "b-2")], T0 + 2 * HOUR));
    expect(state.round).toMatchObject({ number: 2, versionNumber: 3, status: "open" });
    expect(state.round?.answers.map((a) => a.userId)).toEqual([A.userId, B.userId]); // nothing carried over

    const last = transition(state, ev.consent(C, "c-2"), T0 + 3 * HOUR);
    expect(last.ok && last.state.status).toBe("adopted");
    expect(last.ok && last.effects).toEqual([
      { type: "adopt", versionNumber: 3, roundNumber: 2, reviewAt: T0 + 3 * HOUR + 180 * DAY },
      { type: "announce", outcome: "adopted" },
    ]);
  });

  it("adopts at once when the only objection is found not valid: it stays on record as a concern", () => {
    const { state, effects } = run(draft(), [ev.submit("light"), ev.open(), ev.object(A, "obj-1"), ev.consent(B, "b"), ev.consent(C, "c"), ev.notValid("obj-1")]);
    expect(state.status).toBe("adopted");
    expect(state.round?.answers[0]?.objection).toMatchObject({ verdict: "not_valid", note: "A better idea, not harm." });
    expect(effects).toContainEqual(expect.objectContaining({ type: "adopt", versionNumber: 1, roundNumber: 1 }));
  });
});

describe("the deadline passes", () => {
  const openedThenOneConsent = (preset: "holacracy" | "sociocracy_for_all" | "sociocracy_3_0") =>
    run(draft(presetSettings(preset)), [ev.submit("light"), ev.open(), ev.consent(A, "a-1")]).state;

  it("policy A: silence is consent", () => {
    const s = openedThenOneConsent("holacracy");
    expect(s.deadlineAt).toBe(T0 + 1000 + 168 * HOUR);
    const r = transition(s, ev.deadline(), s.deadlineAt as number);
    expect(r.ok && r.state.status).toBe("adopted");
  });

  it("policy C: questions were asked beforehand, then silence is consent as in A", () => {
    const s = openedThenOneConsent("sociocracy_3_0");
    expect(s.round?.settings.absenteePolicy).toBe("input_beforehand");
    const r = transition(s, ev.deadline(), s.deadlineAt as number);
    expect(r.ok && r.state.status).toBe("adopted");
  });

  it("policy B: the round waits for every absentee, then closes by itself", () => {
    const s = openedThenOneConsent("sociocracy_for_all");
    const r = transition(s, ev.deadline(), s.deadlineAt as number);
    if (!r.ok) throw new Error(r.reason);
    expect(r.state.round).toMatchObject({ status: "open", result: "awaiting_absentees" });
    expect(r.effects).toEqual([{ type: "notify", topic: "answer_reminder", userIds: [B.userId, C.userId] }]);
    const closedByHand = transition(r.state, ev.close(), T0 + 200 * HOUR);
    expect(closedByHand.ok && closedByHand.state.round?.status).toBe("open"); // still not final
    const { state } = run(r.state, [ev.abstain(B, "b-1", "I stand aside: not my field."), ev.consent(C, "c-1")], T0 + 300 * HOUR);
    expect(state.status).toBe("adopted");
    expect(state.round).toMatchObject({ status: "closed", result: "no_objection", closedAt: T0 + 300 * HOUR + 1000 });
  });

  it("objections still standing when the integration deadline passes: expired", () => {
    const s = run(draft(), [ev.submit("light"), ev.open(), ev.object(A, "obj-1"), [ev.deadline(), T0 + 169 * HOUR]]).state;
    expect(s.step).toBe("integration");
    const r = transition(s, ev.deadline(), s.deadlineAt as number);
    expect(r.ok && r.state.status).toBe("expired");
    expect(r.ok && r.effects).toEqual([{ type: "announce", outcome: "expired" }]);
  });
});

describe("quorum", () => {
  it("counts current answers only; when not reached, a new round may run on the same version", () => {
    // Two of three answered: 66 % is reached, 67 % would not be.
    const settings = { ...holacracy, quorumPercent: 66 };
    const s = run(draft(settings), [ev.submit("light"), ev.open(), ev.consent(A, "a-1"), ev.consent(B, "b-1"), ev.object(B, "b-2"), ev.consent(B, "b-3")]).state;
    expect(transition(s, ev.close(), T0 + HOUR)).toMatchObject({ ok: true, state: { status: "adopted", round: { result: "no_objection" } } });
    const thin = run(draft(settings), [ev.submit("light"), ev.open(), ev.consent(A, "a-1"), ev.close()]).state;
    expect(thin).toMatchObject({ status: "in_process", step: "consent_round", round: { status: "closed", result: "no_quorum" } });
    const again = transition(thin, ev.open(), T0 + HOUR);
    expect(again.ok && again.state.round).toMatchObject({ number: 2, versionNumber: 1, status: "open" });
  });
});

describe("escalation and withdrawal", () => {
  it("a participant escalates an asynchronous round; the meeting takes it up and decides", () => {
    let s: ProcessState = run(draft(), [ev.submit("light"), ev.open(), ev.consent(B, "b-1"), ev.escalate(C)]).state;
    expect(s).toMatchObject({ status: "escalated", deadlineAt: null, round: { status: "cancelled", result: null } });
    s = run(s, [ev.resume("light"), ev.open(ABC, false), ev.consent(A, "a"), ev.consent(B, "b")], T0 + DAY).state;
    expect(transition(s, ev.escalate(A), T0 + 2 * DAY)).toEqual({ ok: false, reason: "wrong_step" });
    const r = transition(s, ev.close(), T0 + 2 * DAY);
    expect(r.ok && r.state).toMatchObject({ status: "adopted", round: { number: 2, asynchronous: false } });
  });

  it("the proposer withdraws during a round: the round is cancelled and no one can answer any more", () => {
    const { state, effects } = run(draft(), [ev.submit("light"), ev.open(), ev.object(A, "obj-1"), ev.withdraw()]);
    expect(state).toMatchObject({ status: "withdrawn", round: { status: "cancelled" } });
    expect(effects.at(-1)).toEqual({ type: "announce", outcome: "withdrawn" });
    expect(transition(state, ev.consent(B, "b"), T0 + HOUR)).toEqual({ ok: false, reason: "round_closed" });
  });
});

describe("answers", () => {
  it("a changed answer supersedes the earlier one, which stays on record and no longer counts", () => {
    const { state } = run(draft(), [ev.submit("light"), ev.open(), ev.object(A, "a-1"), ev.consent(A, "a-2"), ev.close()]);
    expect(state.status).toBe("adopted");
    expect(state.round?.answers.map((a) => a.id)).toEqual(["a-2"]);
    expect(state.round?.superseded).toMatchObject([{ id: "a-1", kind: "objection", supersededAt: T0 + 3000 }]);
  });
});

describe("Interpôles decisions", () => {
  it("need consent in every affected circle", () => {
    const ps = [...participants([A, B], "pole-events"), ...participants([C, FACILITATOR], "pole-finance")];
    const s = run(draft(), [ev.submit("light"), ev.open(ps), ev.consent(A, "a"), ev.consent(B, "b"), ev.object(C, "c"), ev.consent(FACILITATOR, "f")]).state;
    expect(s).toMatchObject({ step: "integration", round: { result: "objections" } });
  });
});

describe("the record refuses an adoption", () => {
  it("sends the proposal back to its proposer with the conflict", () => {
    const adopted = run(draft(), [ev.submit("light"), ev.open(), ev.close()]).state;
    const r = transition(adopted, { type: "adoption_refused", conflict: "outdated" }, T0 + HOUR);
    expect(r.ok && r.state).toMatchObject({ status: "in_process", step: "amendment" });
    expect(r.ok && r.effects).toEqual([{ type: "notify", topic: "adoption_refused", userIds: [PROPOSER.userId], detail: "outdated" }]);
    if (r.ok) expect(run(r.state, [ev.amend(), ev.open(), ev.close()], T0 + 2 * HOUR).state).toMatchObject({ status: "adopted", currentVersion: 2 });
  });
});
