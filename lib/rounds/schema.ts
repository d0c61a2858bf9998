// Inputs of the process's forms. Issue messages are i18n keys (rounds.errors.*).
import { z } from "zod";
import { SETTINGS_BOUNDS } from "@/lib/consent/presets";

const text = (max: number) => z.string().trim().max(max, "rounds.errors.tooLong");
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "rounds.errors.invalid");

export const pathSchema = z.object({ path: z.enum(["full", "light"], "rounds.errors.invalid") });

export const openRoundSchema = z.object({
  mode: z.enum(["asynchronous", "meeting"], "rounds.errors.invalid"),
  /** Empty: the circle's default deadline. */
  deadlineHours: z.union([
    z.literal("").transform(() => undefined),
    z.coerce.number("rounds.errors.deadlineHours").int("rounds.errors.deadlineHours")
      .min(SETTINGS_BOUNDS.defaultDeadlineHours.min, "rounds.errors.deadlineHours").max(SETTINGS_BOUNDS.defaultDeadlineHours.max, "rounds.errors.deadlineHours"),
  ]),
});

export const answerSchema = z
  .object({ kind: z.enum(["consent", "objection", "abstention"], "rounds.errors.kindRequired"), reason: text(2000) })
  .refine((v) => v.kind === "consent" || v.reason !== "", { path: ["reason"], message: "rounds.errors.reasonRequired" });

export const testSchema = z.object({
  objectionId: uuid,
  verdict: z.enum(["valid", "not_valid", "withdrawn"], "rounds.errors.verdictRequired"),
  note: text(2000),
  reducesCapacity: z.boolean(),
  createdByProposal: z.boolean(),
  notSafeToTry: z.boolean(),
  limitsObjectorRole: z.boolean(),
  breaksRules: z.boolean(),
});

export const objectionIdSchema = z.object({ objectionId: uuid });

export const amendSchema = z.object({
  addresses: z.array(uuid).min(1, "rounds.errors.addressesRequired"),
  title: z.string().trim().min(1, "rounds.errors.titleRequired").max(200, "rounds.errors.tooLong"),
  reasons: text(5000),
  body: text(10000),
  version: z.coerce.number().int().min(1),
});
