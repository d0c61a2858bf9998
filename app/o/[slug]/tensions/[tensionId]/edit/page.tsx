// /o/[slug]/tensions/[tensionId]/edit: the author edits their tension while it is a draft (and
// may raise it from here) or still open. Anyone else, or later, gets a 404: nothing to edit here.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { TensionForm } from "@/components/tensions/tension-form";
import { PageMain } from "@/components/ui/page-main";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { updateTensionAction } from "@/lib/tensions/actions";
import { getTension } from "@/lib/tensions/data";
import { listPlaces } from "@/lib/tensions/places";
import { canEdit } from "@/lib/tensions/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tensions.form"))("editTitle") };
}

export default async function EditTensionPage({ params }: PageProps<"/o/[slug]/tensions/[tensionId]/edit">) {
  const { slug, tensionId } = await params;
  const { organization, user, membership } = await requireMember(slug);
  const tension = await getTension({ organizationId: organization.id, userId: user.id }, tensionId);
  if (!tension || !canEdit({ userId: user.id, permission: membership.permission }, tension)) notFound();

  const [places, messages, t] = await Promise.all([
    listPlaces(organization.id),
    clientMessages(["tensions.form", "tensions.kind", "tensions.kindHelp"]),
    getTranslations("tensions.form"),
  ]);
  const path = `/o/${encodeURIComponent(organization.slug)}/tensions/${tension.id}`;
  const initial = {
    title: tension.title,
    whatIs: tension.whatIs,
    whatCouldBe: tension.whatCouldBe,
    example: tension.example,
    circleId: tension.circle.id,
    roleId: tension.role?.id ?? "",
    kind: tension.kind,
    isInterpoles: tension.isInterpoles,
  };
  return (
    <PageMain className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <NextIntlClientProvider messages={messages}>
        <TensionForm
          action={updateTensionAction.bind(null, slug, tension.id)}
          places={places}
          initial={initial}
          mode={tension.status === "draft" ? "draft" : "open"}
          cancelHref={path}
        />
      </NextIntlClientProvider>
    </PageMain>
  );
}
