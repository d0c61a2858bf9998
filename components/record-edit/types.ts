import type { ActionState } from "@/lib/forms/action-state";

/** The direct-edit Server Action, bound to the organisation's slug by the page. */
export type EditAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
