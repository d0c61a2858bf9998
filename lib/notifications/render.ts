// How a notification reads and where it leads, from its `kind` and `data` alone (pure: the same
// code renders the in-app list and the emails). The data contract for producers of notify():
//   the consent process (lib/rounds/effects.ts): `consent.<topic>` with { proposalId, title },
//     and `consent.outcome` with { proposalId, title, outcome, decisionId? };
//   proposal kinds (round.*, objection.*, integration.*, proposal.adopted, adoption.refused):
//     { proposalId, title }, plus `deadlineAt` (ISO) for round.opened / round.reminder and
//     `decisionId` for proposal.adopted;
//   term.ending: { roleId, role (its name), endsOn (YYYY-MM-DD) };
//   meeting.invited (lib/meetings/schedule.ts) and meeting.changed (lib/meetings/details.ts):
//     { meetingId, title, startsAt (ISO) };
//   minutes.published (lib/meetings/minutes-mutations.ts): { meetingId, title }, leading to the minutes.
// Missing fields never break a sentence: they read as empty, and unknown kinds get a generic one.

/** Kinds with their own sentence in messages/<locale>/notifications.json (`kinds.<kind>`). */
export const NOTIFICATION_KINDS = [
  "consent.round_opened",
  "consent.your_turn",
  "consent.answer_reminder",
  "consent.objection_raised",
  "consent.objection_tested",
  "consent.integration_needed",
  "consent.integration_to_confirm",
  "consent.objection_resolved",
  "consent.no_quorum",
  "consent.adoption_refused",
  "consent.outcome",
  "round.opened",
  "round.reminder",
  "round.your_turn",
  "round.no_quorum",
  "objection.raised",
  "objection.tested",
  "integration.needed",
  "integration.to_confirm",
  "objection.resolved",
  "proposal.adopted",
  "adoption.refused",
  "term.ending",
  "meeting.invited",
  "meeting.changed",
  "minutes.published",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(data: unknown, key: string): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function id(data: unknown, key: string): string | undefined {
  const value = text(data, key);
  return value && UUID.test(value) ? value : undefined;
}

function date(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

export type Translate = (key: string, values: Record<string, string>) => string;
export type FormatDate = (value: Date, withTime: boolean) => string;

/** The sentence of a notification, in the language of `t` (a translator of `notifications`). */
export function notificationSentence(t: Translate, formatDate: FormatDate, kind: string, data: unknown): string {
  const deadline = date(text(data, "deadlineAt"));
  const endsOn = date(text(data, "endsOn"));
  const startsAt = date(text(data, "startsAt"));
  const values = {
    title: text(data, "title") ?? "",
    role: text(data, "role") ?? "",
    outcome: text(data, "outcome") ?? "",
    deadline: deadline ? formatDate(deadline, true) : "",
    endsOn: endsOn ? formatDate(endsOn, false) : "",
    startsAt: startsAt ? formatDate(startsAt, true) : "",
  };
  return t(isKnownKind(kind) ? `kinds.${kind}` : "kinds.other", values);
}

/** Kinds that lead to a page below their subject's (e.g. a meeting's minutes). */
const SUBPAGES: Partial<Record<string, [key: string, section: string, page: string]>> = {
  "minutes.published": ["meetingId", "meetings", "minutes"],
};

/** The page a notification leads to, inside its organisation; the list itself when it names nothing. */
export function notificationPath(slug: string, data: unknown, kind?: string): string {
  const base = `/o/${encodeURIComponent(slug)}`;
  const subpage = kind ? SUBPAGES[kind] : undefined;
  const subject = subpage && id(data, subpage[0]);
  if (subpage && subject) return `${base}/${subpage[1]}/${subject}/${subpage[2]}`;
  // The most precise subject first: a decision rather than its proposal, and so on.
  const targets: [string, string][] = [
    ["decisionId", "decisions"],
    ["proposalId", "proposals"],
    ["tensionId", "tensions"],
    ["meetingId", "meetings"],
    ["roleId", "roles"],
    ["circleId", "circles"],
  ];
  for (const [key, section] of targets) {
    const value = id(data, key);
    if (value) return `${base}/${section}/${value}`;
  }
  return `${base}/notifications`;
}
