// Everything under /o/[slug] belongs to one organisation: only its active members get in
// (others get a 404, as if it did not exist), and they see its bar and navigation.
import { OrganizationBar } from "@/components/shell/organization-bar";
import { requireMember } from "@/lib/organizations/context";

export default async function OrganizationLayout({ children, params }: LayoutProps<"/o/[slug]">) {
  const { slug } = await params;
  const { organization, membership } = await requireMember(slug);
  return (
    <>
      <OrganizationBar slug={organization.slug} name={organization.name} isAdmin={membership.permission === "admin"} />
      {children}
    </>
  );
}
