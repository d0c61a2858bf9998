import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { textLink } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackPath(firstParam((await searchParams).callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl ?? "/orgs");
  const t = await getTranslations("auth.signUp");
  const signInHref = callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin";
  return (
    <AuthCard title={t("title")} intro={t("intro")} messages={["auth.signUp"]}>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={signInHref} className={textLink}>
          {t("signInLink")}
        </Link>
      </p>
    </AuthCard>
  );
}
