// The search against real PostgreSQL: French stemming, accents, ranking, prefixes and typos,
// highlighting, and isolation (other organisations, archived rows, hostile input).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture, directEdit, refOf, type OrgFixture } from "@/lib/record/test-fixtures";
import { searchRecord, type SearchHit } from "./data";
import { plainText } from "./highlight";

async function seed(fx: OrgFixture) {
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Vie associative", purpose: "Faire vivre les bénévoles" },
    {
      kind: "role.create", ref: "r", circleId: "ref:c", name: "Animation des bénévoles", purpose: "Une équipe soudée",
      accountabilities: ["Animer la communauté des bénévoles", "Suivre la redevabilité des référents"],
      domains: [{ name: "Local associatif", description: "Clés et planning" }],
    },
    { kind: "role.create", ref: "t", circleId: "ref:c", name: "Trésorerie", purpose: "Veiller à l’animation budgétaire" },
    { kind: "policy.add", circleId: "ref:c", title: "Usage du local", body: "Le local est ouvert aux bénévoles le samedi." },
  ]);
  return { circleId: refOf(result, "c"), roleId: refOf(result, "r"), treasuryId: refOf(result, "t") };
}

const search = (fx: OrgFixture, query: string, page = 1) => searchRecord(db, fx.organizationId, query, page);
const names = (hits: SearchHit[]) => hits.map((hit) => plainText(hit.name));
const find = (hits: SearchHit[], name: string) => hits.find((hit) => plainText(hit.name) === name);

describe("searchRecord", () => {
  it("matches French words through the stemmer: « animer » finds « Animation » and « animer »", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await seed(fx);
    const { hits } = await search(fx, "animer");
    expect(find(hits, "Animation des bénévoles")).toMatchObject({ kind: "role", targetKind: "role", targetId: roleId });
    expect(find(hits, "Animer la communauté des bénévoles")).toMatchObject({ kind: "accountability", targetKind: "role", targetId: roleId, context: "Animation des bénévoles" });
    // « animation » in a description (the treasury's purpose) stems to the same word.
    expect(names(hits)).toContain("Trésorerie");
  });

  it("ignores accents both ways", async () => {
    const fx = await createOrgFixture(db);
    await seed(fx);
    expect(names((await search(fx, "redevabilite")).hits)).toEqual(["Suivre la redevabilité des référents"]);
    expect(names((await search(fx, "TRESORERIE")).hits)).toEqual(["Trésorerie"]);
    expect(names((await search(fx, "bénévole")).hits)).toContain("Animation des bénévoles");
  });

  it("ranks a match in a name above a match in a description", async () => {
    const fx = await createOrgFixture(db);
    await seed(fx);
    const { hits } = await search(fx, "animation");
    const order = names(hits);
    expect(order.indexOf("Animation des bénévoles")).toBeLessThan(order.indexOf("Trésorerie"));
    expect(order[0]).toBe("Animation des bénévoles");
  });

  it("finds a word from its beginning, and despite a typo", async () => {
    const fx = await createOrgFixture(db);
    await seed(fx);
    // Each new circle gets its core roles, among them « Facilitation ».
    const prefix = await search(fx, "facil");
    expect(prefix.hits.filter((hit) => hit.kind === "role").map((hit) => plainText(hit.name))).toEqual(["Facilitation"]);
    expect(prefix.hits[0]!.name).toEqual([{ text: "Facilitation", match: true }]);
    expect(names((await search(fx, "tresorrie")).hits)).toContain("Trésorerie");
  });

  it("marks the matches in the name and the description, as text parts", async () => {
    const fx = await createOrgFixture(db);
    await seed(fx);
    const { hits } = await search(fx, "local");
    const policy = hits.find((hit) => hit.kind === "policy")!;
    expect(policy.name).toEqual([{ text: "Usage du ", match: false }, { text: "local", match: true }]);
    expect(policy.snippet).toEqual([
      { text: "Le ", match: false }, { text: "local", match: true }, { text: " est ouvert aux bénévoles le samedi.", match: false },
    ]);
    expect(policy.context).toBe("Vie associative");
    const domain = hits.find((hit) => hit.kind === "domain")!;
    expect(domain).toMatchObject({ targetKind: "role", context: "Animation des bénévoles" });
  });

  it("shows a long description as excerpts around the matches", async () => {
    const fx = await createOrgFixture(db);
    const filler = "Le cercle tient ses réunions chaque mois et publie son compte-rendu. ".repeat(6);
    expect(await directEdit(db, fx, [{ kind: "policy.add", circleId: fx.generalCircleId, title: "Réunions", body: `${filler}Le budget annuel est voté en mars. ${filler}` }])).toMatchObject({ ok: true });
    const [hit] = (await search(fx, "budget")).hits;
    expect(hit!.snippet!.filter((part) => part.match)).toEqual([{ text: "budget", match: true }]);
    expect(plainText(hit!.snippet!).length).toBeLessThan(filler.length);
  });

  it("finds active members by name or email, never removed ones", async () => {
    const fx = await createOrgFixture(db);
    const unique = `Zéphyrine${randomUUID().slice(0, 8)}`;
    const user = await db.user.create({ data: { email: `${unique.toLowerCase()}@test.invalid`, name: `${unique} Martin` } });
    const membership = await db.membership.create({ data: { organizationId: fx.organizationId, userId: user.id } });
    const { hits } = await search(fx, unique.replace("é", "e"));
    expect(hits).toMatchObject([{ kind: "member", targetKind: "member", targetId: membership.id }]);
    await db.membership.update({ where: { id: membership.id }, data: { removedAt: new Date() } });
    expect((await search(fx, unique)).hits).toEqual([]);
  });

  it("never returns another organisation's rows, nor archived ones", async () => {
    const fx = await createOrgFixture(db);
    const other = await createOrgFixture(db);
    const { treasuryId } = await seed(other);
    expect((await search(fx, "trésorerie")).hits).toEqual([]);
    expect(names((await search(other, "trésorerie")).hits)).toEqual(["Trésorerie"]);
    expect(await directEdit(db, other, [{ kind: "role.archive", roleId: treasuryId }])).toMatchObject({ ok: true });
    expect((await search(other, "trésorerie")).hits).toEqual([]);
  });

  it("treats input that looks like SQL or tsquery syntax as words", async () => {
    const fx = await createOrgFixture(db);
    await seed(fx);
    for (const query of [`'; DROP TABLE "User"; --`, "local' OR 1=1 --", "a & | ! ( ) :* <->", "\u0001local\u0002", "%_\\"]) {
      const { hits } = await search(fx, query);
      for (const hit of hits) expect(plainText(hit.name)).not.toContain("\u0001");
    }
    expect(await db.user.count()).toBeGreaterThan(0);
    expect((await search(fx, "' OR 1=1 --")).hits).toEqual([]);
  });

  it("pages the ranked list without overlap", async () => {
    const fx = await createOrgFixture(db);
    const circles = Array.from({ length: 25 }, (_, i) => ({ kind: "circle.create", parentId: fx.generalCircleId, circleKind: "group", name: `Groupe ${i}` }));
    expect(await directEdit(db, fx, circles)).toMatchObject({ ok: true });
    const p1 = await search(fx, "groupe");
    const p2 = await search(fx, "groupe", 2);
    expect(p1).toMatchObject({ page: 1, hasNext: true });
    expect(p1.hits).toHaveLength(20);
    expect(p2).toMatchObject({ page: 2, hasNext: false });
    expect(p2.hits).toHaveLength(5);
    const seen = new Set([...p1.hits, ...p2.hits].map((hit) => hit.id));
    expect(seen.size).toBe(25);
  });
});
