// The review as Markdown, to paste into a wiki, a pad or the minutes: a heading per circle (with
// its path) and per role, the holders, then the accountabilities as list items. Everything the
// members wrote is escaped, so that a name like "#1 *urgent*" or "<script>" stays text and cannot
// break the document's structure.
import type { ReviewCircle } from "./data";
import { holderText, PATH_SEPARATOR, type ExportLabels } from "./export-labels";

// Characters that mean something anywhere in a line (emphasis, code, links, HTML, entities,
// headings' closing sequence, GFM tables and strikethrough).
const INLINE = /[\\`*_[\]<>#|~&!]/g;

/** Plain text made safe for one line of Markdown (line breaks become spaces). */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, " ").trim().replace(INLINE, (char) => `\\${char}`);
  // Block markers only count at the start of a line: a list ("- ", "+ ", "1. ", "1) "), or a
  // setext underline ("==="). The others ("#", ">", "*", "_", "`", "~") are escaped above.
  return line.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

export function reviewToMarkdown(circles: readonly ReviewCircle[], labels: ExportLabels): string {
  const lines: string[] = [`# ${escapeMarkdown(labels.title)}`, ""];
  for (const detail of labels.details) lines.push(`${escapeMarkdown(detail)}  `);
  if (labels.details.length > 0) lines.push("");
  if (circles.length === 0) lines.push(escapeMarkdown(labels.empty), "");
  for (const circle of circles) {
    lines.push(`## ${escapeMarkdown(circle.name)}`, "");
    if (circle.path.length > 1) lines.push(`_${escapeMarkdown(circle.path.join(PATH_SEPARATOR))}_`, "");
    for (const role of circle.roles) {
      lines.push(`### ${escapeMarkdown(role.name)}`, "");
      const holders = role.holders.length > 0 ? role.holders.map(holderText).join(", ") : labels.noHolder;
      lines.push(escapeMarkdown(labels.holders(holders)), "");
      for (const accountability of role.accountabilities) lines.push(`- ${escapeMarkdown(accountability.description)}`);
      lines.push("");
    }
  }
  return lines.join("\n");
}
