// What a tension says: where it was raised, its kind and status, and its description. Texts are
// rendered as text (React escapes them) with their line breaks kept: never as HTML.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { TensionDetail } from "@/lib/tensions/data";

export async function TensionDetails({ base, tension }: { base: string; tension: TensionDetail }) {
  const t = await getTranslations("tensions");
  const term = "text-sm font-medium text-slate-700";
  const texts = [
    ["whatIs", tension.whatIs],
    ["whatCouldBe", tension.whatCouldBe],
    ["example", tension.example],
  ] as const;
  return (
    <>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className={term}>{t("page.circle")}</dt>
        <dd>
          <Link href={`${base}/circles/${tension.circle.id}`} className={textLink}>
            {tension.circle.name}
          </Link>
        </dd>
        <dt className={term}>{t("page.role")}</dt>
        <dd>
          {tension.role ? (
            <Link href={`${base}/roles/${tension.role.id}`} className={textLink}>
              {tension.role.name}
            </Link>
          ) : (
            t("page.noRole")
          )}
        </dd>
        <dt className={term}>{t("page.kind")}</dt>
        <dd>{t(`kind.${tension.kind}`)}</dd>
        <dt className={term}>{t("page.status")}</dt>
        <dd>{t(`status.${tension.status}`)}</dd>
        <dt className={term}>{t("page.interpoles")}</dt>
        <dd>{tension.isInterpoles ? t("page.interpolesYes") : t("page.interpolesNo")}</dd>
      </dl>
      {texts.map(([name, text]) => (
        <section key={name} aria-labelledby={`tension-${name}-title`} className="flex flex-col gap-1">
          <h2 id={`tension-${name}-title`} className="text-lg font-semibold">
            {t(`page.${name}`)}
          </h2>
          {text ? <p className="whitespace-pre-wrap break-words">{text}</p> : <p className="text-slate-700">{t("page.empty")}</p>}
        </section>
      ))}
    </>
  );
}
