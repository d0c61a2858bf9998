// /o/[slug]/circles/[circleId]/settings: how the circle decides by consent. Anyone in the
// organisation may read it; admins and the circle's lead link may change it. « Start from a
// preset » is a GET form (?preset=) that fills the fields, so it works without JavaScript.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { SettingsForm } from "@/components/circle-settings/settings-form";
import { secondaryButtonClass, inputClass } from "@/components/organizations/form-status";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { saveSettingsAction } from "@/lib/circle-settings/actions";
import { settingsForPage } from "@/lib/circle-settings/data";
import { formValues } from "@/lib/circle-settings/mutations";
import { matchingPreset } from "@/lib/consent/presets";
import { CONSENT_PRESETS, type ConsentPreset } from "@/lib/consent/types";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds.settings"))("metaTitle") };
}

export default async function CircleSettingsPage({ params, searchParams }: PageProps<"/o/[slug]/circles/[circleId]/settings">) {
  const { slug, circleId } = await params;
  const { preset } = await searchParams;
  const context = await requireMember(slug);
  const data = await settingsForPage(context, circleId);
  if (!data) notFound();
  const t = await getTranslations("rounds.settings");
  const chosen = typeof preset === "string" && (CONSENT_PRESETS as readonly string[]).includes(preset) ? (preset as ConsentPreset) : undefined;
  const values = formValues(data.settings, chosen);
  const base = `/o/${encodeURIComponent(slug)}/circles/${data.circle.id}`;
  return (
    <PageMain className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm"><Link href={base} className={textLink}>{t("back")}</Link></p>
        <h1 className="text-2xl font-bold">{t("title", { circle: data.circle.name })}</h1>
        <p className="text-sm">{t("explain")}</p>
        <p className="text-sm">{t("current", { preset: t(`presets.${matchingPreset(data.settings)}`) })}</p>
      </header>
      {!data.editable ? (
        <>
          <p role="note" className="text-sm">{t("forbidden")}</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t("abstentionAllowed")}</dt><dd>{data.settings.abstentionAllowed ? "✓" : "—"}</dd>
            <dt className="font-medium">{t("absenteeLegend")}</dt><dd>{t(`policies.${data.settings.absenteePolicy}.label`)}</dd>
            <dt className="font-medium">{t("quorumPercent")}</dt><dd>{data.settings.quorumPercent ?? "—"}</dd>
            <dt className="font-medium">{t("defaultDeadlineHours")}</dt><dd>{data.settings.defaultDeadlineHours}</dd>
            <dt className="font-medium">{t("reviewPeriodDays")}</dt><dd>{data.settings.reviewPeriodDays}</dd>
            <dt className="font-medium">{t("testerLegend")}</dt><dd>{t(`testers.${data.settings.objectionTester}`)}</dd>
          </dl>
        </>
      ) : (
        <>
          <form method="get" action={`${base}/settings`} className="flex flex-wrap items-end gap-3" aria-labelledby="preset-legend">
            <p id="preset-legend" className="w-full text-sm font-medium">{t("presetLegend")}</p>
            <div className="flex flex-col gap-1">
              <label htmlFor="preset" className="text-sm">{t("presetLabel")}</label>
              <select id="preset" name="preset" defaultValue={chosen ?? matchingPreset(data.settings)} className={inputClass}>
                {CONSENT_PRESETS.map((p) => <option key={p} value={p}>{t(`presets.${p}`)}</option>)}
              </select>
            </div>
            <button type="submit" className={secondaryButtonClass}>{t("presetApply")}</button>
          </form>
          {chosen && <p role="status" className="text-sm font-medium text-green-800">{t("presetApplied", { preset: t(`presets.${chosen}`) })}</p>}
          <NextIntlClientProvider messages={await clientMessages(["rounds.settings"])}>
            <SettingsForm key={chosen ?? "stored"} action={saveSettingsAction.bind(null, slug, data.circle.id)} values={values} seenAt={data.seenAt} />
          </NextIntlClientProvider>
        </>
      )}
    </PageMain>
  );
}
