// The export's escaping, checked with the most permissive renderer there is: micromark (the
// CommonMark parser under react-markdown) told to let raw HTML and every link protocol through,
// as a careless consumer of the file might. Nothing of the XSS corpus may come out as markup.
import { micromark } from "micromark";
import { describe, expect, it } from "vitest";
import { XSS_CORPUS } from "@/tests/unit/xss-corpus";
import { escapeBlock, escapeInline, neutralizeMarkdown } from "./markdown-escape";

const render = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** No live element, no handler inside a tag, no script-bearing link; `links` allows plain anchors. */
function expectInert(output: string, links = false) {
  expect(output).not.toMatch(links ? /<(script|iframe|svg|img|object|embed)\b/i : /<(script|iframe|svg|img|object|embed|a)\b/i);
  expect(output).not.toMatch(/<[^>]*\son\w+=/i);
  expect(output).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
}

describe("escapeInline", () => {
  it.each(XSS_CORPUS)("renders %s as its literal text, in one paragraph", (payload) => {
    const output = render(escapeInline(payload));
    expectInert(output);
    expect(output).toBe(`<p>${html(payload)}</p>`);
  });

  it("neutralises Markdown syntax and keeps the words", () => {
    const text = "**gras** _it_ `code` # titre | a ~~b~~ ![img](http://x) <b>&amp;</b> \\";
    expect(render(escapeInline(text))).toBe(`<p>${html(text)}</p>`);
  });

  it("keeps a title on one line", () => {
    expect(escapeInline("ligne 1\n\n# ligne 2\r\n")).toBe("ligne 1 \\# ligne 2");
  });
});

describe("escapeBlock", () => {
  it("keeps lines and paragraphs, but no list, heading, rule or quote comes out of them", () => {
    const text = "Premier point\n- pas une liste\n1. pas numérotée\n\n> pas une citation\n---\n=== \n    pas du code";
    const output = render(escapeBlock(text));
    expect(output).not.toMatch(/<(ul|ol|li|h\d|hr|blockquote|pre|code)\b/);
    expect(output).toContain("- pas une liste");
    expect(output).toContain("1. pas numérotée");
    expect(output).toContain("&gt; pas une citation");
    expect(output.match(/<p>/g)).toHaveLength(2);
  });

  it.each(XSS_CORPUS)("keeps %s inert inside a list item", (payload) => {
    const output = render(`- item\n${escapeBlock(`${payload}\n${payload}`, "  ")}`);
    expectInert(output);
    expect(output).toContain(html(payload));
  });
});

describe("neutralizeMarkdown", () => {
  it.each(XSS_CORPUS)("leaves nothing live of %s", (payload) => {
    expectInert(render(neutralizeMarkdown(payload)), true);
  });

  it("keeps the notes' formatting and safe links", () => {
    const output = render(neutralizeMarkdown("## Suite\n\n- **Budget** voté\n- [site](https://example.org)"));
    expect(output).toContain("<h2>Suite</h2>");
    expect(output).toContain("<strong>Budget</strong>");
    expect(output).toContain('<a href="https://example.org">site</a>');
  });

  it("turns a script link's target into a relative address and entity tricks into text", () => {
    expect(render(neutralizeMarkdown("[x](JaVaScRiPt:alert(1))"))).not.toMatch(/href="javascript:/i);
    expect(render(neutralizeMarkdown("[x](jav&#x61;script:alert(1))"))).not.toMatch(/href="javascript:/i);
    expect(render(neutralizeMarkdown("[x]: data:text/html,hi\n\n[x]"))).not.toMatch(/href="data:/i);
  });
});
