// /o/[slug]/tensions/new?circle=&role=: raising a tension. The header button, a circle page and a
// role page link here, preselecting where it is raised; without them, the general circle.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { TensionForm } from "@/components/tensions/tension-form";
import { PageMain } from "@/components/ui/page-main";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { createTensionAction } from "@/lib/tensions/actions";
import { listPlaces } from "@/lib/tensions/places";
import { preselect } from "@/lib/tensions/preselect";
import { canRaise } from "@/lib/tensions/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tensions.form"))("newTitle") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NewTensionPage({ params, searchParams }: PageProps<"/o/[slug]/tensions/new">) {
  const { slug } = await params;
  const query = await searchParams;
  const { organization, membership } = await requireMember(slug);
  const t = await getTranslations("tensions.form");
  const base = `/o/${encodeURIComponent(organization.slug)}/tensions`;

  if (!canRaise(membership)) {
    return (
      <PageMain className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <p>{t("observer")}</p>
      </PageMain>
    );
  }

  const [places, messages] = await Promise.all([
    listPlaces(organization.id),
    clientMessages(["tensions.form", "tensions.kind", "tensions.kindHelp"]),
  ]);
  const place = preselect(places, first(query.circle), first(query.role));
  const initial = { title: "", whatIs: "", whatCouldBe: "", example: "", ...place, kind: "governance", isInterpoles: false };
  return (
    <PageMain className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <NextIntlClientProvider messages={messages}>
        <TensionForm action={createTensionAction.bind(null, slug)} places={places} initial={initial} mode="new" cancelHref={base} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
