// The minutes' Markdown file: its sections in the reader's language, and, with every member-written
// field set to a payload of the XSS corpus, nothing live once rendered by a permissive renderer.
import { micromark } from "micromark";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { XSS_CORPUS } from "@/tests/unit/xss-corpus";
import type { Minutes } from "./minutes";
import { minutesMarkdown, type Translate } from "./minutes-markdown";

const ids = { alice: "0190a1b2-c3d4-7e5f-8a9b-000000000001", bob: "0190a1b2-c3d4-7e5f-8a9b-000000000002", decision: "0190a1b2-c3d4-7e5f-8a9b-000000000003" };
const role = "0190a1b2-c3d4-7e5f-8a9b-000000000004";

function minutes(text: string): Minutes {
  const item = (id: string, kind: "tension" | "proposal" | "other", status: "done" | "skipped" | "pending") =>
    ({ id, position: 0, kind, title: text, status, notes: `${text}\n- ${text}`, tensionId: null, proposalId: null });
  return {
    id: "m", title: text, status: "closed", startsAt: new Date("2027-03-04T08:30:00Z"), durationMinutes: 90, place: text, videoUrl: text,
    startedAt: new Date("2027-03-04T08:35:00Z"), endedAt: new Date("2027-03-04T10:00:00Z"), updatedAt: new Date(), notes: `## Suite\n\n${text}`,
    publishedAt: null, createdById: ids.alice, facilitatorId: ids.alice, secretaryId: ids.bob, participantIds: [ids.alice, ids.bob],
    circles: [{ id: "c", name: text }],
    participants: [{ userId: ids.alice, attendance: "present" }, { userId: ids.bob, attendance: "late" }],
    processed: [item("1", "tension", "done")], tensions: [item("1", "tension", "done")], nextSteps: [item("2", "other", "skipped")],
    proposals: [{
      proposalId: "p", title: text, status: "adopted", isInterpoles: true,
      decision: { id: ids.decision, versionNumber: 2, title: text, reasons: text, body: "", inThisMeeting: true, changes: [{ kind: "accountability.add", roleId: role, description: text }] },
      rounds: [{ number: 1, version: 1, status: "closed", result: "objections", circles: [{ circleId: "c", circleName: text, consent: 2, objection: 1, abstention: 0, missing: 0 }] }],
      objections: [{ id: "o", round: 1, objectorId: ids.bob, reason: text, verdict: "valid", note: text, testedById: ids.alice, integrationVersion: 2, objectorConfirmed: true, proposerConfirmed: false }],
    }],
    elections: [{ itemId: "e", title: text, roleId: role, roleName: text, nomineeId: ids.bob, termEndsOn: "2028-03-31", proposalId: null, outcome: "elected" }],
    names: new Map([[ids.alice, `Alice ${text}`], [ids.bob, `Bob ${text}`]]),
  };
}

function build(text: string, locale: "fr" | "en" = "fr") {
  const t = createTranslator({ locale, messages: messages[locale] }) as unknown as Translate;
  return minutesMarkdown(minutes(text), {
    t, dateTime: (d) => d.toISOString().slice(0, 16), date: (d) => d.toISOString().slice(0, 10), time: (d) => d.toISOString().slice(11, 16),
    orgUrl: "https://gouvernance.example.org/o/coop", labels: new Map([[role, `Trésorerie ${text}`]]),
  });
}

describe("minutesMarkdown", () => {
  it("has every section, the attendance, the decision with its change, the objection and the next steps", () => {
    const md = build("Budget");
    for (const heading of ["# Compte-rendu : Budget", "## Participant·es", "## Points traités", "## Tensions traitées", "## Propositions et décisions", "## Élections", "## Prochaines étapes", "## Notes du secrétariat"]) {
      expect(md).toContain(`\n${heading}\n`.replace(/^\n#/, "#"));
    }
    expect(md).toContain("**Brouillon : ce compte-rendu n’est pas encore publié.**");
    expect(md).toContain("- **Tenue :** de 08:35 à 10:00");
    expect(md).toContain("- Alice Budget : présent·e");
    expect(md).toContain("- Bob Budget : en retard");
    expect(md).toContain("### Budget : adoptée");
    expect(md).toContain(`[Voir la décision](https://gouvernance.example.org/o/coop/decisions/${ids.decision})`);
    expect(md).toMatch(/1\. Ajouter une redevabilité.*Trésorerie Budget/);
    expect(md).toContain("  - Budget : 2 consentements, 1 objection, 0 abstention, aucune réponse manquante");
    expect(md).toContain("- Bob Budget (tour 1) : « Budget »");
    expect(md).toContain("Recevable · examinée par Alice Budget · Note : Budget · Intégrée dans la version 2 · levée par l’objecteur·ice · pas encore confirmée par l’auteur·ice");
    expect(md).toContain("- Budget (Autre, reporté)");
    expect(md).toContain("Rôle « Budget » — Personne proposée : Bob Budget — Mandat jusqu’au 2028-03-31 — élu·e");
    expect(md.endsWith("## Suite\n\nBudget\n")).toBe(true);
    expect(build("Budget", "en")).toContain("## Next steps");
  });

  it.each(XSS_CORPUS)("keeps %s inert in every field", (payload) => {
    const html = micromark(build(payload), { allowDangerousHtml: true, allowDangerousProtocol: true });
    expect(html).not.toMatch(/<(script|iframe|svg|img|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    // The only real links are ours: the decision's page, and the notes' neutralised ones.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/gouvernance\.example\.org\/|javascript%E2%88%B6)/);
  });
});
