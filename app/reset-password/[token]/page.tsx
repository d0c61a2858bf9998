import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { textLink } from "@/components/ui/styles";
import { resetTokenIsUsable } from "@/lib/auth/reset-mutations";

export async function generateMetadata(): Promise<Metadata> {
  // The token stays out of the title (and so out of history and bookmarks' names).
  return { title: (await getTranslations("auth.resetPassword"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.resetPassword");
  if (!(await resetTokenIsUsable(token))) {
    return (
      <AuthCard title={t("title")} messages={[]}>
        <p role="alert" className="text-slate-800">
          {t("invalidLink")}
        </p>
        <p>
          <Link href="/forgot-password" className={textLink}>
            {t("requestAnother")}
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")} intro={t("intro")} messages={["auth.resetPassword"]}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
