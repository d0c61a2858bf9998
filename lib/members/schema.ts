// Inputs of the member management forms. Issue messages are i18n keys. A malformed id is
// answered like an unknown one.
import { z } from "zod";
import { permission } from "@/lib/invitations/schema";

const membershipId = z.uuid({ error: "members.errors.notFound" });

export const changePermissionSchema = z.object({ membershipId, permission });
export const removeMemberSchema = z.object({ membershipId });
