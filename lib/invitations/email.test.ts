import { describe, expect, it } from "vitest";
import { invitationEmail } from "./email";

const input = {
  inviterName: "Awa",
  organizationName: "La Fabrique",
  permission: "observer" as const,
  url: "https://example.org/invitations/abc",
};

describe("invitationEmail", () => {
  it("is written in the inviter's language, with the link and the permission", () => {
    const fr = invitationEmail({ ...input, locale: "fr" });
    expect(fr.subject).toBe("Invitation à rejoindre « La Fabrique » sur Interpôles");
    expect(fr.text).toContain("Awa vous invite à rejoindre « La Fabrique »");
    expect(fr.text).toContain("« Observateur·ice »");
    expect(fr.text).toContain("\nhttps://example.org/invitations/abc\n");

    const en = invitationEmail({ ...input, locale: "en" });
    expect(en.subject).toBe("Invitation to join “La Fabrique” on Interpôles");
    expect(en.text).toContain("“Observer”");
  });

  it("falls back to French for an unknown language", () => {
    expect(invitationEmail({ ...input, locale: "de" }).subject).toContain("Invitation à rejoindre");
  });

  it("does not interpret markup or ICU syntax in names", () => {
    const mail = invitationEmail({ ...input, locale: "en", organizationName: "<b>{x}</b>" });
    expect(mail.subject).toContain("<b>{x}</b>");
  });
});
