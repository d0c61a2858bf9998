// /o/[slug]/proposals/[proposalId]/edit: the change-set editor, without client JavaScript. Texts,
// the ordered list of changes (move up/down, remove) and « add a change »: choosing a kind reloads
// the page (GET ?kind=) with that kind's form. While a draft, edits change version 1 in place; once
// in process, each saved edit is an amendment (a new version). Only the proposer gets here.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { AddChangeForm } from "@/components/proposals/add-change-form";
import { ChangeRowForm } from "@/components/proposals/change-row-form";
import { ChangeSummary } from "@/components/proposals/change-summary";
import { KindPicker } from "@/components/proposals/kind-picker";
import { PreviewSection } from "@/components/proposals/preview-section";
import { TextForm } from "@/components/proposals/text-form";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { addChangeAction, changeListAction, saveTextAction } from "@/lib/proposals/actions";
import { proposalForPage } from "@/lib/proposals/data";
import { fieldsFor } from "@/lib/proposals/editor-options";
import { versionWithPreview } from "@/lib/proposals/page-data";
import { editMode, editRefusal } from "@/lib/proposals/policy";
import { isChangeKind } from "@/lib/record/changes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.edit"))("metaTitle") };
}

const NOTICES = ["saved", "added", "removed", "moved"] as const;

export default async function EditProposalPage({ params, searchParams }: PageProps<"/o/[slug]/proposals/[proposalId]/edit">) {
  const { slug, proposalId } = await params;
  const query = await searchParams;
  const context = await requireMember(slug);
  const proposal = await proposalForPage(context.organization.id, context.user.id, proposalId);
  if (!proposal) notFound();
  const mode = editMode(proposal, context.user.id);
  const t = await getTranslations("proposals");
  const base = `/o/${encodeURIComponent(slug)}/proposals/${proposal.id}`;
  if (!mode) {
    return (
      <PageMain className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("edit.title")}</h1>
        <p role="alert" className="font-medium text-red-800">{t(`errors.${editRefusal(proposal, context.user.id) ?? "closed"}`)}</p>
        <p><Link href={base} className={textLink}>{t("edit.back")}</Link></p>
      </PageMain>
    );
  }
  const data = await versionWithPreview(context.organization, proposal, proposal.currentVersion, context.user.id);
  if (!data) notFound();
  const { version, record, labels } = data;
  const kind = typeof query.kind === "string" && isChangeKind(query.kind) ? query.kind : null;
  const reorderRole = kind === "accountability.reorder" && typeof query.role === "string" ? record.roles.find((role) => role.id === query.role && !role.archived) : undefined;
  const words = {
    choose: t("edit.choose"), keep: t("edit.keep"), circleHolder: t("edit.circleHolder"),
    created: (name: string) => t("edit.created", { name }),
    circleKinds: { pole: t("circleKinds.pole"), project: t("circleKinds.project"), support_function: t("circleKinds.support_function"), group: t("circleKinds.group") },
  };
  const notice = NOTICES.find((value) => value === query.notice);
  const messages = await clientMessages(["proposals"]);
  return (
    <PageMain className="flex flex-col gap-8">
      <NextIntlClientProvider messages={messages}>
        <header className="flex flex-col gap-2">
          <p className="text-sm"><Link href={base} className={textLink}>{t("edit.back")}</Link></p>
          <h1 className="text-2xl font-bold">{t("edit.heading", { title: version.title })}</h1>
          <p className="rounded border border-slate-400 p-2 text-sm">{t(mode === "amendment" ? "edit.amendmentNote" : "edit.draftNote", { number: version.number })}</p>
          {notice && <p role="status" className="font-medium text-green-800">{t(`edit.notices.${notice}`)}</p>}
        </header>

        <section aria-labelledby="texts-title" className="flex flex-col gap-3">
          <h2 id="texts-title" className="text-xl font-semibold">{t("edit.texts")}</h2>
          <TextForm action={saveTextAction.bind(null, slug, proposal.id)} version={version.number} title={version.title} reasons={version.reasons} body={version.body} amendment={mode === "amendment"} />
        </section>

        <section aria-labelledby="changes-title" className="flex flex-col gap-3">
          <h2 id="changes-title" className="text-xl font-semibold">{t("page.changes", { count: version.changes.length })}</h2>
          {version.changes.length === 0 ? <p className="text-sm text-slate-700">{t("page.noChanges")}</p> : (
            <ol className="flex list-decimal flex-col gap-3 pl-6">
              {version.changes.map((change, index) => (
                <li key={index} className="flex flex-col gap-2 rounded border border-slate-300 p-2">
                  <ChangeSummary change={change} labels={labels} />
                  <ChangeRowForm action={changeListAction.bind(null, slug, proposal.id)} index={index} count={version.changes.length} version={version.number} />
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="add-title" className="flex flex-col gap-3">
          <h2 id="add-title" className="text-xl font-semibold">{t("edit.addTitle")}</h2>
          <KindPicker action={`${base}/edit`} kind={kind} />
          {kind === "accountability.reorder" && !reorderRole && (
            <form method="get" action={`${base}/edit`} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="kind" value={kind} />
              <div className="flex flex-col gap-1">
                <label htmlFor="reorder-role" className="text-sm font-medium">{t("fields.roleId")}</label>
                <select id="reorder-role" name="role" className="rounded-md border border-slate-500 px-3 py-2 text-sm">
                  {record.roles.filter((role) => !role.archived).map((role) => <option key={role.id} value={role.id}>{labels.get(role.id)}</option>)}
                </select>
              </div>
              <button type="submit" className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700">{t("edit.chooseRole")}</button>
            </form>
          )}
          {kind && (kind !== "accountability.reorder" || reorderRole) && (
            <AddChangeForm
              action={addChangeAction.bind(null, slug, proposal.id)}
              kind={kind}
              kindLabel={t(`kinds.${kind}` as never)}
              version={version.number}
              fields={fieldsFor(kind, record, version.changes, labels, words).map((field) => (reorderRole && field.name === "roleId" ? { ...field, value: reorderRole.id } : field))}
              order={reorderRole ? record.accountabilities.filter((row) => row.roleId === reorderRole.id && !row.archived).sort((a, b) => a.position - b.position).map((row) => ({ id: row.id, label: row.description })) : undefined}
            />
          )}
        </section>

        <PreviewSection differences={data.preview.differences} issues={data.preview.issues} verdict={data.verdict} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
