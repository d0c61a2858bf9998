// Why a single sign-on attempt came back refused (next-auth sends the person to /signin?error=…).
import { getTranslations } from "@/lib/i18n/server";

export async function OidcError({ code, providerName }: { code: string; providerName: string }) {
  const t = await getTranslations("auth.signIn");
  const message =
    code === "oidc-emailUnverified"
      ? t("oidcEmailUnverified", { name: providerName })
      : code === "oidc-emailMissing"
        ? t("oidcEmailMissing", { name: providerName })
        : code === "oidc-disabled"
          ? t("disabled")
          : t("oidcFailed", { name: providerName });
  return (
    <p role="alert" className="rounded-md border border-red-800 bg-red-50 p-3 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
