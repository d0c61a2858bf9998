"use client";
// A submit button that cannot be pressed twice while its form is being sent. Its label does not
// change, so that people (and tests) find it by the same name throughout.
import { useFormStatus } from "react-dom";
import { primaryButton } from "@/components/ui/styles";

export function SubmitButton({ children, className = primaryButton }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${className} disabled:opacity-70`}>
      {children}
    </button>
  );
}
