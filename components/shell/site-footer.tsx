import { getTranslations } from "@/lib/i18n/server";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p>{t("tagline")}</p>
        <p>{t("license")}</p>
      </div>
    </footer>
  );
}
