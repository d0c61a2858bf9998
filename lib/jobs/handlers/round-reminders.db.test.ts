// rounds.remind against real PostgreSQL: 24 h before the deadline, one reminder to each
// participant who has not answered, never twice (even with workers racing), never for rounds
// that are not due yet, closed, or shorter than the reminder's lead.
import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { createPrismaClient, db } from "@/lib/server/db";
import { answer, memberWith, openRound } from "../testing/fixtures";
import { REMINDED_EVENT, sendRoundReminders } from "./round-reminders";

const instances = [createPrismaClient(process.env.DATABASE_URL!), createPrismaClient(process.env.DATABASE_URL!)];
afterAll(async () => {
  await Promise.all([db, ...instances].map((client) => client.$disconnect()));
});

const HOUR = 3_600_000;

async function remindersOf(roundId: string) {
  return db.notification.findMany({ where: { kind: "round.reminder", data: { path: ["roundId"], equals: roundId } }, select: { membershipId: true, data: true } });
}

describe("sendRoundReminders", () => {
  it("reminds each participant without an answer once, whatever the number of runs and workers", async () => {
    const fx = await createOrgFixture(db);
    const [answered, silent1, silent2] = await Promise.all([1, 2, 3].map(() => memberWith(db, fx.organizationId, "immediately")));
    const now = new Date();
    const round = await openRound(db, fx, [answered!, silent1!, silent2!], new Date(now.getTime() - 72 * HOUR), new Date(now.getTime() + 20 * HOUR));
    await answer(db, fx, round.roundId, answered!);

    await Promise.all([sendRoundReminders(db, now), ...instances.map((client) => sendRoundReminders(client, now))]);
    await sendRoundReminders(db, new Date(now.getTime() + HOUR));

    const reminders = await remindersOf(round.roundId);
    expect(reminders.map((r) => r.membershipId).sort()).toEqual([silent1!.membershipId, silent2!.membershipId].sort());
    expect(reminders[0]?.data).toMatchObject({ proposalId: round.proposalId, title: round.title });
    const events = await db.event.findMany({ where: { organizationId: fx.organizationId, kind: REMINDED_EVENT, subjectId: round.roundId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, circleId: fx.generalCircleId, data: { count: 2 } });
  });

  it("does not remind before the last 24 hours, after the deadline, or for a closed round", async () => {
    const fx = await createOrgFixture(db);
    const silent = await memberWith(db, fx.organizationId, "immediately");
    const now = new Date();
    const early = await openRound(db, fx, [silent], new Date(now.getTime() - 72 * HOUR), new Date(now.getTime() + 30 * HOUR));
    const past = await openRound(db, fx, [silent], new Date(now.getTime() - 72 * HOUR), new Date(now.getTime() - HOUR));
    const closed = await openRound(db, fx, [silent], new Date(now.getTime() - 72 * HOUR), new Date(now.getTime() + 10 * HOUR));
    await db.consentRound.update({ where: { id: closed.roundId }, data: { status: "closed", result: "no_objection", closedAt: now } });
    await sendRoundReminders(db, now);
    for (const round of [early, past, closed]) expect(await remindersOf(round.roundId)).toEqual([]);
  });

  it("does not remind in a round shorter than a day (its opening was the call to answer)", async () => {
    const fx = await createOrgFixture(db);
    const silent = await memberWith(db, fx.organizationId, "immediately");
    const now = new Date();
    const short = await openRound(db, fx, [silent], new Date(now.getTime() - HOUR), new Date(now.getTime() + 12 * HOUR));
    await sendRoundReminders(db, now);
    expect(await remindersOf(short.roundId)).toEqual([]);
  });
});
