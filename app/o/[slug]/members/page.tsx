// /o/[slug]/members: who belongs to the organisation (every member sees it); admins also change
// permissions, remove members and invite.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { InviteForm } from "@/components/members/invite-form";
import { MemberTable } from "@/components/members/member-table";
import { Pagination } from "@/components/members/pagination";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { PageMain } from "@/components/ui/page-main";
import { clientMessages } from "@/lib/i18n/client-messages";
import { createInvitationAction } from "@/lib/invitations/actions";
import { listPendingInvitations } from "@/lib/invitations/data";
import { listMembers } from "@/lib/members/data";
import { requireMember } from "@/lib/organizations/context";
import { can } from "@/lib/organizations/policy";
import { smtpConfigured } from "@/lib/server/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params, searchParams }: PageProps<"/o/[slug]/members">) {
  const { slug } = await params;
  const { page, notice } = await searchParams;
  const context = await requireMember(slug);
  const organizationId = context.organization.id;
  const canManage = can(context.membership.permission, "member.changePermission");
  const canInvite = can(context.membership.permission, "member.invite");
  const [list, invitations, t, messages] = await Promise.all([
    listMembers(organizationId, Number(typeof page === "string" ? page : 1)),
    canInvite ? listPendingInvitations(organizationId) : Promise.resolve([]),
    getTranslations("members"),
    clientMessages(["members.change", "members.remove", "members.invitations.create", "members.invitations.pending", "organizations.permissions"]),
  ]);
  const basePath = `/o/${encodeURIComponent(context.organization.slug)}/members`;
  return (
    <PageMain className="flex flex-col gap-8">
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="members-title" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-baseline gap-3">
            <h1 id="members-title" className="text-2xl font-bold">
              {t("title")}
            </h1>
            <p className="text-slate-600">{t("count", { count: list.total })}</p>
          </div>
          {notice === "removed" && (
            <p role="status" className="font-medium text-green-800">
              {t("remove.done")}
            </p>
          )}
          <MemberTable slug={slug} members={list.members} currentMembershipId={context.membership.id} canManage={canManage} />
          <Pagination basePath={basePath} page={list.page} pageCount={list.pageCount} />
        </section>
        {canInvite && (
          <section aria-labelledby="invitations-title" className="flex flex-col gap-4">
            <h2 id="invitations-title" className="text-xl font-semibold">
              {t("invitations.title")}
            </h2>
            <h3 className="text-lg font-semibold">{t("invitations.create.title")}</h3>
            <InviteForm action={createInvitationAction.bind(null, slug)} emailEnabled={smtpConfigured()} />
            <h3 className="text-lg font-semibold">{t("invitations.pending.title")}</h3>
            <PendingInvitations slug={slug} invitations={invitations} />
          </section>
        )}
      </NextIntlClientProvider>
    </PageMain>
  );
}
