// Inputs of proposals: the texts of a version and the drafting form. Issue messages are i18n keys.
import { z } from "zod";

export const versionTextSchema = z.object({
  title: z.string().trim().min(1, "proposals.errors.titleRequired").max(200, "proposals.errors.tooLong"),
  reasons: z.string().trim().max(10_000, "proposals.errors.tooLong"),
  body: z.string().trim().max(20_000, "proposals.errors.tooLong"),
});

export type VersionText = z.infer<typeof versionTextSchema>;

export const draftSchema = versionTextSchema.extend({
  tensionId: z.uuid({ error: "proposals.errors.tensionNotFound" }),
  /** Other circles an Interpôles proposal affects (the tension's circle always is). */
  circleIds: z.array(z.uuid({ error: "proposals.errors.circleInvalid" })).max(50).default([]),
});

export const PROPOSAL_STATUSES = ["draft", "in_process", "adopted", "withdrawn", "abandoned", "escalated", "expired"] as const;
export type ProposalStatusValue = (typeof PROPOSAL_STATUSES)[number];

export const listFiltersSchema = z.object({
  mine: z.literal("1").optional().catch(undefined),
  circle: z.uuid().optional().catch(undefined),
  status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ListFilters = z.infer<typeof listFiltersSchema>;
