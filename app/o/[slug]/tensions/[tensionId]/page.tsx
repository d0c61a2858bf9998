// /o/[slug]/tensions/[tensionId]: a tension, its discussion (?comments=<page>) and what the reader
// may do with it now. Someone else's draft, another organisation's tension or an unknown id: 404.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { CommentList } from "@/components/tensions/comment-list";
import { CommentForm } from "@/components/tensions/comment-form";
import { ListPagination } from "@/components/tensions/list-pagination";
import { PublishForm } from "@/components/tensions/publish-form";
import { TensionBadges } from "@/components/tensions/status-badge";
import { StatusForm } from "@/components/tensions/status-form";
import { TensionDetails } from "@/components/tensions/tension-details";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { addCommentAction, changeStatusAction, publishTensionAction } from "@/lib/tensions/actions";
import { listComments } from "@/lib/tensions/comments";
import { getTension } from "@/lib/tensions/data";
import { canComment, canDraftProposal, canEdit, canPublish, statusTargets } from "@/lib/tensions/policy";

const NOTICES = ["raised", "drafted", "saved", "status"] as const;

export async function generateMetadata({ params }: PageProps<"/o/[slug]/tensions/[tensionId]">): Promise<Metadata> {
  const { slug, tensionId } = await params;
  const { organization, user } = await requireMember(slug);
  const tension = await getTension({ organizationId: organization.id, userId: user.id }, tensionId);
  return { title: tension?.title ?? (await getTranslations("tensions"))("title") };
}

export default async function TensionPage({ params, searchParams }: PageProps<"/o/[slug]/tensions/[tensionId]">) {
  const { slug, tensionId } = await params;
  const query = await searchParams;
  const { organization, user, membership } = await requireMember(slug);
  const tension = await getTension({ organizationId: organization.id, userId: user.id }, tensionId);
  if (!tension) notFound();

  const requested = Number(query.comments);
  const [comments, t, format, messages] = await Promise.all([
    listComments(organization.id, tension.id, Number.isInteger(requested) && requested > 0 ? requested : undefined),
    getTranslations("tensions"),
    getFormatter(),
    clientMessages(["tensions.comments", "tensions.statusForm", "tensions.status", "tensions.page.publish"]),
  ]);
  const viewer = { userId: user.id, permission: membership.permission };
  const base = `/o/${encodeURIComponent(organization.slug)}`;
  const path = `${base}/tensions/${tension.id}`;
  const targets = statusTargets(viewer, tension);
  const notice = NOTICES.find((value) => value === query.notice);
  const date = format.dateTime(tension.createdAt, { dateStyle: "long" });

  return (
    <PageMain className="flex max-w-3xl flex-col gap-6">
      <NextIntlClientProvider messages={messages}>
        <p>
          <Link href={`${base}/tensions`} className={textLink}>
            {t("page.back")}
          </Link>
        </p>
        <header className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold break-words">{tension.title}</h1>
          <TensionBadges status={tension.status} kind={tension.kind} isInterpoles={tension.isInterpoles} />
          <p className="text-slate-700">
            {t(tension.status === "draft" ? "page.draftAuthor" : "page.author", { author: tension.authorName, date })}
          </p>
          {notice && (
            <p role="status" className="font-medium text-green-800">
              {t(`page.notices.${notice}`)}
            </p>
          )}
          {tension.status === "draft" && <p className="rounded-md border border-slate-300 bg-slate-50 p-3">{t("page.draftNotice")}</p>}
          <div className="flex flex-wrap items-start gap-3">
            {canPublish(viewer, tension) && <PublishForm action={publishTensionAction.bind(null, slug, tension.id)} />}
            {canEdit(viewer, tension) && (
              <Link href={`${path}/edit`} className={secondaryButton}>
                {t("page.edit")}
              </Link>
            )}
            {canDraftProposal(viewer, tension) && (
              <Link href={`${base}/proposals/new?tension=${tension.id}`} className={primaryButton} aria-describedby="draft-proposal-hint">
                {t("page.draftProposal")}
              </Link>
            )}
          </div>
          {canDraftProposal(viewer, tension) && (
            <p id="draft-proposal-hint" className="text-sm text-slate-700">
              {t("page.draftProposalHint")}
            </p>
          )}
        </header>

        <TensionDetails base={base} tension={tension} />

        {targets.length > 0 && (
          <section aria-labelledby="status-title" className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
            <h2 id="status-title" className="text-lg font-semibold">
              {t("statusForm.title")}
            </h2>
            <StatusForm
              action={changeStatusAction.bind(null, slug, tension.id)}
              from={tension.status}
              targets={targets}
              hint={tension.kind === "operational" ? t("statusForm.operationalHint") : undefined}
            />
          </section>
        )}

        {tension.status !== "draft" && (
          <section aria-labelledby="comments-title" className="flex flex-col gap-4">
            <h2 id="comments-title" className="text-xl font-semibold">
              {t("comments.title")}
            </h2>
            <ListPagination
              page={comments.page}
              pageCount={comments.pageCount}
              hrefOf={(page) => `${path}?comments=${page}`}
              label={t("comments.pages")}
              previous={t("comments.earlier")}
              next={t("comments.later")}
            />
            <CommentList comments={comments.items} />
            {canComment(viewer, tension) ? (
              <CommentForm action={addCommentAction.bind(null, slug, tension.id)} />
            ) : (
              <p className="text-slate-700">{membership.permission === "observer" ? t("comments.observer") : t("comments.closed")}</p>
            )}
          </section>
        )}
      </NextIntlClientProvider>
    </PageMain>
  );
}
