// The outcome of a form: a refusal is an alert (announced at once), a success a polite status.
import type { ActionState } from "@/lib/forms/action-state";

export function FormMessage({ state, id }: { state: ActionState; id: string }) {
  if (state.status === "error") {
    return (
      <p id={id} role="alert" className="rounded-md border border-red-800 bg-red-50 p-3 text-sm font-medium text-red-800">
        {state.message}
      </p>
    );
  }
  if (state.status === "success" && state.message) {
    return (
      <p id={id} role="status" className="rounded-md border border-green-800 bg-green-50 p-3 text-sm font-medium text-green-800">
        {state.message}
      </p>
    );
  }
  return null;
}
