// The minutes as a Markdown file (the export route's body): the same sections as the page, in
// the reader's language. Every piece of member-written text goes through markdown-escape.ts, so
// the file carries words, never markup; the secretary's notes keep their Markdown, neutralised.
// Pure (translations, dates and labels come in), so it is unit-tested.
import type { ChangeInput } from "@/lib/record/changes";
import type { Labels } from "@/lib/proposals/labels";
import { escapeBlock, escapeInline, neutralizeMarkdown } from "./markdown-escape";
import type { Minutes, MinutesItem } from "./minutes";
import type { MinutesProposal } from "./minutes-proposals";
import { displayValue, HIDDEN_CHANGE_FIELDS } from "@/lib/proposals/change-display";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type MarkdownTools = {
  /** A translator of every namespace ("minutes.…", "proposals.kinds.…"). */
  t: Translate;
  dateTime: (value: Date) => string;
  date: (value: Date) => string;
  /** The time of day alone (the meeting's date is given once). */
  time: (value: Date) => string;
  /** Absolute base of the organisation's pages, e.g. https://host/o/coop. */
  orgUrl: string;
  labels: Labels;
};


/** One change in words, as components/proposals/change-summary.tsx shows it: kind, then fields. */
export function changeText(change: ChangeInput, labels: Labels, t: Translate): string {
  const fields = Object.entries(change)
    .filter(([key, value]) => !HIDDEN_CHANGE_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => `${t(`proposals.fields.${key}`)} : ${displayValue(value, labels)}`);
  return [t(`proposals.kinds.${change.kind}`), ...fields].join(" ; ");
}

export function minutesMarkdown(m: Minutes, tools: MarkdownTools): string {
  const { t } = tools;
  const e = escapeInline;
  const name = (id: string | null) => (id ? e(m.names.get(id) ?? "—") : t("minutes.details.nobody"));
  const out: string[] = [`# ${e(t("minutes.page.title", { title: m.title }))}`, ""];
  out.push(m.publishedAt ? `*${e(t("minutes.export.published", { date: tools.dateTime(m.publishedAt) }))}*` : `**${e(t("minutes.export.draft"))}**`, "");

  const detail = (label: string, value: string) => out.push(`- **${e(t(`minutes.details.${label}`))} :** ${value}`);
  detail("date", e(t("minutes.details.when", { date: tools.dateTime(m.startsAt), minutes: m.durationMinutes })));
  if (m.startedAt && m.endedAt) detail("held", e(t("minutes.details.heldFromTo", { start: tools.time(m.startedAt), end: tools.time(m.endedAt) })));
  if (m.place) detail("place", e(m.place));
  if (m.videoUrl) detail("video", e(m.videoUrl));
  detail("circles", m.circles.map((c) => e(c.name)).join(", "));
  detail("facilitator", name(m.facilitatorId));
  detail("secretary", name(m.secretaryId));

  const section = (key: string, lines: string[]) => {
    out.push("", `## ${e(t(`minutes.sections.${key}`))}`, "");
    out.push(...(lines.length ? lines : [e(t(`minutes.empty.${key}`))]));
  };
  const item = (i: MinutesItem) => `- ${e(t("minutes.item", { title: i.title, kind: t(`minutes.kinds.${i.kind}`) }))}`;

  section("participants", m.participants.map((p) => `- ${name(p.userId)} : ${e(t(`minutes.attendance.${p.attendance}`))}`));
  section("processed", m.processed.map(item));
  section("tensions", m.tensions.map(item));
  section("decisions", m.proposals.flatMap((p) => proposalLines(p, m, tools)));
  section("elections", m.elections.map((el) => {
    const parts = [t("minutes.election.role", { role: el.roleName ?? el.title }), el.nomineeId ? t("minutes.election.nominee", { name: m.names.get(el.nomineeId) ?? "—" }) : t("minutes.election.noNominee")];
    if (el.termEndsOn) parts.push(t("minutes.election.term", { date: day(el.termEndsOn, tools) }));
    parts.push(t("minutes.election.outcome", { outcome: el.outcome }));
    return `- ${parts.map(e).join(" — ")}`;
  }));
  section("nextSteps", m.nextSteps.flatMap((i) => [
    `- ${e(t("minutes.nextStep", { title: i.title, kind: t(`minutes.kinds.${i.kind}`), status: t(`minutes.itemStatus.${i.status}`) }))}`,
    ...(i.notes.trim() ? [escapeBlock(i.notes, "  ")] : []),
  ]));
  section("notes", m.notes.trim() ? [neutralizeMarkdown(m.notes.trim())] : []);
  return `${out.join("\n")}\n`;
}

/** A day as the record writes it (YYYY-MM-DD), in the reader's format when it is one. */
function day(value: string, tools: MarkdownTools): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? value : tools.date(parsed);
}

function proposalLines(p: MinutesProposal, m: Minutes, tools: MarkdownTools): string[] {
  const { t } = tools;
  const e = escapeInline;
  const lines = ["", `### ${e(t("minutes.proposal.heading", { title: p.title, status: t("minutes.proposal.status", { status: p.status }) }))}`, ""];
  if (p.decision) {
    const d = p.decision;
    lines.push(e(t("minutes.proposal.decision", { version: d.versionNumber, title: d.title })), "");
    if (!d.inThisMeeting) lines.push(e(t("minutes.proposal.decidedElsewhere")), "");
    // Our own address (a base from the configuration and a UUID), so it needs no escaping.
    lines.push(`[${e(t("minutes.proposal.decisionLink"))}](${tools.orgUrl}/decisions/${d.id})`, "");
    lines.push(`**${e(t("minutes.proposal.changes"))}**`, "");
    lines.push(...(d.changes.length ? d.changes.map((c) => `1. ${e(changeText(c, tools.labels, t))}`) : [e(t("minutes.proposal.noChanges"))]));
    lines.push("");
  }
  if (p.rounds.length) {
    lines.push(`**${e(t("minutes.proposal.rounds"))}**`, "");
    for (const r of p.rounds) {
      lines.push(`- ${e(t("minutes.proposal.round", { number: r.number, version: r.version, result: r.result ?? r.status }))}`);
      for (const c of r.circles) lines.push(`  - ${e(t("minutes.proposal.circleOutcome", { circle: c.circleName, consent: c.consent, objection: c.objection, abstention: c.abstention, missing: c.missing }))}`);
    }
    lines.push("");
  }
  if (p.objections.length) {
    lines.push(`**${e(t("minutes.proposal.objections"))}**`, "");
    for (const o of p.objections) {
      const parts = [t("minutes.proposal.verdict", { verdict: o.verdict })];
      if (o.testedById) parts.push(t("minutes.proposal.testedBy", { name: m.names.get(o.testedById) ?? "—" }));
      if (o.note) parts.push(t("minutes.proposal.note", { note: o.note }));
      if (o.integrationVersion !== null) {
        parts.push(t("minutes.proposal.integrated", { version: o.integrationVersion }));
        parts.push(t("minutes.proposal.objectorConfirmed", { confirmed: o.objectorConfirmed ? "yes" : "no" }));
        parts.push(t("minutes.proposal.proposerConfirmed", { confirmed: o.proposerConfirmed ? "yes" : "no" }));
      } else parts.push(t("minutes.proposal.notIntegrated"));
      lines.push(`- ${e(t("minutes.proposal.objection", { name: m.names.get(o.objectorId) ?? "—", round: o.round, reason: o.reason }))}`);
      lines.push(`  ${parts.map(e).join(" · ")}`);
    }
  }
  return lines;
}
