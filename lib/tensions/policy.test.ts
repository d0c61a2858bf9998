import { describe, expect, it } from "vitest";
import type { OrgPermission, TensionStatus } from "@/lib/generated/prisma/enums";
import { canComment, canDraftProposal, canEdit, canPublish, canRaise, canSee, isTransition, noteRequired, statusTargets } from "./policy";

const AUTHOR = "author-id";
const as = (permission: OrgPermission, userId = "someone-else") => ({ userId, permission });
const tension = (status: TensionStatus) => ({ authorId: AUTHOR, status });

describe("who sees a tension", () => {
  it("keeps a draft to its author alone, admins included", () => {
    expect(canSee(as("member", AUTHOR), tension("draft"))).toBe(true);
    expect(canSee(as("admin"), tension("draft"))).toBe(false);
    expect(canSee(as("member"), tension("draft"))).toBe(false);
    expect(canSee(as("observer"), tension("draft"))).toBe(false);
  });

  it("shows a published tension to every member, observers included", () => {
    for (const status of ["open", "processing", "resolved", "dropped"] as const) {
      for (const permission of ["admin", "member", "observer"] as const) expect(canSee(as(permission), tension(status))).toBe(true);
    }
  });
});

describe("who acts on a tension", () => {
  it("lets members and admins raise tensions, not observers", () => {
    expect(canRaise({ permission: "admin" })).toBe(true);
    expect(canRaise({ permission: "member" })).toBe(true);
    expect(canRaise({ permission: "observer" })).toBe(false);
  });

  it("lets only the author edit, while draft or open", () => {
    expect(canEdit(as("member", AUTHOR), tension("draft"))).toBe(true);
    expect(canEdit(as("member", AUTHOR), tension("open"))).toBe(true);
    expect(canEdit(as("member", AUTHOR), tension("processing"))).toBe(false);
    expect(canEdit(as("member", AUTHOR), tension("resolved"))).toBe(false);
    expect(canEdit(as("admin"), tension("open"))).toBe(false);
    expect(canEdit(as("observer", AUTHOR), tension("open"))).toBe(false);
  });

  it("lets only the author publish, and only a draft", () => {
    expect(canPublish(as("member", AUTHOR), tension("draft"))).toBe(true);
    expect(canPublish(as("member", AUTHOR), tension("open"))).toBe(false);
    expect(canPublish(as("admin"), tension("draft"))).toBe(false);
  });

  it("takes comments from members while the tension is alive, never from observers", () => {
    expect(canComment(as("member"), tension("open"))).toBe(true);
    expect(canComment(as("admin"), tension("processing"))).toBe(true);
    expect(canComment(as("member"), tension("resolved"))).toBe(false);
    expect(canComment(as("member"), tension("dropped"))).toBe(false);
    expect(canComment(as("observer"), tension("open"))).toBe(false);
  });

  it("offers a proposal to the author of a living governance tension only", () => {
    const governance = (status: TensionStatus) => ({ ...tension(status), kind: "governance" as const });
    expect(canDraftProposal(as("member", AUTHOR), governance("open"))).toBe(true);
    expect(canDraftProposal(as("member", AUTHOR), governance("processing"))).toBe(true);
    expect(canDraftProposal(as("member", AUTHOR), governance("resolved"))).toBe(false);
    expect(canDraftProposal(as("member", AUTHOR), { ...tension("open"), kind: "operational" })).toBe(false);
    expect(canDraftProposal(as("admin"), governance("open"))).toBe(false);
  });
});

describe("status transitions", () => {
  it("follows open → processing → resolved | dropped", () => {
    expect(isTransition("open", "processing")).toBe(true);
    expect(isTransition("open", "resolved")).toBe(true);
    expect(isTransition("open", "dropped")).toBe(true);
    expect(isTransition("processing", "resolved")).toBe(true);
    expect(isTransition("processing", "dropped")).toBe(true);
  });

  it("never goes back, never leaves a closed status, never moves a draft by hand", () => {
    expect(isTransition("processing", "open")).toBe(false);
    expect(isTransition("resolved", "open")).toBe(false);
    expect(isTransition("resolved", "dropped")).toBe(false);
    expect(isTransition("dropped", "resolved")).toBe(false);
    expect(isTransition("draft", "open")).toBe(false);
    expect(isTransition("open", "open")).toBe(false);
  });

  it("lets the author and admins move the status, not other members nor observers", () => {
    expect(statusTargets(as("member", AUTHOR), tension("open"))).toEqual(["processing", "resolved", "dropped"]);
    expect(statusTargets(as("admin"), tension("processing"))).toEqual(["resolved", "dropped"]);
    expect(statusTargets(as("member"), tension("open"))).toEqual([]);
    expect(statusTargets(as("observer", AUTHOR), tension("open"))).toEqual([]);
    expect(statusTargets(as("admin"), tension("resolved"))).toEqual([]);
  });

  it("requires a note to drop a tension only", () => {
    expect(noteRequired("dropped")).toBe(true);
    expect(noteRequired("resolved")).toBe(false);
    expect(noteRequired("processing")).toBe(false);
  });
});
