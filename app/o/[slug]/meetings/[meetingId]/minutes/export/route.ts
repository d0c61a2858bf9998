// GET /o/[slug]/meetings/[meetingId]/minutes/export: the minutes as a Markdown download. A route
// handler is its own gate: it checks the session and the active membership itself, and loads the
// meeting scoped by that organisation (another organisation's meeting is a 404, like an unknown
// one). Member-written text is escaped in the file (lib/meetings/minutes-markdown.ts).
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { meetingMinutes } from "@/lib/meetings/minutes";
import { minutesMarkdown, type Translate } from "@/lib/meetings/minutes-markdown";
import { findMemberContext } from "@/lib/organizations/context";
import { recordLabels } from "@/lib/proposals/labels";
import { loadRecordSnapshot } from "@/lib/proposals/preview-data";
import { env } from "@/lib/server/env";

export const dynamic = "force-dynamic";

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest, { params }: RouteContext<"/o/[slug]/meetings/[meetingId]/minutes/export">): Promise<Response> {
  const { slug, meetingId } = await params;
  // Signed out: to the sign-in page, then back to this very download.
  const user = await requireUser(request.nextUrl.pathname);
  const [context, t, format] = await Promise.all([findMemberContext(user, slug), getTranslations(), getFormatter()]);
  const translate = t as unknown as Translate;
  if (!context) return text(404, translate("minutes.export.notFound"));
  const minutes = await meetingMinutes(context.organization.id, meetingId);
  if (!minutes) return text(404, translate("minutes.export.notFound"));
  if (minutes.status !== "closed") return text(409, translate("minutes.export.notClosed"));

  const changes = minutes.proposals.flatMap((p) => p.decision?.changes ?? []);
  const labels = recordLabels(await loadRecordSnapshot(context.organization.id, minutes.circles.map((c) => c.id), changes), changes);
  const origin = (env().NEXTAUTH_URL ?? request.nextUrl.origin).replace(/\/+$/, "");
  const body = minutesMarkdown(minutes, {
    t: translate,
    dateTime: (d) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" }),
    date: (d) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }),
    time: (d) => format.dateTime(d, { timeStyle: "short" }),
    orgUrl: `${origin}/o/${encodeURIComponent(context.organization.slug)}`,
    labels,
  });
  const filename = translate("minutes.export.filename", { date: minutes.startsAt.toISOString().slice(0, 10) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
