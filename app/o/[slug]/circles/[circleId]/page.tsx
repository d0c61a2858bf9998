// /o/[slug]/circles/[circleId]: everything a circle is: purpose, place in the tree, roles and
// holders, domains, policies, members (?members=<page>) and its journal (?journal=<cursor>).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { CircleDomains } from "@/components/circles/circle-domains";
import { CircleMembers } from "@/components/circles/circle-members";
import { CirclePolicies } from "@/components/circles/circle-policies";
import { CircleRoles } from "@/components/circles/circle-roles";
import { CursorLinks } from "@/components/ui/cursor-links";
import { JournalList } from "@/components/circles/journal-list";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { loadCircleContent } from "@/lib/circles/content";
import { circleJournal } from "@/lib/circles/journal";
import { listCircleMembers } from "@/lib/circles/members";
import { hrefWith, pageNumber, single } from "@/lib/circles/params";
import { requireMember } from "@/lib/organizations/context";
import { canEditDirectly } from "@/lib/record/policy";

export async function generateMetadata({ params }: PageProps<"/o/[slug]/circles/[circleId]">): Promise<Metadata> {
  const { slug, circleId } = await params;
  const { organization } = await requireMember(slug);
  const { circle } = await loadCircleContent(organization, circleId);
  return { title: circle?.name ?? (await getTranslations("circles.map"))("title") };
}

export default async function CirclePage({ params, searchParams }: PageProps<"/o/[slug]/circles/[circleId]">) {
  const { slug, circleId } = await params;
  const query = await searchParams;
  const membersPage = pageNumber(query.members);
  const journalCursor = single(query.journal);
  const { organization, membership } = await requireMember(slug);
  const organizationId = organization.id;
  // All reads at once: they are scoped by organisation, so a foreign id simply finds nothing.
  const [{ circle, roles, domains, policies }, members, journal, t] = await Promise.all([
    loadCircleContent(organization, circleId),
    listCircleMembers(organizationId, circleId, membersPage),
    circleJournal(organizationId, circleId, journalCursor),
    getTranslations("circles"),
  ]);
  if (!circle) notFound();

  const base = `/o/${encodeURIComponent(organization.slug)}`;
  const path = `${base}/circles/${circle.id}`;
  const here = { members: members.page > 1 ? members.page : undefined, journal: journalCursor };
  const section = "flex flex-col gap-3";
  const h2 = "text-xl font-semibold";

  return (
    <PageMain className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">{t("page.kindLabel", { kind: t(`kinds.${circle.kind}`) })}</p>
        <h1 className="text-2xl font-bold">{circle.name}</h1>
        {circle.parent && (
          <p className="text-slate-700">
            {t("page.parent")}{" "}
            <Link href={`${base}/circles/${circle.parent.id}`} className={textLink}>
              {circle.parent.name}
            </Link>
          </p>
        )}
        <div role="group" aria-label={t("page.actions")} className="mt-2 flex flex-wrap gap-3">
          <Link href={hrefWith(`${base}/tensions/new`, { circle: circle.id })} className={primaryButton}>
            {t("page.raiseTension")}
          </Link>
          {canEditDirectly(organization.governanceEditMode, membership.permission) && (
            <Link href={`${path}/edit`} className={secondaryButton}>
              {t("page.edit")}
            </Link>
          )}
          <Link href={hrefWith(`${base}/circles`, { focus: circle.id })} className={secondaryButton}>
            {t("page.showOnMap")}
          </Link>
          <Link href={`${path}/settings`} className={secondaryButton}>
            {t("page.processSettings")}
          </Link>
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={hrefWith(`${base}/tensions`, { circle: circle.id })} className={textLink}>{t("page.seeTensions")}</Link>
          <Link href={hrefWith(`${base}/roles`, { circle: circle.id })} className={textLink}>{t("page.seeRoles")}</Link>
          <Link href={hrefWith(`${base}/review`, { circle: circle.id })} className={textLink}>{t("page.seeReview")}</Link>
        </p>
      </header>

      <section aria-labelledby="purpose-title" className={section}>
        <h2 id="purpose-title" className={h2}>{t("page.purpose")}</h2>
        <p className="whitespace-pre-line text-slate-800">{circle.purpose || t("page.noPurpose")}</p>
      </section>

      <section aria-labelledby="sub-circles-title" className={section}>
        <h2 id="sub-circles-title" className={h2}>{t("page.subCircles")}</h2>
        {circle.children.length === 0 ? (
          <p className="text-slate-700">{t("page.noSubCircles")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {circle.children.map((child) => (
              <li key={child.id} className="text-sm text-slate-700">
                <Link href={`${base}/circles/${child.id}`} className={`${textLink} text-base`}>{child.name}</Link> · {t(`kinds.${child.kind}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {roles.core.length > 0 && (
        <section aria-labelledby="core-roles-title" className={section}>
          <h2 id="core-roles-title" className={h2}>{t("page.coreRoles")}</h2>
          <CircleRoles slug={organization.slug} roles={roles.core} />
        </section>
      )}

      <section aria-labelledby="roles-title" className={section}>
        <h2 id="roles-title" className={h2}>{t("page.roles")}</h2>
        <CircleRoles slug={organization.slug} roles={roles.others} emptyText={t("page.noRoles")} />
      </section>

      <section aria-labelledby="domains-title" className={section}>
        <h2 id="domains-title" className={h2}>{t("page.domains")}</h2>
        <CircleDomains slug={organization.slug} domains={domains} />
      </section>

      <section aria-labelledby="policies-title" className={section}>
        <h2 id="policies-title" className={h2}>{t("page.policies")}</h2>
        <CirclePolicies policies={policies} />
      </section>

      <section aria-labelledby="members-title" className={section}>
        <h2 id="members-title" className={h2}>{t("page.members")}</h2>
        <CircleMembers slug={organization.slug} list={members} hrefFor={(page) => hrefWith(path, { ...here, members: page > 1 ? page : undefined })} />
      </section>

      <section aria-labelledby="journal-title" className={section}>
        <h2 id="journal-title" className={h2}>{t("page.journal")}</h2>
        <JournalList slug={organization.slug} entries={journal.items} />
        <CursorLinks
          list={t("page.journal")}
          isFirstPage={!journalCursor}
          newestHref={`${hrefWith(path, { ...here, journal: undefined })}#journal-title`}
          olderHref={journal.nextCursor ? `${hrefWith(path, { ...here, journal: journal.nextCursor })}#journal-title` : null}
        />
      </section>
    </PageMain>
  );
}
