/**
 * Whether a navigation link leads to the page at `pathname`: the page itself, or for a section
 * (not `exact`) any page inside it, so that /o/x/circles/123 still marks "Circles".
 */
export function isCurrent(pathname: string, href: string, exact: boolean): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === href) return true;
  return !exact && path.startsWith(`${href}/`);
}
