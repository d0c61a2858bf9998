// /o/[slug]/my-roles: a stable link to « Mes rôles », whoever I am: my own member page.
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/organizations/context";

export default async function MyRolesPage({ params }: PageProps<"/o/[slug]/my-roles">) {
  const { slug } = await params;
  const context = await requireMember(slug);
  redirect(`/o/${encodeURIComponent(context.organization.slug)}/members/${context.membership.id}`);
}
