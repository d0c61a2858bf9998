import { describe, expect, it } from "vitest";
import { preselect, type Place } from "./preselect";

const places: Place[] = [
  { id: "general", name: "Cercle général", isGeneral: true, roles: [{ id: "facilitation", name: "Facilitation" }] },
  { id: "bike", name: "Atelier vélo", isGeneral: false, roles: [{ id: "keys", name: "Clés" }] },
];

describe("preselecting where a tension is raised", () => {
  it("keeps the circle and role of the URL when they fit together", () => {
    expect(preselect(places, "bike", "keys")).toEqual({ circleId: "bike", roleId: "keys" });
  });

  it("defaults to the general circle, and drops an unknown circle or a role of another circle", () => {
    expect(preselect(places)).toEqual({ circleId: "general", roleId: "" });
    expect(preselect(places, "elsewhere")).toEqual({ circleId: "general", roleId: "" });
    expect(preselect(places, "bike", "facilitation")).toEqual({ circleId: "bike", roleId: "" });
  });

  it("finds the circle from the role alone", () => {
    expect(preselect(places, undefined, "keys")).toEqual({ circleId: "bike", roleId: "keys" });
  });
});
