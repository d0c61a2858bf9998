// The outcome line of a form: errors are alerts (announced at once), successes are polite status.
// Server-safe (no hooks), so server and client components can both show it.
import type { ActionState } from "@/lib/forms/action-state";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

export function FormStatus({ state, id }: { state: ActionState; id?: string }) {
  if (state.status === "error") {
    return (
      <p id={id} role="alert" className="text-sm font-medium text-red-800">
        {state.message}
      </p>
    );
  }
  if (state.status === "success" && state.message) {
    return (
      <p id={id} role="status" className="text-sm font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  return null;
}

/** Looks of these forms' controls, on top of the shared ones (components/ui/styles.ts); the focus
 * ring comes from app/globals.css. */
export const buttonClass = `${primaryButton} disabled:opacity-60`;
export const secondaryButtonClass = `${secondaryButton} text-sm disabled:opacity-60`;
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60";
export const inputClass = "rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-800";
