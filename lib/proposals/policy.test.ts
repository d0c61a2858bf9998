import { describe, expect, it } from "vitest";
import { canSee, canWithdraw, draftRefusal, editMode, editRefusal } from "./policy";

describe("proposal policy", () => {
  it("only the author of an open or processing governance tension drafts", () => {
    const tension = { authorId: "u1", kind: "governance" as const, status: "open" as const };
    expect(draftRefusal(tension, "u1")).toBeNull();
    expect(draftRefusal({ ...tension, status: "processing" }, "u1")).toBeNull();
    expect(draftRefusal(tension, "u2")).toBe("forbidden");
    expect(draftRefusal({ ...tension, kind: "operational" }, "u1")).toBe("not_governance");
    expect(draftRefusal({ ...tension, status: "resolved" }, "u1")).toBe("tension_closed");
    expect(draftRefusal({ ...tension, status: "draft" }, "u1")).toBe("tension_closed");
  });

  it("a draft is edited in place, a proposal in process amended, by its author only", () => {
    expect(editMode({ authorId: "u1", status: "draft", roundOpen: false }, "u1")).toBe("in_place");
    expect(editMode({ authorId: "u1", status: "in_process", roundOpen: false }, "u1")).toBe("amendment");
    expect(editMode({ authorId: "u1", status: "in_process", roundOpen: false }, "u2")).toBeNull();
    expect(editMode({ authorId: "u1", status: "adopted", roundOpen: false }, "u1")).toBeNull();
  });

  it("a proposal waits for its open consent round to close before it is amended", () => {
    const inRound = { authorId: "u1", status: "in_process" as const, roundOpen: true };
    expect(editMode(inRound, "u1")).toBeNull();
    expect(editRefusal(inRound, "u1")).toBe("round_open");
    expect(editRefusal(inRound, "u2")).toBe("forbidden");
    expect(editRefusal({ ...inRound, roundOpen: false }, "u1")).toBeNull();
    expect(editRefusal({ ...inRound, status: "adopted", roundOpen: false }, "u1")).toBe("closed");
  });

  it("drafts stay private and only they can be withdrawn here", () => {
    expect(canSee({ authorId: "u1", status: "draft" }, "u2")).toBe(false);
    expect(canSee({ authorId: "u1", status: "in_process" }, "u2")).toBe(true);
    expect(canWithdraw({ authorId: "u1", status: "draft" }, "u1")).toBe(true);
    expect(canWithdraw({ authorId: "u1", status: "in_process" }, "u1")).toBe(false);
    expect(canWithdraw({ authorId: "u1", status: "draft" }, "u2")).toBe(false);
  });
});
