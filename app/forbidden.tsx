// Shown when a page calls forbidden() from next/navigation (HTTP 403): the person is a member
// but their permission does not allow this page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";

export default async function Forbidden() {
  const t = await getTranslations("shell.forbidden");
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
