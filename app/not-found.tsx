import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";

export default async function NotFound() {
  const t = await getTranslations("shell.notFound");
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
