// The landing page: a short presentation for visitors; people who are signed in go straight to
// their organisations.
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

const POINTS = ["record", "tensions", "consent", "meetings"] as const;

export default async function LandingPage() {
  if (await getSessionUser()) redirect("/orgs");
  const t = await getTranslations("shell.landing");
  return (
    <PageMain className="max-w-3xl">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("lead")}</p>
      <ul className="mt-6 list-disc space-y-2 ps-6 text-slate-800">
        {POINTS.map((point) => (
          <li key={point}>{t(`points.${point}`)}</li>
        ))}
      </ul>
      <p className="mt-8 flex flex-wrap gap-3">
        <Link href="/signup" className={primaryButton}>
          {t("signUp")}
        </Link>
        <Link href="/signin" className={secondaryButton}>
          {t("signIn")}
        </Link>
      </p>
    </PageMain>
  );
}
