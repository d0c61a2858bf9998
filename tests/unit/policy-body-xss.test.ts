// A policy's Markdown, rendered on the server exactly as the circle page does, turns no payload
// of the shared corpus into markup: no script, frame, image, handler or script-bearing link.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PolicyBody } from "@/components/circles/policy-body";
import { XSS_CORPUS } from "./xss-corpus";

const render = (text: string) => renderToStaticMarkup(createElement(PolicyBody, { text }));

describe("PolicyBody against hostile Markdown", () => {
  it.each(XSS_CORPUS)("renders %s without live markup", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|iframe|svg|img|object|embed)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
  });

  it("keeps a Markdown link's words but drops its javascript: target", () => {
    const html = render("[lien](javascript:window.__xss=1)");
    expect(html).toMatch(/<a href="" rel="nofollow noopener noreferrer"[^>]*>lien<\/a>/);
  });

  it("loads no image, even from a Markdown image", () => {
    expect(render("![pixel](https://tracker.example/pixel.png)")).not.toContain("tracker.example");
  });

  it("still renders ordinary Markdown (the checks above are not vacuous)", () => {
    expect(render("**gras** et [site](https://example.org)")).toContain('<strong>gras</strong> et <a href="https://example.org"');
  });

  it("renders each text as itself when the rendered texts are kept between views", () => {
    const first = render("# Titre\n\nPremier texte");
    const second = render("Second *texte*");
    expect(render("# Titre\n\nPremier texte")).toBe(first);
    expect(first).toContain("Premier texte");
    expect(second).toContain("<em>texte</em>");
    expect(second).not.toContain("Premier");
  });
});
