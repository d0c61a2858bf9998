"use client";
// A navigation link that marks itself aria-current="page" when it leads to the current page (or,
// for a section, to a page inside it). A client component only to read the URL; it is rendered
// on the server as well, so the mark is there before any JavaScript runs.
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { isCurrent } from "./is-current";

export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const current = isCurrent(usePathname(), href, exact);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-md px-3 py-2 text-slate-800 hover:bg-white hover:text-brand-800 ${
        current ? "bg-white font-semibold text-brand-800 underline decoration-2 underline-offset-8" : ""
      }`}
    >
      {children}
    </Link>
  );
}
