// What both email jobs share: which notifications may still be emailed, and who receives them.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import type { Email } from "@/lib/server/mail";
import { env } from "@/lib/server/env";

export type SendEmail = (email: Email) => Promise<void>;

/**
 * A notification older than this is never emailed: after a long outage, or when someone switches
 * from "never" to "immediately", an email about last month's round would be noise (it stays in
 * the app).
 */
export const EMAIL_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

/** Notifications still to email to members who chose `delivery`: unsent, unread, recent, and
 * addressed to an active member whose account is enabled. */
export function pendingFor(delivery: NotificationDelivery, now: Date): Prisma.NotificationWhereInput {
  return {
    emailedAt: null,
    readAt: null,
    createdAt: { gt: new Date(now.getTime() - EMAIL_MAX_AGE_MS), lte: now },
    membership: { removedAt: null, user: { notificationDelivery: delivery, disabledAt: null } },
  };
}

export function appBaseUrl(): string {
  return env().NEXTAUTH_URL ?? "http://localhost:3000";
}

export const recipientSelect = {
  organization: { select: { slug: true, name: true } },
  membership: { select: { user: { select: { email: true, name: true, locale: true } } } },
} as const;
