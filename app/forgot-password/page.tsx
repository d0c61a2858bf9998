import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { textLink } from "@/components/ui/styles";
import { smtpConfigured } from "@/lib/server/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  // Without SMTP no link can reach anyone: say who can help instead of showing a useless form.
  const available = smtpConfigured();
  return (
    <AuthCard title={t("title")} intro={available ? t("intro") : undefined} messages={["auth.forgotPassword"]}>
      {available ? <ForgotPasswordForm /> : <p className="text-slate-800">{t("unavailable")}</p>}
      <p>
        <Link href="/signin" className={textLink}>
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthCard>
  );
}
