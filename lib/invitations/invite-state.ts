// What the invite form's Server Action returns: the usual ActionState, or the link of an
// invitation by link, shown once (only its hash is stored, it cannot be shown again).
import type { ActionState } from "@/lib/forms/action-state";

export type InviteState = ActionState | { status: "linkCreated"; url: string };
