import { getTranslations } from "next-intl/server";

export default async function Home() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="p-8">
      <h1 className="text-2xl font-bold">{t("appName")}</h1>
    </main>
  );
}
