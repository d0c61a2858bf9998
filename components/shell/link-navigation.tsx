"use client";
// One listener for every link of the page (components/ui/link.tsx): a click the app can take over
// (lib/navigation/navigable-href.ts) becomes a client-side navigation through Next's router, as
// with Next's <Link>. Before this script runs, and for what it leaves alone, links are links.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { navigableHref } from "@/lib/navigation/navigable-href";

export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const element = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const anchor = element instanceof HTMLAnchorElement ? { href: element.href, target: element.target, download: element.hasAttribute("download") } : null;
      const href = navigableHref(event, anchor, window.location);
      if (href === null) return;
      event.preventDefault();
      router.push(href);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
