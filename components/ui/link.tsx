// The app's links: plain <a> elements, server-rendered, that work before and without JavaScript.
// Once the page's script runs, components/shell/link-navigation.tsx turns a click on any of them
// into a client-side navigation (no full reload), as Next's <Link> would, without a client
// component per link: a screen of a hundred links used to carry a hundred of them in its RSC
// payload, render them through Next's <Link> on the server and hydrate them in the browser
// (docs/decisions/0017-plain-links.md). Nothing is fetched ahead of time (ADR 0010).
import type { AnchorHTMLAttributes } from "react";

export default function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
