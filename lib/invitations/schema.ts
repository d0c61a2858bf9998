// Inputs of the invitation forms. Issue messages are i18n keys, translated by the actions.
import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email";

export const permission = z.enum(["admin", "member", "observer"], { error: "members.errors.permissionInvalid" });

const email = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email({ error: "members.invitations.errors.emailInvalid" }).max(254, { error: "members.invitations.errors.emailInvalid" }));

/** By link: no address, anyone holding the link may accept once. By email: only that address. */
export const createInvitationSchema = z.discriminatedUnion(
  "delivery",
  [
    z.object({ delivery: z.literal("link"), permission }),
    z.object({ delivery: z.literal("email"), email, permission }),
  ],
  { error: "members.invitations.errors.deliveryInvalid" },
);

export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: "members.invitations.errors.notFound" }) });

export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;
