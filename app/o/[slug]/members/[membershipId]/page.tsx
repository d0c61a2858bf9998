// /o/[slug]/members/[membershipId]: a member's roles across circles, with accountabilities and
// terms. Every member may see anyone's (the record is shared); « Mes rôles » when it is mine.
// A removed member, or a membership of another organisation, is a 404.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { MemberRole } from "@/components/member-roles/member-role";
import { MemberSummary } from "@/components/member-roles/member-summary";
import { Pager } from "@/components/review/pager";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { loadMemberRoles } from "@/lib/member-roles/data";
import { requireMember } from "@/lib/organizations/context";
import { parsePage } from "@/lib/review/filters";

// One load for the metadata and the page of the same request.
const load = cache(async (slug: string, membershipId: string, page: number) => {
  const context = await requireMember(slug);
  const data = await loadMemberRoles(context.organization.id, membershipId, { page, locale: await getLocale() });
  if (!data) notFound();
  return { context, data, mine: data.member.membershipId === context.membership.id };
});

export async function generateMetadata({ params, searchParams }: PageProps<"/o/[slug]/members/[membershipId]">): Promise<Metadata> {
  const [{ slug, membershipId }, search, t] = await Promise.all([params, searchParams, getTranslations("review.memberRoles")]);
  const { data, mine } = await load(slug, membershipId, parsePage(search));
  return { title: mine ? t("mine") : t("of", { name: data.member.name }) };
}

export default async function MemberRolesPage({ params, searchParams }: PageProps<"/o/[slug]/members/[membershipId]">) {
  const [{ slug, membershipId }, search, t] = await Promise.all([params, searchParams, getTranslations("review.memberRoles")]);
  const { context, data, mine } = await load(slug, membershipId, parsePage(search));
  const base = `/o/${encodeURIComponent(context.organization.slug)}`;
  const self = `${base}/members/${data.member.membershipId}`;
  return (
    <PageMain className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{mine ? t("mine") : data.member.name}</h1>
      <MemberSummary base={base} member={data.member} />
      <section aria-labelledby="member-roles-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h2 id="member-roles-title" className="text-xl font-semibold">{t("rolesTitle")}</h2>
          <p className="text-slate-700">{t("count", { count: data.total })}</p>
          {data.total > 0 && (
            <Link href={`${base}/review?member=${data.member.membershipId}`} className={textLink}>{t("reviewLink")}</Link>
          )}
        </div>
        {data.roles.length === 0 ? (
          <p className="text-slate-700">{mine ? t("emptyMine") : t("empty", { name: data.member.name })}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {data.roles.map((role) => (
              <li key={role.assignmentId}>
                <MemberRole base={base} role={role} />
              </li>
            ))}
          </ul>
        )}
        <Pager
          page={data.page}
          pageCount={data.pageCount}
          hrefFor={(page) => `${self}?page=${page}`}
          labels={{
            nav: t("pagination.label"),
            previous: t("pagination.previous"),
            next: t("pagination.next"),
            status: t("pagination.status", { page: data.page, count: data.pageCount }),
          }}
        />
      </section>
    </PageMain>
  );
}
