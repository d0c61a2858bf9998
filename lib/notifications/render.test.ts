import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { NOTIFICATION_KINDS, notificationPath, notificationSentence, type Translate } from "./render";

const proposalId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const decisionId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
const t = (locale: "fr" | "en") => createTranslator({ locale, messages: messages[locale], namespace: "notifications" }) as unknown as Translate;
const formatDate = (value: Date, withTime: boolean) => `${value.toISOString().slice(0, 10)}${withTime ? " 12:00" : ""}`;

describe("notificationSentence", () => {
  it("has a sentence in both languages for every known kind, with the title in it", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of ["fr", "en"] as const) {
        const sentence = notificationSentence(t(locale), formatDate, kind, { title: "Budget", role: "Trésorerie", outcome: "adopted" });
        expect(sentence, `${locale} ${kind}`).not.toMatch(/notifications\.|kinds\./);
        expect(sentence, `${locale} ${kind}`).toMatch(/Budget|Trésorerie|notification/);
      }
    }
  });

  it("renders the data of a reminder, an outcome and a term", () => {
    expect(notificationSentence(t("fr"), formatDate, "round.reminder", { title: "Budget", deadlineAt: "2027-03-04T10:00:00.000Z" })).toBe(
      "Rappel : le tour de consentement sur « Budget » se clôt le 2027-03-04 12:00, et vous n’avez pas encore répondu.",
    );
    expect(notificationSentence(t("en"), formatDate, "consent.outcome", { title: "Budget", outcome: "expired" })).toBe("The proposal “Budget” has expired.");
    expect(notificationSentence(t("fr"), formatDate, "term.ending", { role: "Trésorerie", endsOn: "2027-06-30" })).toBe(
      "Votre affectation au rôle « Trésorerie » arrive à échéance le 2027-06-30.",
    );
  });

  it("dates a meeting invitation", () => {
    expect(notificationSentence(t("fr"), formatDate, "meeting.invited", { title: "Interpôles", startsAt: "2027-03-04T09:00:00.000Z" })).toBe(
      "Vous êtes invité·e à la réunion « Interpôles » du 2027-03-04 12:00.",
    );
  });

  it("reads an unknown kind, or missing data, as a generic sentence instead of failing", () => {
    expect(notificationSentence(t("fr"), formatDate, "meeting.moved", {})).toBe("Vous avez une nouvelle notification.");
    expect(notificationSentence(t("fr"), formatDate, "kinds", null)).toBe("Vous avez une nouvelle notification.");
    expect(notificationSentence(t("en"), formatDate, "consent.round_opened", [])).toBe("A consent round is open on “”: give your answer.");
  });
});

describe("notificationPath", () => {
  it("leads to the most precise subject", () => {
    expect(notificationPath("coop", { proposalId, decisionId })).toBe(`/o/coop/decisions/${decisionId}`);
    expect(notificationPath("coop", { proposalId })).toBe(`/o/coop/proposals/${proposalId}`);
    expect(notificationPath("coop", { roleId: proposalId })).toBe(`/o/coop/roles/${proposalId}`);
  });

  it("leads published minutes to the minutes page, and an invitation to its meeting", () => {
    expect(notificationPath("coop", { meetingId: proposalId, title: "R" }, "minutes.published")).toBe(`/o/coop/meetings/${proposalId}/minutes`);
    expect(notificationPath("coop", { meetingId: proposalId, title: "R" }, "meeting.invited")).toBe(`/o/coop/meetings/${proposalId}`);
    expect(notificationPath("coop", { meetingId: "../x" }, "minutes.published")).toBe("/o/coop/notifications");
  });

  it("never builds a path from something that is not an id", () => {
    expect(notificationPath("coop", { proposalId: "../../admin" })).toBe("/o/coop/notifications");
    expect(notificationPath("a b", {})).toBe("/o/a%20b/notifications");
  });
});
