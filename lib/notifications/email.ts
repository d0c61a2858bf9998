// The emails of notifications, in plain text and in the recipient's language: one per
// notification (preference "immediately") or one digest per member and organisation.
import { createFormatter, createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { notificationPath, notificationSentence, type FormatDate, type Translate } from "./render";

/** Emails speak in the organisation's time zone, like the pages (lib/i18n/request.ts). */
const TIME_ZONE = "Europe/Paris";

export type EmailRecipient = { name: string; locale: string };
export type EmailOrganization = { slug: string; name: string };
export type EmailNotification = { kind: string; data: unknown };

function tools(localeName: string) {
  const locale: Locale = isLocale(localeName) ? localeName : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: "notifications", timeZone: TIME_ZONE });
  const format = createFormatter({ locale, timeZone: TIME_ZONE });
  const formatDate: FormatDate = (value, withTime) =>
    format.dateTime(value, withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" });
  // Kinds are data: the typed translator cannot know their keys in advance.
  const sentence = (n: EmailNotification) => notificationSentence(t as unknown as Translate, formatDate, n.kind, n.data);
  return { t, sentence };
}

/** The .ics of a meeting invitation (app/o/[slug]/meetings/[meetingId]/calendar), else null. */
function calendarPath(slug: string, notification: EmailNotification): string | null {
  if (notification.kind !== "meeting.invited" && notification.kind !== "meeting.changed") return null;
  const meeting = notificationPath(slug, notification.data).match(/\/meetings\/([0-9a-f-]{36})$/i);
  return meeting ? `/o/${encodeURIComponent(slug)}/meetings/${meeting[1]}/calendar` : null;
}

function absolute(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

/** A subject line stays short: mail clients cut long ones anyway. */
function subjectLine(value: string): string {
  const single = value.replace(/\s+/g, " ").trim();
  return single.length > 150 ? `${single.slice(0, 149)}…` : single;
}

export function notificationEmail(input: {
  baseUrl: string;
  recipient: EmailRecipient;
  organization: EmailOrganization;
  notification: EmailNotification;
}): { subject: string; text: string } {
  const { t, sentence } = tools(input.recipient.locale);
  const values = {
    name: input.recipient.name,
    organization: input.organization.name,
    sentence: sentence(input.notification),
    url: absolute(input.baseUrl, notificationPath(input.organization.slug, input.notification.data, input.notification.kind)),
    accountUrl: absolute(input.baseUrl, "/account"),
  };
  // An invitation also offers its calendar file, right after the meeting's address.
  const calendar = calendarPath(input.organization.slug, input.notification);
  const links = calendar ? `${values.url}\n${t("email.calendar", { url: absolute(input.baseUrl, calendar) })}` : values.url;
  return { subject: subjectLine(t("email.subject", values)), text: t("email.body", { ...values, url: links }) };
}

export function digestEmail(input: {
  baseUrl: string;
  recipient: EmailRecipient;
  organization: EmailOrganization;
  notifications: readonly EmailNotification[];
  /** How many more notifications there were than the digest lists. */
  more?: number;
}): { subject: string; text: string } {
  const { t, sentence } = tools(input.recipient.locale);
  const common = { name: input.recipient.name, organization: input.organization.name, accountUrl: absolute(input.baseUrl, "/account") };
  const items = input.notifications.map((n) =>
    t("email.digestItem", { sentence: sentence(n), url: absolute(input.baseUrl, notificationPath(input.organization.slug, n.data, n.kind)) }),
  );
  if (input.more) items.push(t("email.digestMore", { count: input.more, url: absolute(input.baseUrl, `/o/${encodeURIComponent(input.organization.slug)}/notifications`) }));
  return {
    subject: subjectLine(t("email.digestSubject", { ...common, count: input.notifications.length + (input.more ?? 0) })),
    text: [t("email.digestIntro", common), ...items, t("email.digestFooter", common)].join("\n\n"),
  };
}
