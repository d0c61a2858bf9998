"use client";
// A submit button that names the intent it sends (name="intent"), and cannot be pressed twice
// while the form is being sent. The first one of a form is also what Enter triggers.
import { useFormStatus } from "react-dom";
import { primaryButton } from "@/components/ui/styles";

export function IntentButton({ intent, children, className = primaryButton }: { intent?: string; children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={intent ? "intent" : undefined} value={intent} disabled={pending} className={`${className} disabled:opacity-70`}>
      {children}
    </button>
  );
}
