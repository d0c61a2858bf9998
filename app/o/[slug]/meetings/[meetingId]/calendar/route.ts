// GET /o/[slug]/meetings/[meetingId]/calendar: the meeting as an iCalendar file (.ics) to add to
// one's calendar; downloading it again after a change updates the same event (stable UID, growing
// SEQUENCE), and a cancelled meeting comes as STATUS:CANCELLED. Its own gate: session and active
// membership checked here, the meeting loaded scoped by that organisation (else a 404).
import { getTranslations } from "@/lib/i18n/server";
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { meetingCalendarEvent } from "@/lib/meetings/calendar";
import { buildCalendar } from "@/lib/meetings/ics";
import { findMemberContext } from "@/lib/organizations/context";
import { env } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: RouteContext<"/o/[slug]/meetings/[meetingId]/calendar">): Promise<Response> {
  const { slug, meetingId } = await params;
  const user = await requireUser(request.nextUrl.pathname);
  const [context, t] = await Promise.all([findMemberContext(user, slug), getTranslations("minutes.calendar")]);
  const origin = (env().NEXTAUTH_URL ?? request.nextUrl.origin).replace(/\/+$/, "");
  const meetingUrl = context ? `${origin}/o/${encodeURIComponent(context.organization.slug)}/meetings/${meetingId}` : "";
  const event = context && (await meetingCalendarEvent(context.organization.id, meetingId, meetingUrl, {
    video: (url) => t("video", { url }), page: (url) => t("page", { url }),
  }));
  if (!event) {
    return new Response(t("notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  }
  return new Response(buildCalendar(event), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${event.uid.split("@")[0]}.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
