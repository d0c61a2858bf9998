// The top of an edit page: its title, a link back to the read-only page, what a direct edit means,
// and the notice a redirect brought (e.g. after archiving a sub-circle or a role).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = { title: string; backHref: string; backLabel: string; notice?: string; children?: React.ReactNode };

export async function EditHeader({ title, backHref, backLabel, notice, children }: Props) {
  const t = await getTranslations("recordEdit");
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
      <p>
        <Link href={backHref} className={textLink}>
          {backLabel}
        </Link>
      </p>
      <p className="max-w-3xl rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900">{t("directEditNote")}</p>
      {notice && (
        <p role="status" className="font-medium text-green-800">
          {notice}
        </p>
      )}
    </div>
  );
}
