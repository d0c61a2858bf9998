import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { eventPath, JOURNAL_KINDS, messageKey, subjectRef } from "./describe";

const id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const other = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";

describe("messageKey", () => {
  it("has a sentence in both languages for every known kind", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = createTranslator({ locale, messages: messages[locale], namespace: "journal" }) as unknown as {
        (key: string, values: Record<string, string>): string;
        has(key: string): boolean;
      };
      for (const kind of JOURNAL_KINDS) {
        expect(t.has(messageKey(kind)), `${locale} ${kind}`).toBe(true);
        const sentence = t(messageKey(kind), { actor: "Camille", name: "N", title: "T", description: "D", role: "R", member: "M", permission: "P" });
        expect(sentence, `${locale} ${kind}`).not.toContain("journal.");
      }
    }
  });

  it("gives unknown kinds the generic sentence", () => {
    expect(messageKey("meeting.moved")).toBe("other");
    expect(messageKey("record")).toBe("other");
  });
});

describe("subjectRef and eventPath", () => {
  const event = (kind: string, data: unknown = {}, subjectId: string | null = id, circleId: string | null = null) => ({ kind, subjectId, circleId, data });

  it("links tensions, proposals and the consent process to their pages", () => {
    expect(eventPath("coop", event("tension.raised"))).toBe(`/o/coop/tensions/${id}`);
    expect(eventPath("coop", event("proposal.amended"))).toBe(`/o/coop/proposals/${id}`);
    expect(eventPath("coop", event("consent.answer"))).toBe(`/o/coop/proposals/${id}`);
    // A round's events name the round; the page is its proposal's.
    expect(subjectRef(event("round.reminded", { proposalId: other }))).toEqual({ type: "proposal", id: other });
    expect(eventPath("coop", event("round.reminded", { proposalId: other }))).toBe(`/o/coop/proposals/${other}`);
  });

  it("links record events to the circle or role they changed", () => {
    expect(eventPath("coop", event("record.circle.created"))).toBe(`/o/coop/circles/${id}`);
    expect(eventPath("coop", event("record.role.archived"))).toBe(`/o/coop/roles/${id}`);
    expect(eventPath("coop", event("record.accountability.added", { roleId: other }))).toBe(`/o/coop/roles/${other}`);
    expect(eventPath("coop", event("record.policy.added", {}, id, other))).toBe(`/o/coop/circles/${other}`);
  });

  it("links meeting events to the meeting, and the minutes' publication to the minutes", () => {
    expect(messageKey("meeting.started")).toBe("events.meeting.started");
    expect(eventPath("coop", event("meeting.scheduled"))).toBe(`/o/coop/meetings/${id}`);
    expect(eventPath("coop", event("meeting.closed"))).toBe(`/o/coop/meetings/${id}`);
    expect(eventPath("coop", event("meeting.minutes_published"))).toBe(`/o/coop/meetings/${id}/minutes`);
  });

  it("has no link for what it does not know, and never one built from a non-id", () => {
    expect(eventPath("coop", event("agenda.moved"))).toBeNull();
    expect(eventPath("coop", event("meeting.started", {}, "../x"))).toBeNull();
    expect(eventPath("coop", event("record.role.created", {}, "../x"))).toBeNull();
    expect(eventPath("coop", event("round.opened", { proposalId: "../x" }))).toBeNull();
  });
});
