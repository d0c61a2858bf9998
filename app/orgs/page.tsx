// /orgs: the organisations I belong to, and creating a new one.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { CreateOrganizationForm } from "@/components/organizations/create-organization-form";
import { OrganizationList } from "@/components/organizations/organization-list";
import { PageMain } from "@/components/ui/page-main";
import { requireUser } from "@/lib/auth/session";
import { clientMessages } from "@/lib/i18n/client-messages";
import { listMyOrganizations } from "@/lib/organizations/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations.list"))("title") };
}

export default async function OrganizationsPage() {
  const user = await requireUser("/orgs");
  const [organizations, t, messages] = await Promise.all([
    listMyOrganizations(user.id),
    getTranslations("organizations"),
    clientMessages(["organizations.create"]),
  ]);
  return (
    <PageMain className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <OrganizationList organizations={organizations} />
      <section aria-labelledby="create-org-title" className="flex flex-col gap-3">
        <h2 id="create-org-title" className="text-xl font-semibold">
          {t("create.title")}
        </h2>
        <NextIntlClientProvider messages={messages}>
          <CreateOrganizationForm />
        </NextIntlClientProvider>
      </section>
    </PageMain>
  );
}
