import { describe, expect, it } from "vitest";
import { draftProcess, transition } from "@/lib/consent/machine";
import { presetSettings } from "@/lib/consent/presets";
import type { ProcessState } from "@/lib/consent/types";
import { can, PROCESS_ACTIONS } from "./policy";

const now = 1_700_000_000_000;
const proposer = { userId: "p", permission: "member" as const, facilitator: false, leadLink: false };
const facilitator = { userId: "f", permission: "member" as const, facilitator: true, leadLink: false };

function openRound(): ProcessState {
  let s = draftProcess("p", presetSettings("holacracy"));
  const step = (e: Parameters<typeof transition>[1]) => { const r = transition(s, e, now); if (!r.ok) throw new Error(r.reason); s = r.state; };
  step({ type: "submit", actor: { userId: "p" }, path: "light" });
  step({ type: "open_round", actor: { userId: "p" }, asynchronous: true, participants: [{ userId: "p", circleId: "c", answersLast: false }, { userId: "f", circleId: "c", answersLast: false }] });
  return s;
}

describe("can", () => {
  it("never lets an observer act, whatever roles they hold", () => {
    const observer = { userId: "f", permission: "observer" as const, facilitator: true, leadLink: true };
    for (const action of PROCESS_ACTIONS) expect(can(observer, action, openRound(), now)).toBe(false);
  });

  it("follows the machine: the proposer submits a draft, nobody else", () => {
    const draft = draftProcess("p", presetSettings("holacracy"));
    expect(can(proposer, "submit", draft, now)).toBe(true);
    expect(can({ ...facilitator, permission: "admin" }, "submit", draft, now)).toBe(false);
  });

  it("in an open round: participants answer and escalate, the facilitator closes, the proposer withdraws", () => {
    const s = openRound();
    expect(can(proposer, "answer", s, now)).toBe(true);
    expect(can(facilitator, "close_round", s, now)).toBe(true);
    expect(can(proposer, "close_round", s, now)).toBe(false);
    expect(can({ ...proposer, userId: "x" }, "answer", s, now)).toBe(false);
    expect(can(facilitator, "escalate", s, now)).toBe(true);
    expect(can(proposer, "withdraw", s, now)).toBe(true);
    expect(can(proposer, "open_round", s, now)).toBe(false);
    expect(can(facilitator, "test_objection", s, now)).toBe(false);
  });
});
