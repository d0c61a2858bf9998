// The circle's process settings form, within the bounds the consent machine relies on
// (SETTINGS_BOUNDS). Issue messages are i18n keys (rounds.settings.errors.*).
import { z } from "zod";
import { SETTINGS_BOUNDS } from "@/lib/consent/presets";
import { ABSENTEE_POLICIES, OBJECTION_TESTERS } from "@/lib/consent/types";

const whole = (bounds: { min: number; max: number }, message: string) =>
  z.coerce.number(message).int(message).min(bounds.min, message).max(bounds.max, message);

export const settingsSchema = z.object({
  abstentionAllowed: z.boolean(),
  absenteePolicy: z.enum(ABSENTEE_POLICIES, "rounds.settings.errors.invalid"),
  quorumPercent: z.union([z.literal("").transform(() => null), whole(SETTINGS_BOUNDS.quorumPercent, "rounds.settings.errors.quorum")]),
  defaultDeadlineHours: whole(SETTINGS_BOUNDS.defaultDeadlineHours, "rounds.settings.errors.deadline"),
  reviewPeriodDays: whole(SETTINGS_BOUNDS.reviewPeriodDays, "rounds.settings.errors.review"),
  objectionTester: z.enum(OBJECTION_TESTERS, "rounds.settings.errors.invalid"),
});

export type SettingsInput = z.input<typeof settingsSchema>;
