// The page of a section that a later version brings: its title and one plain sentence, so that
// the navigation is complete from the start and no link leads to a 404.
import { getTranslations } from "next-intl/server";
import { PageMain } from "@/components/ui/page-main";
import { requireMember } from "@/lib/organizations/context";

export type ComingSection = "circles" | "roles" | "tensions" | "proposals" | "meetings";

export async function ComingSoon({ slug, section }: { slug: string; section: ComingSection }) {
  // The layout checks membership too, but a page must never rely on its layout for access.
  await requireMember(slug);
  const t = await getTranslations("shell.placeholder");
  return (
    <PageMain>
      <h1 className="text-2xl font-bold">{t(section)}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
    </PageMain>
  );
}
