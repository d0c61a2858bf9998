// /o/[slug]/record: the governance record's history. « The record on … » (?at=, ?circle=) rebuilds
// the record at the end of a day; « What changed between … and … » (?from=&to=, ?cursor=) lists
// the changes of a period with their before/after, author and decision.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ChangeList } from "@/components/time-travel/change-list";
import { CircleTree } from "@/components/time-travel/circle-tree";
import { AtForm, BetweenForm } from "@/components/time-travel/date-forms";
import { OpenCircle } from "@/components/time-travel/open-circle";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { requireMember } from "@/lib/organizations/context";
import { keptChanges, keptTreeAt } from "@/lib/time-travel/kept";
import { endOfDay, TIME_ZONE } from "@/lib/time-travel/dates";
import { parseAt, parseBetween, parseCircle } from "@/lib/time-travel/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeTravel"))("title") };
}

export default async function RecordHistoryPage({ params, searchParams }: PageProps<"/o/[slug]/record">) {
  const { slug } = await params;
  const raw = await searchParams;
  const context = await requireMember(slug);
  const at = parseAt(raw);
  const between = parseBetween(raw);
  const circleId = parseCircle(raw);
  const [tree, changes, t, format] = await Promise.all([
    "error" in at ? null : keptTreeAt(context.organization, at, circleId),
    "error" in between ? null : keptChanges(context.organization, between),
    getTranslations("timeTravel"),
    getFormatter(),
  ]);
  const base = `/o/${encodeURIComponent(context.organization.slug)}/record`;
  const day = (value: string) => format.dateTime(endOfDay(value), { dateStyle: "long", timeZone: TIME_ZONE });
  const url = (query: Record<string, string | null | undefined>, hash = "") =>
    `${base}?${new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])))}${hash}`;
  const atDay = "error" in at ? at.typed : at.day;
  const range = { from: between.from, to: between.to };
  return (
    <PageMain className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>

      <section aria-labelledby="record-at-title" className="flex flex-col gap-4">
        <h2 id="record-at-title" className="text-xl font-semibold">{t("at.title")}</h2>
        <AtForm action={base} at={atDay} error={"error" in at ? t(`errors.${at.error}`) : null} keep={range} />
        {tree && !("error" in at) && (
          <>
            {tree.askedMissing && <p role="status">{t("at.unknownCircle")}</p>}
            {!tree.open ? (
              <p>{t("at.empty")}</p>
            ) : (
              <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
                <nav aria-labelledby="record-circles-title">
                  <h3 id="record-circles-title" className="text-lg font-semibold">{t("at.circles")}</h3>
                  <p className="mb-2 text-sm text-slate-600">{t("at.circlesHint")}</p>
                  <CircleTree nodes={tree.circles} openId={tree.open.circle.id} href={(id) => url({ at: at.day, circle: id, ...range })} />
                </nav>
                <OpenCircle open={tree.open} heading={t("at.selected", { name: tree.open.circle.name, date: day(at.day) })} />
              </div>
            )}
          </>
        )}
      </section>

      <section id="changes" aria-labelledby="record-between-title" className="flex flex-col gap-4">
        <h2 id="record-between-title" className="text-xl font-semibold">{t("between.title")}</h2>
        <BetweenForm action={base} from={between.from} to={between.to} error={"error" in between ? t(`errors.${between.error}`) : null}
          keep={{ at: "error" in at ? undefined : at.day, circle: circleId ?? undefined }} />
        {changes && !("error" in between) && (
          <>
            <h3 className="text-lg font-semibold">{t("between.heading", { from: day(between.from), to: day(between.to) })}</h3>
            {changes.items.length === 0 ? <p>{t("between.none")}</p> : <ChangeList slug={context.organization.slug} items={changes.items} />}
            {(between.cursor || changes.nextCursor) && (
              <nav aria-label={t("between.paginationLabel")} className="flex gap-4 text-sm">
                {between.cursor && <Link href={url({ at: atDay, circle: circleId, ...range }, "#changes")} className={textLink}>{t("between.first")}</Link>}
                {changes.nextCursor && (
                  <Link href={url({ at: atDay, circle: circleId, ...range, cursor: changes.nextCursor }, "#changes")} className={textLink}>{t("between.next")}</Link>
                )}
              </nav>
            )}
          </>
        )}
      </section>
    </PageMain>
  );
}
