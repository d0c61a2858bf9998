// A page that only says something: the 404 and 403 pages share it (title, explanation, a way home).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";

export async function MessagePage({ namespace }: { namespace: "shell.notFound" | "shell.forbidden" }) {
  const t = await getTranslations(namespace);
  return (
    <PageMain>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className={textLink}>
          {t("home")}
        </Link>
      </p>
    </PageMain>
  );
}
