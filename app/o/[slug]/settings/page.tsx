// /o/[slug]/settings: the organisation's settings (admins only; other members get a 403). For
// now, how the governance record may change: direct edits by admins, or by consent only.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { GovernanceModeForm } from "@/components/settings/governance-mode-form";
import { PageMain } from "@/components/ui/page-main";
import { requireMember } from "@/lib/organizations/context";
import { setGovernanceEditModeAction } from "@/lib/record/actions";
import { canSetGovernanceEditMode } from "@/lib/record/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: PageProps<"/o/[slug]/settings">) {
  const { slug } = await params;
  const context = await requireMember(slug);
  if (!canSetGovernanceEditMode(context.membership.permission)) forbidden();
  const t = await getTranslations("settings");
  const modes = ["direct_edits_by_admins", "consent_only"] as const;
  return (
    <PageMain className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="governance-mode-title" className="flex flex-col gap-4">
        <h2 id="governance-mode-title" className="text-xl font-semibold">
          {t("governance.title")}
        </h2>
        <GovernanceModeForm
          action={setGovernanceEditModeAction.bind(null, context.organization.slug)}
          current={context.organization.governanceEditMode}
          legend={t("governance.legend")}
          choices={modes.map((value) => ({ value, label: t(`governance.${value}.label`), hint: t(`governance.${value}.hint`) }))}
          submit={t("governance.submit")}
        />
      </section>
    </PageMain>
  );
}
