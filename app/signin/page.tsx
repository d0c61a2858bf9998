import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OidcButton } from "@/components/auth/oidc-button";
import { OidcError } from "@/components/auth/oidc-error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { textLink } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getSessionUser } from "@/lib/auth/session";
import { env, oidcConfigured, smtpConfigured } from "@/lib/server/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl ?? "/orgs");
  const t = await getTranslations("auth.signIn");
  const error = firstParam(params.error);
  const signUpHref = callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup";
  return (
    <AuthCard title={t("title")} intro={t("intro")} messages={["auth.signIn"]}>
      {error ? <OidcError code={error} providerName={env().OIDC_NAME} /> : null}
      <SignInForm callbackUrl={callbackUrl} />
      {smtpConfigured() ? (
        <p>
          <Link href="/forgot-password" className={textLink}>
            {t("forgot")}
          </Link>
        </p>
      ) : null}
      {oidcConfigured() ? (
        <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
          <p className="text-center text-sm text-slate-700">{t("or")}</p>
          <OidcButton providerName={env().OIDC_NAME} callbackUrl={callbackUrl} />
        </div>
      ) : null}
      <p className="text-slate-700">
        {t("noAccount")}{" "}
        <Link href={signUpHref} className={textLink}>
          {t("signUpLink")}
        </Link>
      </p>
    </AuthCard>
  );
}
