// /o/[slug]/circles/[circleId]/edit: direct edits of a circle by an admin, while the organisation
// allows them (others get a 403). Every form sends the circle's version as rendered, so that an
// edit made from an outdated page is refused.
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { CircleContents } from "@/components/record-edit/circle-contents";
import { CircleIdentityForm, CircleMoveAndArchive } from "@/components/record-edit/circle-forms";
import { DomainList } from "@/components/record-edit/domain-list";
import { EditHeader } from "@/components/record-edit/edit-header";
import { PolicyList } from "@/components/record-edit/policy-list";
import { PageMain } from "@/components/ui/page-main";
import { requireMember } from "@/lib/organizations/context";
import { directEditAction } from "@/lib/record/actions";
import { mayEditDirectly } from "@/lib/record/direct-edit";
import { circleForEdit, circleOptions } from "@/lib/record/edit-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recordEdit"))("circle.metaTitle") };
}

const NOTICES = ["circleArchived", "roleArchived"] as const;

export default async function EditCirclePage({ params, searchParams }: PageProps<"/o/[slug]/circles/[circleId]/edit">) {
  const { slug, circleId } = await params;
  const { notice } = await searchParams;
  const context = await requireMember(slug);
  if (!mayEditDirectly(context)) forbidden();
  const organizationId = context.organization.id;
  const [circle, parents, t] = await Promise.all([circleForEdit(organizationId, circleId), circleOptions(organizationId, circleId), getTranslations("recordEdit")]);
  if (!circle) notFound();
  const action = directEditAction.bind(null, context.organization.slug);
  const known = NOTICES.find((value) => value === notice);
  return (
    <PageMain className="flex flex-col gap-8">
      <EditHeader
        title={t("circle.title", { name: circle.name })}
        backHref={`/o/${encodeURIComponent(slug)}/circles/${circle.id}`}
        backLabel={t("circle.back")}
        notice={known ? t(`notice.${known}`) : undefined}
      />
      <CircleIdentityForm action={action} circle={circle} />
      <CircleContents action={action} slug={context.organization.slug} circle={circle} />
      <DomainList action={action} circle={circle} domains={circle.domains} holders={circle.roles} />
      <PolicyList action={action} circle={circle} policies={circle.policies} />
      <CircleMoveAndArchive action={action} circle={circle} parents={parents} />
    </PageMain>
  );
}
