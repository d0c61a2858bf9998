// /o/[slug]/roles/[roleId]/edit: direct edits of a role by an admin, while the organisation allows
// them (others get a 403). Role forms send the role's version; domain forms the circle's, since
// domains belong to the circle's record.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AccountabilityList } from "@/components/record-edit/accountability-list";
import { AssignmentList } from "@/components/record-edit/assignment-list";
import { DomainList } from "@/components/record-edit/domain-list";
import { EditHeader } from "@/components/record-edit/edit-header";
import { RoleIdentityForm, RoleMoveAndArchive } from "@/components/record-edit/role-forms";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { requireMember } from "@/lib/organizations/context";
import { directEditAction } from "@/lib/record/actions";
import { mayEditDirectly } from "@/lib/record/direct-edit";
import { assignableMembers, circleOptions, roleForEdit } from "@/lib/record/edit-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recordEdit"))("role.metaTitle") };
}

export default async function EditRolePage({ params, searchParams }: PageProps<"/o/[slug]/roles/[roleId]/edit">) {
  const { slug, roleId } = await params;
  const { member } = await searchParams;
  const context = await requireMember(slug);
  if (!mayEditDirectly(context)) forbidden();
  const organizationId = context.organization.id;
  const search = typeof member === "string" ? member.slice(0, 100) : "";
  const role = await roleForEdit(organizationId, roleId);
  if (!role) notFound();
  const [circles, candidates, t] = await Promise.all([
    role.coreRole ? Promise.resolve([]) : circleOptions(organizationId),
    assignableMembers(organizationId, role.id, search),
    getTranslations("recordEdit"),
  ]);
  const action = directEditAction.bind(null, context.organization.slug);
  const base = `/o/${encodeURIComponent(context.organization.slug)}`;
  return (
    <PageMain className="flex flex-col gap-8">
      <EditHeader title={t("role.title", { name: role.name })} backHref={`${base}/roles/${role.id}`} backLabel={t("role.back")}>
        <p className="text-slate-700">
          {t("role.inCircle", { circle: role.circle.name })}{" "}
          <Link href={`${base}/circles/${role.circle.id}/edit`} className={textLink}>
            {t("role.editCircle", { circle: role.circle.name })}
          </Link>
        </p>
      </EditHeader>
      <RoleIdentityForm action={action} role={role} />
      <AccountabilityList action={action} role={role} accountabilities={role.accountabilities} />
      <DomainList action={action} circle={role.circle} domains={role.domains} roleId={role.id} />
      <AssignmentList action={action} role={role} candidates={candidates} search={search} />
      <RoleMoveAndArchive action={action} role={role} circles={circles} />
    </PageMain>
  );
}
