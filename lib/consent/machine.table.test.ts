// Every (state, event) pair of the process: 17 reachable states × 14 events. Each cell states the
// expected next state (status, step, round status/result, version, pending deadline ⏰, effect
// types), "=" for a harmless no-op, or "✗ reason" for a refusal. The Record types make a missing
// cell a compile error; the loop below also checks none is left out at run time.
import { describe, expect, it } from "vitest";
import type { ConsentEvent, ConsentEventType, TransitionResult } from "./events";
import { transition } from "./machine";
import { presetSettings } from "./presets";
import { A, ABC, FACILITATOR, LATER, PROPOSER, deepFreeze, draft, ev, run, T0, HOUR, type Step } from "./testing";
import type { ProcessState } from "./types";

const holacracy = presetSettings("holacracy");
const sofa = presetSettings("sociocracy_for_all");
const halfQuorum = { ...holacracy, quorumPercent: 50 };

const light = ev.submit("light");
const toIntegration: Step[] = [light, ev.open(), ev.object(A, "obj-1"), ev.close()];
const build = (events: Step[], settings = holacracy) => () => run(draft(settings), events).state;

const STATES = {
  draft: build([]),
  presentation: build([ev.submit()]),
  clarifying_questions: build([ev.submit(), ev.advance()]),
  reactions: build([ev.submit(), ev.advance(), ev.advance()]),
  amendment: build([ev.submit(), ev.advance(), ev.advance(), ev.advance()]),
  consent_round_ready: build([light]),
  round_open_async: build([light, ev.open()]),
  round_open_meeting: build([light, ev.open(ABC, false)]),
  round_awaiting: build([light, ev.openUntil(T0 + 2500), ev.consent(A, "a-1"), ev.deadline()], sofa),
  round_no_quorum: build([light, ev.open(), ev.consent(A, "a-1"), ev.close()], halfQuorum),
  integration: build(toIntegration),
  integration_ready: build([...toIntegration, ev.valid("obj-1"), ev.amend(["obj-1"]), ev.confirm(A, "obj-1"), ev.confirm(PROPOSER, "obj-1")]),
  adopted: build([light, ev.open(), ev.close()]),
  withdrawn: build([light, ev.open(), ev.withdraw()]),
  abandoned: build([...toIntegration, ev.abandon()]),
  escalated: build([light, ev.open(), ev.escalate()]),
  expired: build([...toIntegration, [ev.deadline(), T0 + 200 * HOUR]]),
} satisfies Record<string, () => ProcessState>;
type StateName = keyof typeof STATES;

const EVENTS: Record<ConsentEventType, ConsentEvent> = {
  submit: ev.submit(),
  advance: ev.advance(),
  amend: ev.amend(),
  open_round: ev.open(),
  answer: ev.consent(A, "a-new"),
  close_round: ev.close(),
  deadline: ev.deadline(),
  test_objection: ev.valid("obj-1"),
  confirm_integration: ev.confirm(A, "obj-1"),
  escalate: ev.escalate(A),
  resume: ev.resume(),
  withdraw: ev.withdraw(),
  abandon: ev.abandon(),
  adoption_refused: { type: "adoption_refused", conflict: "The role was removed meanwhile." },
};

const W = "✗ wrong_step";
const closedAfterwards = { answer: "✗ round_closed", close_round: "=", deadline: "=" } as const;
const terminal = (): Record<ConsentEventType, string> => ({
  submit: W, advance: W, amend: W, open_round: W, test_objection: W, confirm_integration: W,
  escalate: W, resume: W, withdraw: W, abandon: W, adoption_refused: W, ...closedAfterwards,
});
const preparatory = (next: string, withdrawn: string): Record<ConsentEventType, string> => ({
  submit: W, advance: next, amend: W, open_round: W, answer: W, close_round: W, deadline: "=", test_objection: W,
  confirm_integration: W, escalate: W, resume: W, withdraw: withdrawn, abandon: W, adoption_refused: W,
});
const OPENED = "in_process consent_round round:open v1 ⏰ [notify,schedule_deadline]";
const openRound = (answer: string, escalate: string, deadline: string, close: string): Record<ConsentEventType, string> => ({
  submit: W, advance: W, amend: "✗ round_open", open_round: "✗ round_open", answer, close_round: close, deadline,
  test_objection: "✗ unknown_objection", confirm_integration: W, escalate, resume: W,
  withdraw: "withdrawn consent_round round:cancelled v1 [announce]", abandon: W, adoption_refused: W,
});
const ADOPTED = "adopted consent_round round:closed/no_objection v1 [adopt,announce]";
const ESCALATED = "escalated consent_round round:cancelled v1 [announce]";

const TABLE: Record<StateName, Record<ConsentEventType, string>> = {
  draft: { ...preparatory(W, "withdrawn - round:- v1 []"), submit: "in_process presentation round:- v1 []" },
  presentation: preparatory("in_process clarifying_questions round:- v1 []", "withdrawn presentation round:- v1 [announce]"),
  clarifying_questions: preparatory("in_process reactions round:- v1 []", "withdrawn clarifying_questions round:- v1 [announce]"),
  reactions: preparatory("in_process amendment round:- v1 []", "withdrawn reactions round:- v1 [announce]"),
  amendment: { ...preparatory(W, "withdrawn amendment round:- v1 [announce]"), amend: "in_process amendment round:- v2 []", open_round: OPENED },
  consent_round_ready: { ...preparatory(W, "withdrawn consent_round round:- v1 [announce]"), amend: "in_process consent_round round:- v2 []", open_round: OPENED },
  round_open_async: openRound("in_process consent_round round:open v1 ⏰ []", ESCALATED, ADOPTED, ADOPTED),
  round_open_meeting: openRound("in_process consent_round round:open v1 []", W, "=", ADOPTED),
  round_awaiting: openRound("in_process consent_round round:open/awaiting_absentees v1 []", ESCALATED, "=", "="),
  round_no_quorum: {
    ...terminal(), amend: "in_process consent_round round:closed/no_quorum v2 []", open_round: OPENED,
    escalate: "escalated consent_round round:closed/no_quorum v1 [announce]", withdraw: "withdrawn consent_round round:closed/no_quorum v1 [announce]",
  },
  integration: {
    ...terminal(), amend: "in_process integration round:closed/objections v2 ⏰ []", open_round: "✗ objections_unresolved",
    deadline: "expired integration round:closed/objections v1 [announce]", test_objection: "in_process integration round:closed/objections v1 ⏰ [notify]",
    confirm_integration: "✗ not_integrated", escalate: "escalated integration round:closed/objections v1 [announce]",
    withdraw: "withdrawn integration round:closed/objections v1 [announce]", abandon: "abandoned integration round:closed/objections v1 [announce]",
  },
  integration_ready: {
    ...terminal(), amend: "in_process integration round:closed/objections v3 ⏰ []",
    open_round: "in_process consent_round round:open v2 ⏰ [notify,schedule_deadline]",
    deadline: "in_process integration round:closed/objections v2 []", test_objection: "✗ objection_resolved", confirm_integration: "=",
    escalate: "escalated integration round:closed/objections v2 [announce]",
    withdraw: "withdrawn integration round:closed/objections v2 [announce]", abandon: "abandoned integration round:closed/objections v2 [announce]",
  },
  adopted: { ...terminal(), adoption_refused: "in_process amendment round:closed/no_objection v1 [notify]" },
  withdrawn: terminal(),
  abandoned: terminal(),
  escalated: { ...terminal(), resume: "in_process presentation round:cancelled v1 []", withdraw: "withdrawn consent_round round:cancelled v1 [announce]" },
  expired: terminal(),
};

function describeResult(before: ProcessState, r: TransitionResult): string {
  if (!r.ok) return `✗ ${r.reason}`;
  if (r.effects.length === 0 && JSON.stringify(r.state) === JSON.stringify(before)) return "=";
  const s = r.state;
  const round = s.round ? `${s.round.status}${s.round.result ? `/${s.round.result}` : ""}` : "-";
  const deadline = s.deadlineAt !== null ? " ⏰" : "";
  return `${s.status} ${s.step ?? "-"} round:${round} v${s.currentVersion}${deadline} [${r.effects.map((e) => e.type).join(",")}]`;
}

describe("the consent process, state × event", () => {
  const eventTypes = Object.keys(EVENTS) as ConsentEventType[];

  it("covers every state and every event", () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(STATES).sort());
    for (const row of Object.values(TABLE)) expect(Object.keys(row).sort()).toEqual([...eventTypes].sort());
  });

  for (const name of Object.keys(STATES) as StateName[]) {
    describe(name, () => {
      for (const type of eventTypes) {
        it(`${type} → ${TABLE[name][type]}`, () => {
          const before = deepFreeze(STATES[name]());
          const snapshot = JSON.stringify(before);
          const r = transition(before, EVENTS[type], LATER);
          expect(describeResult(before, r)).toBe(TABLE[name][type]);
          expect(JSON.stringify(before)).toBe(snapshot);
        });
      }
    });
  }

  it("builds the states it claims (a sanity check of the fixtures)", () => {
    expect(STATES.round_awaiting().round?.result).toBe("awaiting_absentees");
    expect(STATES.integration_ready().round?.answers[0]?.objection?.proposerConfirmedAt).not.toBeNull();
    expect(transition(STATES.draft(), { type: "submit", actor: FACILITATOR, path: "full" }, T0)).toEqual({ ok: false, reason: "not_allowed" });
  });
});
