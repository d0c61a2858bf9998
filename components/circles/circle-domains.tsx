// What a circle controls, and which of its roles holds each domain (or the circle itself).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { DomainRow } from "@/lib/circles/content";

export async function CircleDomains({ slug, domains }: { slug: string; domains: DomainRow[] }) {
  const t = await getTranslations("circles.page");
  if (domains.length === 0) return <p className="text-slate-700">{t("noDomains")}</p>;
  const base = `/o/${encodeURIComponent(slug)}/roles`;
  return (
    <ul className="flex flex-col gap-2">
      {domains.map((domain) => (
        <li key={domain.id}>
          <span className="font-semibold">{domain.name}</span>
          <span className="text-slate-700">
            {" — "}
            {domain.role ? (
              <>
                {t("heldByRole")}{" "}
                <Link href={`${base}/${domain.role.id}`} className={textLink}>
                  {domain.role.name}
                </Link>
              </>
            ) : (
              t("heldByCircle")
            )}
          </span>
          {domain.description && <p className="text-sm text-slate-700">{domain.description}</p>}
        </li>
      ))}
    </ul>
  );
}
