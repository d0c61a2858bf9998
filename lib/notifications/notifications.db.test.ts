// Notifications of a member: listed newest first and paginated, counted when unread, marked read
// one by one or all at once, and never reachable by another member or organisation.
import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { memberWith, notificationFor } from "@/lib/jobs/testing/fixtures";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE, unreadCount } from "./data";
import { markAllNotificationsRead, markNotificationRead, setNotificationDelivery } from "./mutations";

afterAll(() => db.$disconnect());

const recipientOf = (organizationId: string, member: { membershipId: string }) => ({ organizationId, membershipId: member.membershipId });

describe("listNotifications and unreadCount", () => {
  it("lists the member's own notifications, newest first, a page at a time", async () => {
    const fx = await createOrgFixture(db);
    const me = await memberWith(db, fx.organizationId, "none");
    const someoneElse = await memberWith(db, fx.organizationId, "none");
    const start = Date.now() - 3_600_000;
    for (let i = 0; i < NOTIFICATIONS_PAGE_SIZE + 2; i++) {
      await notificationFor(db, fx.organizationId, me, { title: `N${i}`, createdAt: new Date(start + i * 1000) });
    }
    await notificationFor(db, fx.organizationId, someoneElse, { title: "Not mine" });

    const first = await listNotifications(recipientOf(fx.organizationId, me), 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, unread: NOTIFICATIONS_PAGE_SIZE + 2 });
    expect(first.items.map((n) => (n.data as { title: string }).title).slice(0, 2)).toEqual([`N${NOTIFICATIONS_PAGE_SIZE + 1}`, `N${NOTIFICATIONS_PAGE_SIZE}`]);
    const second = await listNotifications(recipientOf(fx.organizationId, me), 2);
    expect(second.items.map((n) => (n.data as { title: string }).title)).toEqual(["N1", "N0"]);
    // A page beyond the last shows the last.
    expect((await listNotifications(recipientOf(fx.organizationId, me), 99)).page).toBe(2);
    expect(await unreadCount(recipientOf(fx.organizationId, someoneElse))).toBe(1);
  });
});

describe("markNotificationRead", () => {
  it("marks the member's notification read once, keeping the first time", async () => {
    const fx = await createOrgFixture(db);
    const me = await memberWith(db, fx.organizationId, "none");
    const n = await notificationFor(db, fx.organizationId, me);
    const first = new Date("2030-01-01T10:00:00Z");
    expect(await markNotificationRead(db, recipientOf(fx.organizationId, me), n.id, first)).toEqual({ ok: true, changed: true });
    expect(await markNotificationRead(db, recipientOf(fx.organizationId, me), n.id, new Date("2030-01-02T10:00:00Z"))).toEqual({ ok: true, changed: false });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toEqual(first);
    expect(await unreadCount(recipientOf(fx.organizationId, me))).toBe(0);
  });

  it("cannot mark another member's notification, in this organisation or another one", async () => {
    const fx = await createOrgFixture(db);
    const otherFx = await createOrgFixture(db);
    const me = await memberWith(db, fx.organizationId, "none");
    const colleague = await memberWith(db, fx.organizationId, "none");
    const stranger = await memberWith(db, otherFx.organizationId, "none");
    const theirs = await notificationFor(db, fx.organizationId, colleague);
    const foreign = await notificationFor(db, otherFx.organizationId, stranger);
    const mine = recipientOf(fx.organizationId, me);
    expect(await markNotificationRead(db, mine, theirs.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await markNotificationRead(db, mine, foreign.id)).toEqual({ ok: false, reason: "not_found" });
    // Naming the other organisation with one's own membership does not work either.
    expect(await markNotificationRead(db, { organizationId: otherFx.organizationId, membershipId: me.membershipId }, foreign.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await markNotificationRead(db, mine, "not-an-id")).toEqual({ ok: false, reason: "not_found" });
    const rows = await db.notification.findMany({ where: { id: { in: [theirs.id, foreign.id] } }, select: { readAt: true } });
    expect(rows.map((r) => r.readAt)).toEqual([null, null]);
  });
});

describe("markAllNotificationsRead", () => {
  it("marks only the member's unread notifications in this organisation", async () => {
    const fx = await createOrgFixture(db);
    const otherFx = await createOrgFixture(db);
    const me = await memberWith(db, fx.organizationId, "none");
    const colleague = await memberWith(db, fx.organizationId, "none");
    const meElsewhere = { ...me, membershipId: (await db.membership.create({ data: { organizationId: otherFx.organizationId, userId: me.userId } })).id };
    await notificationFor(db, fx.organizationId, me);
    await notificationFor(db, fx.organizationId, me);
    await notificationFor(db, fx.organizationId, me, { readAt: new Date() });
    await notificationFor(db, fx.organizationId, colleague);
    await notificationFor(db, otherFx.organizationId, meElsewhere);
    expect(await markAllNotificationsRead(db, recipientOf(fx.organizationId, me))).toBe(2);
    expect(await unreadCount(recipientOf(fx.organizationId, me))).toBe(0);
    expect(await unreadCount(recipientOf(fx.organizationId, colleague))).toBe(1);
    expect(await unreadCount(recipientOf(otherFx.organizationId, meElsewhere))).toBe(1);
  });
});

describe("setNotificationDelivery", () => {
  it("stores the preference of an enabled account only", async () => {
    const fx = await createOrgFixture(db);
    const me = await memberWith(db, fx.organizationId, "immediately");
    expect(await setNotificationDelivery(db, me.userId, "daily_digest")).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.userId } })).notificationDelivery).toBe("daily_digest");
    await db.user.update({ where: { id: me.userId }, data: { disabledAt: new Date() } });
    expect(await setNotificationDelivery(db, me.userId, "none")).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.userId } })).notificationDelivery).toBe("daily_digest");
  });
});
