import { describe, expect, it } from "vitest";
import { PARTICIPANTS_LISTED, participantList, yetToAnswer } from "./participant-list";

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: `u${i}` }));
const name = (userId: string) => `Personne ${userId.slice(1).padStart(4, "0")}`;

describe("participantList", () => {
  it("lists every participant of a small round, in the round's order, with whether they answered", () => {
    const list = participantList(people(3), new Set(["u1"]), name);
    expect(list).toEqual({ kind: "all", rows: [
      { userId: "u0", name: "Personne 0000", answered: false },
      { userId: "u1", name: "Personne 0001", answered: true },
      { userId: "u2", name: "Personne 0002", answered: false },
    ] });
    expect(participantList(people(PARTICIPANTS_LISTED), new Set(), name).kind).toBe("all");
  });

  it("names only those yet to answer in a large round, by name and bounded, and counts the others", () => {
    const all = people(2000).reverse();
    const answered = new Set(all.slice(0, 1500).map((p) => p.userId));
    const list = participantList(all, answered, name);
    if (list.kind !== "waiting") throw new Error("expected the waiting list");
    expect(list.rows).toHaveLength(PARTICIPANTS_LISTED);
    expect(list.rows.every((row) => !answered.has(row.userId))).toBe(true);
    expect(list.rows.map((row) => row.name)).toEqual([...list.rows.map((row) => row.name)].sort());
    expect(list.rows[0]!.name).toBe("Personne 0000");
    expect(list.more).toBe(500 - PARTICIPANTS_LISTED);
  });

  it("has nobody to name once everyone in a large round has answered", () => {
    const all = people(PARTICIPANTS_LISTED + 1);
    expect(participantList(all, new Set(all.map((p) => p.userId)), name)).toEqual({ kind: "waiting", rows: [], more: 0 });
  });
});

describe("yetToAnswer", () => {
  it("names those yet to answer in the round's order when small, by name and bounded when large", () => {
    expect(yetToAnswer(people(3), new Set(["u1"]), name)).toEqual({ names: ["Personne 0000", "Personne 0002"], more: 0 });
    const large = yetToAnswer(people(PARTICIPANTS_LISTED + 5).reverse(), new Set(["u0"]), name);
    expect(large.names).toHaveLength(PARTICIPANTS_LISTED);
    expect(large.names[0]).toBe("Personne 0001");
    expect(large.more).toBe(4);
  });
});
