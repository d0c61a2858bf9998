import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundResult, type CountedAnswer } from "./outcome";
import type { AbsenteePolicy, Participant } from "./types";

const p = (userId: string, circleId = "c1"): Participant => ({ userId, circleId, answersLast: false });
const a = (userId: string, kind: CountedAnswer["kind"], id = `${userId}-1`): CountedAnswer => ({ id, userId, kind });
const A_POLICY = { absenteePolicy: "silence_is_consent" as AbsenteePolicy, quorumPercent: null };
const three = [p("a"), p("b"), p("c")];

describe("roundResult", () => {
  it("no objection when nobody objects; absentees count as no objection under A and C", () => {
    expect(roundResult([a("a", "consent"), a("b", "abstention")], three, A_POLICY, {}).result).toBe("no_objection");
    expect(roundResult([], three, { ...A_POLICY, absenteePolicy: "input_beforehand" }, {}).result).toBe("no_objection");
  });
  it("waits for absentees under B", () => {
    expect(roundResult([a("a", "consent")], three, { ...A_POLICY, absenteePolicy: "wait_for_all" }, {}).result).toBe("awaiting_absentees");
  });
  it("an untested or valid objection stands; not valid and withdrawn ones do not", () => {
    const answers = [a("a", "objection"), a("b", "consent")];
    expect(roundResult(answers, three, A_POLICY, {}).result).toBe("objections");
    expect(roundResult(answers, three, A_POLICY, { "a-1": "valid" }).result).toBe("objections");
    expect(roundResult(answers, three, A_POLICY, { "a-1": "not_valid" }).result).toBe("no_objection");
    expect(roundResult(answers, three, A_POLICY, { "a-1": "withdrawn" }).result).toBe("no_objection");
  });
  it("a standing objection outweighs absentees and quorum", () => {
    expect(roundResult([a("a", "objection")], three, { absenteePolicy: "wait_for_all", quorumPercent: 100 }, {}).result).toBe("objections");
  });
  it("quorum: the share of participants who answered, abstentions included, rounded in nobody's favour", () => {
    const two = [a("a", "consent"), a("b", "abstention")];
    expect(roundResult(two, three, { ...A_POLICY, quorumPercent: 66 }, {}).result).toBe("no_objection");
    expect(roundResult(two, three, { ...A_POLICY, quorumPercent: 67 }, {}).result).toBe("no_quorum");
  });
  it("ignores answers of non-participants, and refuses two current answers of one participant", () => {
    expect(roundResult([a("z", "objection")], three, A_POLICY, {}).result).toBe("no_objection");
    expect(() => roundResult([a("a", "consent", "1"), a("a", "objection", "2")], three, A_POLICY, {})).toThrow();
  });
  it("is computed per circle: one objecting circle blocks the Interpôles decision", () => {
    const ps = [p("a", "events"), p("b", "events"), p("c", "finance")];
    const out = roundResult([a("a", "consent"), a("b", "consent"), a("c", "objection")], ps, A_POLICY, {});
    expect(out).toEqual({ result: "objections", byCircle: { events: "no_objection", finance: "objections" } });
    const waiting = roundResult([a("a", "consent"), a("b", "consent")], ps, { absenteePolicy: "wait_for_all", quorumPercent: null }, {});
    expect(waiting).toEqual({ result: "awaiting_absentees", byCircle: { events: "no_objection", finance: "awaiting_absentees" } });
  });

  it("does not depend on the order of answers or participants", () => {
    const users = ["a", "b", "c", "d", "e"];
    const arb = fc.record({
      kinds: fc.tuple(...users.map(() => fc.option(fc.constantFrom("consent" as const, "objection" as const, "abstention" as const), { nil: undefined }))),
      verdicts: fc.tuple(...users.map(() => fc.constantFrom("pending" as const, "valid" as const, "not_valid" as const, "withdrawn" as const))),
      circles: fc.tuple(...users.map(() => fc.constantFrom("x", "y"))),
      policy: fc.constantFrom<AbsenteePolicy>("silence_is_consent", "wait_for_all", "input_beforehand"),
      quorum: fc.option(fc.integer({ min: 1, max: 100 })),
      seed: fc.integer(),
    });
    fc.assert(fc.property(arb, ({ kinds, verdicts, circles, policy, quorum, seed }) => {
      const ps = users.map((u, i) => p(u, circles[i]));
      const answers = users.flatMap((u, i) => (kinds[i] ? [a(u, kinds[i]!)] : []));
      const vs = Object.fromEntries(users.map((u, i) => [`${u}-1`, verdicts[i]]));
      const settings = { absenteePolicy: policy, quorumPercent: quorum };
      const shuffle = <T>(xs: T[]) => xs.map((x, i) => [((i + 1) * (seed | 1)) % 97, x] as const).sort((l, r) => l[0] - r[0]).map(([, x]) => x);
      expect(roundResult(shuffle(answers), shuffle(ps), settings, vs)).toEqual(roundResult(answers, ps, settings, vs));
    }), { numRuns: 300 });
  });
});
