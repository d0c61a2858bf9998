import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { holdCoreRole, createConsentFixture } from "@/lib/rounds/testing/fixtures";
import { updateCircleSettings } from "./mutations";

afterAll(() => db.$disconnect());

const sfa = { abstentionAllowed: true, absenteePolicy: "wait_for_all", quorumPercent: 50, defaultDeadlineHours: 168, reviewPeriodDays: 365, objectionTester: "facilitator" } as const;

describe("updateCircleSettings", () => {
  it("lets the admin and the lead link save (preset recognised, history and journal written); refuses others and other organisations", async () => {
    const c = await createConsentFixture(db);
    const circleId = c.circleId;
    expect(await updateCircleSettings(db, c.member, { circleId, settings: sfa, seenAt: "" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateCircleSettings(db, c.observer, { circleId, settings: sfa, seenAt: "" })).toEqual({ ok: false, reason: "forbidden" });
    const other = await createConsentFixture(db);
    expect(await updateCircleSettings(db, other.admin, { circleId, settings: sfa, seenAt: "" })).toEqual({ ok: false, reason: "not_found" });
    expect(await updateCircleSettings(db, c.admin, { circleId, settings: sfa, seenAt: "" })).toEqual({ ok: true });
    const row = await db.circleProcessSettings.findFirstOrThrow({ where: { circleId } });
    expect(row).toMatchObject({ preset: "sociocracy_for_all", absenteePolicy: "wait_for_all", quorumPercent: 50 });
    expect(await db.recordChange.count({ where: { organizationId: c.fx.organizationId, entity: "settings" } })).toBe(1);
    expect(await db.event.count({ where: { organizationId: c.fx.organizationId, kind: "circle.settings_updated" } })).toBe(1);

    await holdCoreRole(db, c.fx, circleId, c.member, "lead_link");
    const custom = { ...sfa, reviewPeriodDays: 30 };
    expect(await updateCircleSettings(db, c.member, { circleId, settings: custom, seenAt: row.updatedAt.toISOString() })).toEqual({ ok: true });
    expect((await db.circleProcessSettings.findFirstOrThrow({ where: { circleId } })).preset).toBe("custom");
  });

  it("refuses a save made from an outdated view, and of two concurrent saves from one view keeps one", async () => {
    const c = await createConsentFixture(db);
    const seenAt = (await db.circleProcessSettings.findFirstOrThrow({ where: { circleId: c.circleId } })).updatedAt.toISOString();
    const results = await Promise.all([
      updateCircleSettings(db, c.admin, { circleId: c.circleId, settings: sfa, seenAt }),
      updateCircleSettings(db, c.admin, { circleId: c.circleId, settings: { ...sfa, reviewPeriodDays: 10 }, seenAt }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "stale" }]);
  });
});
