// The banner of every page: the app's name, then either the signed-in person's tools
// (organisations, account, sign out) or the ways in (sign in, sign up), and the language switch.
// It lives in the root layout, which is not given the URL, so the organisation switcher gets no
// current slug; inside an organisation, OrganizationBar (app/o/[slug]/layout.tsx) names it.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { linkButton } from "@/components/ui/styles";
import { OrgSwitcher } from "@/components/organizations/org-switcher";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [user, t, common] = await Promise.all([getSessionUser(), getTranslations("shell.header"), getTranslations("common")]);
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800" aria-label={t("homeLink")}>
          {common("appName")}
        </Link>
        <div className="ms-auto flex flex-wrap items-center gap-x-5 gap-y-2">
          {user ? (
            <>
              <OrgSwitcher userId={user.id} currentSlug={null} />
              <Link href="/account" className={linkButton}>
                {t("account")}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={linkButton}>
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className={linkButton}>
                {t("signIn")}
              </Link>
              <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
                {t("signUp")}
              </Link>
            </>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
