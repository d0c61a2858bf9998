// Inputs of the tension forms. Issue messages are i18n keys ("tensions.errors.…"), translated by
// the actions. A malformed id reads exactly like an unknown one: nobody learns whether an id
// exists elsewhere.
import { z } from "zod";

export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;

const optionalText = z
  .string()
  .trim()
  .max(TEXT_MAX, { error: "tensions.errors.textTooLong" })
  .default("");

/** An optional select: "" (or absent) means none. */
const optionalId = (error: string) =>
  z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), z.uuid({ error })], { error }))
    .transform((value) => (value === "" ? null : value));

export const tensionFieldsSchema = z.object({
  title: z
    .string({ error: "tensions.errors.titleRequired" })
    .trim()
    .min(1, { error: "tensions.errors.titleRequired" })
    .max(TITLE_MAX, { error: "tensions.errors.titleTooLong" }),
  whatIs: optionalText,
  whatCouldBe: optionalText,
  example: optionalText,
  circleId: z.uuid({ error: "tensions.errors.circleNotFound" }),
  roleId: optionalId("tensions.errors.roleNotFound"),
  kind: z.enum(["governance", "operational"], { error: "tensions.errors.kindInvalid" }),
  /** A boolean: the action reads the checkbox (absent when unticked) before calling the mutation. */
  isInterpoles: z.boolean({ error: "tensions.errors.interpolesInvalid" }),
});

export type TensionFields = z.infer<typeof tensionFieldsSchema>;

/** "draft" keeps it private to its author; "raise" publishes it (status open). */
export const intentSchema = z.enum(["draft", "raise"]).catch("draft");

export const tensionIdSchema = z.uuid();

export const commentSchema = z.object({
  body: z
    .string({ error: "tensions.errors.commentRequired" })
    .trim()
    .min(1, { error: "tensions.errors.commentRequired" })
    .max(TEXT_MAX, { error: "tensions.errors.textTooLong" }),
});

export const statusChangeSchema = z.object({
  /** The status the person saw: the change applies only if it still is (compare-and-set). */
  from: z.enum(["draft", "open", "processing", "resolved", "dropped"], { error: "tensions.errors.stale" }),
  to: z.enum(["processing", "resolved", "dropped"], { error: "tensions.errors.statusInvalid" }),
  note: optionalText,
});
