// GET /o/[slug]/review/export?format=md|csv|json&circle=&q=&member=: the whole filtered review
// (not paginated) as a download. A route handler is its own gate: it checks the session and the
// active membership itself; a non-member, an unknown or foreign circle or member id get a 404,
// exactly like a page of an organisation one does not belong to.
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { findMemberContext } from "@/lib/organizations/context";
import { loadReview } from "@/lib/review/data";
import { buildExport, isExportFormat } from "@/lib/review/export";
import { parseReviewFilters } from "@/lib/review/filters";

export const dynamic = "force-dynamic";

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest, { params }: RouteContext<"/o/[slug]/review/export">): Promise<Response> {
  const { slug } = await params;
  // Signed out: to the sign-in page, then back to this very download.
  const user = await requireUser(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  const [context, t, locale] = await Promise.all([findMemberContext(user, slug), getTranslations("review.export"), getLocale()]);
  if (!context) return text(404, t("notFound"));
  const search = request.nextUrl.searchParams;
  const format = search.get("format");
  if (!isExportFormat(format)) return text(400, t("badFormat"));
  const filters = parseReviewFilters(search);
  const review = filters && (await loadReview(context.organization.id, filters, "all", locale, context.organization.recordVersion));
  if (!filters || !review) return text(404, t("notFound"));

  const file = await buildExport(format, context.organization, review, filters);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
