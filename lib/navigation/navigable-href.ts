// Which clicks on a link the app takes over as a client-side navigation
// (components/shell/link-navigation.tsx), and which it leaves to the browser: a modified or
// non-primary click (new tab, new window), a link to another site, to a download, to another
// target, to an anchor of the same page, or to the API. What the browser keeps, it does as usual.
export type Click = { defaultPrevented: boolean; button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean };
export type Anchor = { href: string; target: string; download: boolean };
export type Here = { href: string; origin: string; pathname: string; search: string };

/** The path, query and hash to navigate to, or null when the browser should follow the link itself. */
export function navigableHref(click: Click, anchor: Anchor | null, here: Here): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (!anchor || anchor.download || (anchor.target !== "" && anchor.target !== "_self")) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin || url.pathname.startsWith("/api/")) return null;
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
