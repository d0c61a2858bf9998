"use client";
// The page the browser is on, as a hidden form field: the language switch sends it so that the
// Server Action can return to the same page. A client component only because server layouts
// do not know the URL; it is rendered on the server too, so the form works without JavaScript.
import { usePathname, useSearchParams } from "next/navigation";

export function CurrentPathInput({ name }: { name: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name={name} value={search ? `${pathname}?${search}` : pathname} />;
}

/** Fallback while search parameters are not known (static rendering): the path alone. */
export function CurrentPathnameInput({ name }: { name: string }) {
  return <input type="hidden" name={name} value={usePathname()} />;
}
