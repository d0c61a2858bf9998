// The persistent jobs: their queue names, when they run, and their cores (plain functions of
// (db, now), tested without pg-boss in lib/jobs/handlers/*.db.test.ts).
import type { Db } from "@/lib/server/db";
import { closeDueRoundsHandler } from "./handlers/close-due-rounds";
import { deliverNotifications } from "./handlers/deliver-notifications";
import { sendDailyDigests } from "./handlers/notification-digest";
import { sendRoundReminders } from "./handlers/round-reminders";
import { raiseTermElections } from "@/lib/elections/terms";

export type JobCore = (db: Db, now: Date) => Promise<number>;

export type JobDefinition = {
  name: string;
  /** Five-field cron, in `tz`. pg-boss sends each tick once, whatever the number of instances. */
  cron: string;
  tz: string;
  /** A run that takes longer is considered dead and may be run again (the cores are idempotent). */
  expireInSeconds: number;
  core: JobCore;
};

const PARIS = "Europe/Paris";

export const JOBS: readonly JobDefinition[] = [
  { name: "rounds.close-due", cron: "* * * * *", tz: PARIS, expireInSeconds: 240, core: closeDueRoundsHandler },
  { name: "rounds.remind", cron: "* * * * *", tz: PARIS, expireInSeconds: 240, core: sendRoundReminders },
  { name: "notifications.deliver", cron: "* * * * *", tz: PARIS, expireInSeconds: 240, core: deliverNotifications },
  { name: "notifications.digest", cron: "0 7 * * *", tz: PARIS, expireInSeconds: 1800, core: sendDailyDigests },
  // Hourly, so a meeting already scheduled gets the election of a term that ends before it.
  { name: "elections.raise-terms", cron: "5 * * * *", tz: PARIS, expireInSeconds: 1800, core: raiseTermElections },
];

/** Run once as the app starts, without waiting for the first tick: what fell due while it was down. */
export const AT_START: readonly string[] = ["rounds.close-due"];
