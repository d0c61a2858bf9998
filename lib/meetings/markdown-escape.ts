// Member-written text put into a Markdown file (the minutes' export) so that it reads as the
// words it is and nothing else: whatever renders the file later (a forge, an editor's preview, a
// static site generator that lets raw HTML through) gets no tag, no link and no formatting out
// of a title like `<script>` or `[x](javascript:...)`. Pure; tested with the XSS corpus.

/** HTML's three special characters as entities: Markdown renderers show them as text. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Inline text: one line, every character that could start Markdown syntax escaped. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim()
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/** What a line could start that inline escaping does not cover: headings, lists, rules, quotes. */
function escapeLineStart(line: string): string {
  return line.replace(/^([+\-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * A block of several lines (reasons, an item's notes): each line escaped, empty lines kept as
 * paragraph breaks, other line breaks kept as hard breaks; `indent` keeps it inside a list item.
 */
export function escapeBlock(text: string, indent = ""): string {
  const paragraphs = text.replace(/\r\n?/g, "\n").trim().split(/\n\s*\n/);
  return paragraphs
    .map((paragraph) => paragraph.split("\n").map((line) => indent + escapeLineStart(escapeInline(line))).join("  \n"))
    .join(`\n${indent}\n`);
}

/**
 * The secretary's notes are Markdown on purpose, so their formatting stays; only what would be
 * live is neutralised: raw HTML (its `<`, `>` and `&` become entities, which also disables
 * entity tricks and `<...>` autolinks) and links to script-bearing schemes (their colon becomes
 * a look-alike "∶", so the browser reads a relative address, not `javascript:`).
 */
export function neutralizeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(/(?<![a-z0-9+.-])(javascript|vbscript|data|file)(\s*):/gi, "$1$2\u2236");
}
