// A policy's text, written in Markdown by members. Rendered without raw HTML (no rehype-raw, and
// skipHtml drops any inline HTML), without images (no third-party requests, no tracking pixels),
// with links marked nofollow/noopener (react-markdown already neutralises javascript: URLs), and
// with headings demoted below the policy's own title so the page's outline stays right.
// Rendering is a pure function of the text: the result is kept per text, so a policy shown on
// every view of its circle is parsed once, not on every request.
import { LRUCache } from "lru-cache";
import type { ReactElement } from "react";
import Markdown, { type Components } from "react-markdown";

const heading = (level: "h4" | "h5" | "h6") =>
  function Heading({ children }: { children?: React.ReactNode }) {
    const Tag = level;
    return <Tag className="mt-2 font-semibold">{children}</Tag>;
  };

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow noopener noreferrer" className="text-brand-700 underline underline-offset-4">
      {children}
    </a>
  ),
  h1: heading("h4"),
  h2: heading("h5"),
  h3: heading("h6"),
  h4: heading("h6"),
  h5: heading("h6"),
  h6: heading("h6"),
  ul: ({ children }) => <ul className="ms-5 list-disc">{children}</ul>,
  ol: ({ children }) => <ol className="ms-5 list-decimal">{children}</ol>,
};

// Bounded by the characters of the texts kept (a policy may be long), not only by their number.
const rendered = new LRUCache<string, ReactElement>({ max: 1_000, maxSize: 2_000_000, sizeCalculation: (_, text) => text.length + 1 });

function markdown(text: string): ReactElement {
  let element = rendered.get(text);
  if (!element) {
    element = Markdown({ children: text, skipHtml: true, disallowedElements: ["img"], components });
    rendered.set(text, element);
  }
  return element;
}

export function PolicyBody({ text }: { text: string }) {
  return <div className="flex flex-col gap-2 text-slate-800">{markdown(text)}</div>;
}
