// Inputs of elections (forms). Issue messages are i18n keys (namespace "elections").
import { z } from "zod";
import { instantToWallClock } from "@/lib/meetings/time";
import { CRITERIA_MAX, REASON_MAX } from "./details";

const uuid = z.uuid({ error: "elections.errors.notFound" });

/** "" (no term) or a calendar day, from <input type="date">. */
const term = z.union([
  z.literal(""),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "elections.errors.termDate").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "elections.errors.termDate"),
]).transform((v) => (v === "" ? null : v));

export const termsSchema = z.object({
  termEndsOn: term,
  criteria: z.string().trim().max(CRITERIA_MAX, "elections.errors.tooLong"),
});

export const addElectionSchema = termsSchema.extend({
  roleId: z.uuid({ error: "elections.errors.roleInvalid" }),
});

export const nominateSchema = z.object({
  nomineeMembershipId: z.uuid({ error: "elections.errors.nomineeInvalid" }),
  reason: z.string().trim().min(1, "elections.errors.reasonRequired").max(REASON_MAX, "elections.errors.tooLong"),
});

export const proposeSchema = z.object({
  nomineeMembershipId: z.uuid({ error: "elections.errors.nomineeInvalid" }),
});

export const itemIdSchema = z.object({ itemId: uuid });

/** A term must end after today, the organisation's today (meetings keep Paris wall-clock time). */
export function isFutureDay(day: string, now: Date): boolean {
  return day > instantToWallClock(now).slice(0, 10);
}
