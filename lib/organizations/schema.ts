// Inputs of the organisation forms. Issue messages are i18n keys, translated by the actions.
import { z } from "zod";

export const organizationName = z
  .string()
  .trim()
  .min(2, { error: "organizations.errors.nameTooShort" })
  .max(100, { error: "organizations.errors.nameTooLong" });

export const createOrganizationSchema = z.object({ name: organizationName });

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;
