// notifications.deliver against real PostgreSQL: one email per notification for "immediately"
// members, none for "daily_digest" or "none", nothing old or already read, and never twice even
// when several workers (separate connection pools, as separate app instances) run at once.
import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { createPrismaClient, db } from "@/lib/server/db";
import { memberWith, notificationFor } from "../testing/fixtures";
import { deliverNotifications } from "./deliver-notifications";
import { EMAIL_MAX_AGE_MS } from "./email-batch";

const instances = [createPrismaClient(process.env.DATABASE_URL!), createPrismaClient(process.env.DATABASE_URL!), createPrismaClient(process.env.DATABASE_URL!)];
afterAll(async () => {
  await Promise.all([db, ...instances].map((client) => client.$disconnect()));
});

const emailsTo = (to: string) => db.outboundEmail.findMany({ where: { to }, select: { subject: true, text: true, organizationId: true } });

describe("deliverNotifications", () => {
  it("emails each notification of an 'immediately' member exactly once, with four workers racing", async () => {
    const fx = await createOrgFixture(db);
    const members = await Promise.all([1, 2, 3].map(() => memberWith(db, fx.organizationId, "immediately")));
    const notifications = [];
    for (const member of members) for (const title of ["Budget", "Charte", "Local"]) notifications.push(await notificationFor(db, fx.organizationId, member, { title }));
    const now = new Date();

    await Promise.all([deliverNotifications(db, now), ...instances.map((client) => deliverNotifications(client, now))]);

    for (const member of members) {
      const emails = await emailsTo(member.email);
      expect(emails).toHaveLength(3);
      expect(emails.map((e) => e.organizationId)).toEqual([fx.organizationId, fx.organizationId, fx.organizationId]);
      for (const title of ["Budget", "Charte", "Local"]) expect(emails.filter((e) => e.subject.includes(`« ${title} »`))).toHaveLength(1);
    }
    const rows = await db.notification.findMany({ where: { id: { in: notifications.map((n) => n.id) } }, select: { emailedAt: true } });
    expect(rows.every((row) => row.emailedAt !== null)).toBe(true);

    // A later run finds nothing left to send for them.
    await deliverNotifications(db, new Date());
    for (const member of members) expect(await emailsTo(member.email)).toHaveLength(3);
  });

  it("writes the email in the member's language, with the sentence and a link to the subject", async () => {
    const fx = await createOrgFixture(db);
    const member = await memberWith(db, fx.organizationId, "immediately", "en");
    const notification = await notificationFor(db, fx.organizationId, member, { kind: "consent.objection_raised", title: "Budget 2027" });
    await deliverNotifications(db, new Date());
    const [email] = await emailsTo(member.email);
    const proposalId = (notification.data as { proposalId: string }).proposalId;
    expect(email?.subject).toContain("An objection was raised on your proposal “Budget 2027”.");
    expect(email?.text).toContain(`/proposals/${proposalId}`);
    expect(email?.text).toContain("/account");
  });

  it("sends nothing to 'daily_digest' or 'none' members, nor for read or stale notifications", async () => {
    const fx = await createOrgFixture(db);
    const digest = await memberWith(db, fx.organizationId, "daily_digest");
    const never = await memberWith(db, fx.organizationId, "none");
    const immediate = await memberWith(db, fx.organizationId, "immediately");
    const now = new Date();
    const kept = [
      await notificationFor(db, fx.organizationId, digest),
      await notificationFor(db, fx.organizationId, never),
      await notificationFor(db, fx.organizationId, immediate, { readAt: now }),
      await notificationFor(db, fx.organizationId, immediate, { createdAt: new Date(now.getTime() - EMAIL_MAX_AGE_MS - 60_000) }),
    ];
    await deliverNotifications(db, now);
    for (const member of [digest, never, immediate]) expect(await emailsTo(member.email)).toEqual([]);
    const rows = await db.notification.findMany({ where: { id: { in: kept.map((n) => n.id) } }, select: { emailedAt: true } });
    expect(rows.map((row) => row.emailedAt)).toEqual([null, null, null, null]);
  });

  it("skips removed members", async () => {
    const fx = await createOrgFixture(db);
    const member = await memberWith(db, fx.organizationId, "immediately");
    await notificationFor(db, fx.organizationId, member);
    await db.membership.update({ where: { id: member.membershipId }, data: { removedAt: new Date() } });
    await deliverNotifications(db, new Date());
    expect(await emailsTo(member.email)).toEqual([]);
  });
});
