// The organisation home, "what needs me": the consent rounds waiting for my answer, the tensions
// I carry and the roles I fill.
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { HeldRoles } from "@/components/home/held-roles";
import { OpenTensions } from "@/components/home/open-tensions";
import { PendingRounds } from "@/components/home/pending-rounds";
import { PageMain } from "@/components/ui/page-main";
import { getHomeData } from "@/lib/home/data";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function OrganizationHomePage({ params }: PageProps<"/o/[slug]">) {
  const { slug } = await params;
  const { organization, membership, user } = await requireMember(slug);
  const [t, data] = await Promise.all([
    getTranslations("home"),
    getHomeData({ organizationId: organization.id, membershipId: membership.id, userId: user.id, recordVersion: organization.recordVersion }),
  ]);
  const base = `/o/${organization.slug}`;
  return (
    <PageMain>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="mt-6 grid gap-6">
        <PendingRounds base={base} rounds={data.rounds} />
        <OpenTensions base={base} tensions={data.tensions} />
        <HeldRoles base={base} roles={data.roles} />
      </div>
    </PageMain>
  );
}
