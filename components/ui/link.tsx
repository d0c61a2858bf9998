// Next's <Link> without prefetching. By default Next fetches, ahead of time, every page a visible
// link points to (two requests a link in production): on a map or a review with hundreds of links
// that is most of a page's requests and server time, for pages most people never open. Sobriety
// first: a page loads what it shows, and the next one loads when asked (still a client-side
// navigation, without a full reload).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
