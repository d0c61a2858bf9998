import { describe, expect, it } from "vitest";
import { digestEmail, notificationEmail } from "./email";

const proposalId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const organization = { slug: "la-coop", name: "La Coop" };

describe("notificationEmail", () => {
  it("writes subject and body in the recipient's language, with absolute links", () => {
    const email = notificationEmail({
      baseUrl: "https://gouv.example.org/",
      recipient: { name: "Camille", locale: "fr" },
      organization,
      notification: { kind: "consent.round_opened", data: { proposalId, title: "Budget" } },
    });
    expect(email.subject).toBe("[La Coop] Un tour de consentement est ouvert sur « Budget » : donnez votre réponse.");
    expect(email.text).toContain("Bonjour Camille,");
    expect(email.text).toContain(`https://gouv.example.org/o/la-coop/proposals/${proposalId}`);
    expect(email.text).toContain("https://gouv.example.org/account");
  });

  it("falls back to French for an unknown locale and keeps the subject on one short line", () => {
    const email = notificationEmail({
      baseUrl: "http://localhost:3000",
      recipient: { name: "Sam", locale: "de" },
      organization,
      notification: { kind: "consent.round_opened", data: { title: `Long\n${"x".repeat(300)}` } },
    });
    expect(email.subject).not.toContain("\n");
    expect(email.subject.length).toBeLessThanOrEqual(150);
    expect(email.text).toContain("Bonjour Sam,");
  });
});

describe("notificationEmail of meetings", () => {
  const meetingId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d";

  it("offers the calendar file of an invitation after the meeting's link", () => {
    const email = notificationEmail({
      baseUrl: "https://gouv.example.org", recipient: { name: "Camille", locale: "fr" }, organization,
      notification: { kind: "meeting.invited", data: { meetingId, title: "Interpôles", startsAt: "2027-03-04T09:00:00.000Z" } },
    });
    expect(email.subject).toBe("[La Coop] Vous êtes invité·e à la réunion « Interpôles » du 4 mars 2027 à 10:00.");
    expect(email.text).toContain(`https://gouv.example.org/o/la-coop/meetings/${meetingId}\nAjouter à votre agenda (fichier .ics) : https://gouv.example.org/o/la-coop/meetings/${meetingId}/calendar`);
  });

  it("leads published minutes to the minutes page, with no calendar", () => {
    const email = notificationEmail({
      baseUrl: "https://gouv.example.org", recipient: { name: "Sam", locale: "en" }, organization,
      notification: { kind: "minutes.published", data: { meetingId, title: "Interpôles" } },
    });
    expect(email.subject).toBe("[La Coop] The minutes “Interpôles” are published.");
    expect(email.text).toContain(`https://gouv.example.org/o/la-coop/meetings/${meetingId}/minutes`);
    expect(email.text).not.toContain("calendar");
  });
});

describe("digestEmail", () => {
  it("lists every notification with its link, and says how many more the app holds", () => {
    const email = digestEmail({
      baseUrl: "http://localhost:3000",
      recipient: { name: "Sam", locale: "en" },
      organization,
      notifications: [
        { kind: "consent.round_opened", data: { proposalId, title: "Budget" } },
        { kind: "unknown.kind", data: {} },
      ],
      more: 3,
    });
    expect(email.subject).toBe("[La Coop] Your daily digest: 5 notifications");
    expect(email.text).toContain("• A consent round is open on “Budget”: give your answer.");
    expect(email.text).toContain("• You have a new notification.");
    expect(email.text).toContain("… and 3 more notifications to read in the app:\n  http://localhost:3000/o/la-coop/notifications");
  });
});
