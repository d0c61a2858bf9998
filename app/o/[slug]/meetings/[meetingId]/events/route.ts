// GET /o/[slug]/meetings/[meetingId]/events: the meeting's server-sent events (lib/live/stream.ts).
// A route handler is its own gate: signed in, an active member of this organisation, and a meeting
// of this organisation; anything else is a 401 or a 404 without a stream.
import { getTranslations } from "@/lib/i18n/server";
import type { NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { meetingEventStream, resumePoint } from "@/lib/live/stream";
import { findMemberContext } from "@/lib/organizations/context";
import { isUuid } from "@/lib/circles/params";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest, { params }: RouteContext<"/o/[slug]/meetings/[meetingId]/events">): Promise<Response> {
  const { slug, meetingId } = await params;
  const t = await getTranslations("common.errors");
  const user = await getSessionUser();
  if (!user) return text(401, t("unauthenticated"));
  const context = await findMemberContext(user, slug);
  const organizationId = context?.organization.id;
  const meeting = organizationId && isUuid(meetingId) ? await db.meeting.findFirst({ where: { organizationId, id: meetingId }, select: { id: true } }) : null;
  if (!organizationId || !meeting) return text(404, t("notFound"));
  const lastEventId = request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("lastEventId");
  const after = await resumePoint(organizationId, meeting.id, lastEventId);
  return new Response(meetingEventStream(organizationId, meeting.id, after, request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the compression of `next start` must not buffer the stream.
      "Cache-Control": "private, no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
