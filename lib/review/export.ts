// Builds a download of the review (md, csv or json) from loaded data: the translated words, the
// body, its media type and a file name. The route handler does the authentication, this does the
// rest, so that the route stays a thin adapter.
import "server-only";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { calendarDate } from "@/lib/home/term";
import type { Review } from "./data";
import type { ExportLabels } from "./export-labels";
import { reviewToCsv } from "./export-csv";
import { reviewToJson } from "./export-json";
import { reviewToMarkdown } from "./export-markdown";
import type { ReviewFilters } from "./filters";

export const EXPORT_FORMATS = ["md", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string | null): value is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | null)[]).includes(value);
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

type Organization = { id: string; slug: string; name: string };
export type ExportFile = { body: string; contentType: string; filename: string };

async function labels(organization: Organization, review: Review, filters: ReviewFilters, now: Date): Promise<ExportLabels> {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  const details = [
    review.scopeCircle && t("scope.circle", { name: review.scopeCircle.name }),
    review.member && t("scope.member", { name: review.member.name }),
    filters.q && t("scope.q", { q: filters.q }),
    t("export.date", { date: format.dateTime(now, { dateStyle: "long" }) }),
  ].filter((line): line is string => Boolean(line));
  return {
    title: t("export.title", { organization: organization.name }),
    details,
    holders: (list) => t("role.holders", { list }),
    noHolder: t("role.noHolder"),
    empty: t("empty"),
    columns: {
      path: t("export.columns.path"),
      circle: t("export.columns.circle"),
      role: t("export.columns.role"),
      holders: t("export.columns.holders"),
      position: t("export.columns.position"),
      accountability: t("export.columns.accountability"),
    },
  };
}

/** "redevabilites-la-bobine-2026-06-01.csv": ASCII only, so every browser and OS keeps it. */
async function filename(organization: Organization, format: ExportFormat, now: Date): Promise<string> {
  const t = await getTranslations("review.export");
  const day = calendarDate(now, "Europe/Paris").toISOString().slice(0, 10);
  const slug = organization.slug.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60);
  return `${t("filename")}-${slug}-${day}.${format}`;
}

export async function buildExport(format: ExportFormat, organization: Organization, review: Review, filters: ReviewFilters, now = new Date()): Promise<ExportFile> {
  let body: string;
  if (format === "json") {
    body = JSON.stringify(reviewToJson({ organization, filters, circles: review.circles, generatedAt: now }), null, 2);
  } else {
    const words = await labels(organization, review, filters, now);
    body = format === "csv" ? reviewToCsv(review.circles, words) : reviewToMarkdown(review.circles, words);
  }
  return { body, contentType: MEDIA_TYPES[format], filename: await filename(organization, format, now) };
}
