import { describe, expect, it } from "vitest";
import { reviewToJson } from "./export-json";
import { SAMPLE } from "./test-sample";

describe("reviewToJson", () => {
  const organization = { id: "o1", slug: "la-bobine", name: "La Bobine" };
  const filters = { circleId: "c1", q: "compte", memberId: null };
  const json = reviewToJson({ organization, filters, circles: SAMPLE, generatedAt: new Date("2026-06-01T10:00:00Z") });

  it("has the documented envelope", () => {
    expect(json).toMatchObject({
      format: "interpoles.accountability-review",
      version: 1,
      generatedAt: "2026-06-01T10:00:00.000Z",
      organization,
      filters,
    });
  });

  it("keeps ids, order and text as they are (JSON needs no escaping of its own)", () => {
    const parsed = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(parsed.circles.map((circle) => [circle.id, circle.parentId, circle.kind, circle.path])).toEqual([
      ["c1", null, "general", ["Cercle général"]],
      ["c2", "c1", "pole", ["Cercle général", "+Pôle \"Atelier\""]],
    ]);
    expect(parsed.circles[0]?.roles[0]).toEqual({
      id: "r1",
      name: "#1 *Trésorerie*",
      coreRole: null,
      holders: [{ membershipId: "m1", name: "Ana [admin]", focus: "budget" }, { membershipId: "m2", name: "Zoé", focus: null }],
      accountabilities: SAMPLE[0]!.roles[0]!.accountabilities,
    });
    expect(parsed.circles[1]?.roles[0]?.coreRole).toBe("lead_link");
  });

  it("exposes only the documented fields (no depth or other internals)", () => {
    expect(Object.keys(json.circles[0]!).sort()).toEqual(["id", "kind", "name", "parentId", "path", "roles"]);
  });
});
