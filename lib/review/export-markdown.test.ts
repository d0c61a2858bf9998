import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, reviewToMarkdown } from "./export-markdown";
import { LABELS, SAMPLE } from "./test-sample";

type Node = { type: string; depth?: number; children?: Node[] };

describe("escapeMarkdown", () => {
  it("escapes inline syntax and HTML", () => {
    expect(escapeMarkdown("*a* _b_ `c` [d](e) <f> #g |h| ~i~ &amp; \\")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\|h\\| \\~i\\~ \\&amp; \\\\",
    );
  });

  it("escapes block markers at the start only, and joins lines", () => {
    expect(escapeMarkdown("- a - b")).toBe("\\- a - b");
    expect(escapeMarkdown("+ a")).toBe("\\+ a");
    expect(escapeMarkdown("12) a 3. b")).toBe("12\\) a 3. b");
    expect(escapeMarkdown("2026. Année")).toBe("2026\\. Année");
    expect(escapeMarkdown("===")).toBe("\\===");
    expect(escapeMarkdown("  une\n\nligne  ")).toBe("une ligne");
  });
});

describe("reviewToMarkdown", () => {
  const markdown = reviewToMarkdown(SAMPLE, LABELS);
  const tree = fromMarkdown(markdown) as unknown as Node;
  const top = tree.children ?? [];

  it("keeps the structure whatever members wrote: headings per circle and role, one list item per accountability", () => {
    const headings = top.filter((node) => node.type === "heading").map((node) => [node.depth, toString(node)]);
    expect(headings).toEqual([
      [1, "Redevabilités — La Bobine"],
      [2, "Cercle général"],
      [3, "#1 *Trésorerie*"],
      [2, "+Pôle \"Atelier\""],
      [3, "@Accueil"],
    ]);
    const lists = top.filter((node) => node.type === "list");
    expect(lists.map((list) => (list.children ?? []).map((item) => toString(item)))).toEqual([
      ["=HYPERLINK(\"http://evil\";\"clic\")", "- Tenir les comptes et <b>surtout</b> &amp; les `factures`", "1. Payer, à temps | sans ~~retard~~"],
      ["Accueillir, les bénévoles; tous"],
    ]);
    // No HTML, code, emphasis or nested list got through.
    const types = new Set<string>();
    const walk = (node: Node) => {
      types.add(node.type);
      node.children?.forEach(walk);
    };
    walk(tree);
    // (The hard line breaks and the path's emphasis are the document's own.)
    expect([...types].sort()).toEqual(["break", "emphasis", "heading", "list", "listItem", "paragraph", "root", "text"]);
  });

  it("writes the filters, the path of sub-circles and the holders with their focus", () => {
    const paragraphs = top.filter((node) => node.type === "paragraph").map((node) => toString(node));
    expect(paragraphs).toEqual([
      "Cercle : Pôle Atelier et ses sous-cerclesAu 1 juin 2026",
      "Titulaires : Ana [admin] (budget), Zoé",
      "Cercle général › +Pôle \"Atelier\"",
      "Titulaires : aucun·e",
    ]);
    // The path is the only emphasis: it is the document's own.
    expect(markdown).toContain("_Cercle général › +Pôle \"Atelier\"_");
  });

  it("says so when nothing matches", () => {
    const empty = fromMarkdown(reviewToMarkdown([], LABELS)) as unknown as Node;
    expect((empty.children ?? []).map((node) => toString(node))).toContain("Aucune redevabilité ne correspond.");
  });
});
