// notifications.digest against real PostgreSQL: one email per member and organisation, listing
// their unread, unsent notifications; nothing for other preferences; once under concurrency.
import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { createPrismaClient, db } from "@/lib/server/db";
import { memberWith, notificationFor } from "../testing/fixtures";
import { sendDailyDigests } from "./notification-digest";

const other = createPrismaClient(process.env.DATABASE_URL!);
afterAll(async () => {
  await Promise.all([db.$disconnect(), other.$disconnect()]);
});

const emailsTo = (to: string) => db.outboundEmail.findMany({ where: { to }, select: { subject: true, text: true, organizationId: true } });

describe("sendDailyDigests", () => {
  it("groups a member's notifications into one email per organisation, once, with two workers racing", async () => {
    const [fxA, fxB] = [await createOrgFixture(db), await createOrgFixture(db)];
    const member = await memberWith(db, fxA.organizationId, "daily_digest");
    const membershipB = await db.membership.create({ data: { organizationId: fxB.organizationId, userId: member.userId } });
    const inB = { ...member, membershipId: membershipB.id };
    const older = new Date(Date.now() - 3_600_000);
    for (const title of ["Budget", "Charte"]) await notificationFor(db, fxA.organizationId, member, { title, createdAt: older });
    await notificationFor(db, fxA.organizationId, member, { title: "Déjà lu", readAt: older });
    await notificationFor(db, fxB.organizationId, inB, { title: "Local" });
    const now = new Date();

    await Promise.all([sendDailyDigests(db, now), sendDailyDigests(other, now)]);

    const emails = await emailsTo(member.email);
    expect(emails).toHaveLength(2);
    const a = emails.find((e) => e.organizationId === fxA.organizationId);
    const b = emails.find((e) => e.organizationId === fxB.organizationId);
    expect(a?.subject).toContain("Votre résumé du jour : 2 notifications");
    expect(a?.text).toContain("« Budget »");
    expect(a?.text).toContain("« Charte »");
    expect(a?.text).not.toContain("Déjà lu");
    expect(a?.text).not.toContain("« Local »");
    expect(b?.subject).toContain("1 notification");
    expect(b?.text).toContain("« Local »");

    // Tomorrow's digest has nothing left to say about them.
    await sendDailyDigests(db, new Date(now.getTime() + 86_400_000));
    expect(await emailsTo(member.email)).toHaveLength(2);
  });

  it("leaves 'immediately' and 'none' members out", async () => {
    const fx = await createOrgFixture(db);
    const immediate = await memberWith(db, fx.organizationId, "immediately");
    const never = await memberWith(db, fx.organizationId, "none");
    const rows = [await notificationFor(db, fx.organizationId, immediate), await notificationFor(db, fx.organizationId, never)];
    await sendDailyDigests(db, new Date());
    expect(await emailsTo(immediate.email)).toEqual([]);
    expect(await emailsTo(never.email)).toEqual([]);
    const after = await db.notification.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { emailedAt: true } });
    expect(after.map((r) => r.emailedAt)).toEqual([null, null]);
  });
});
