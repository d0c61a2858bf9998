// Switching organisation, for the header: a disclosure listing my organisations. A <details>
// menu works with the keyboard and without JavaScript.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { listMyOrganizations } from "@/lib/organizations/data";

export async function OrgSwitcher({ userId, currentSlug }: { userId: string; currentSlug: string | null }) {
  const [organizations, t] = await Promise.all([listMyOrganizations(userId), getTranslations("organizations.switcher")]);
  const current = organizations.find((organization) => organization.slug === currentSlug);
  return (
    <nav aria-label={t("label")} className="relative text-sm">
      <details className="group">
        <summary className="cursor-pointer rounded px-2 py-1 font-medium hover:bg-slate-100">
          {current ? t("summary", { name: current.name }) : t("none")}
        </summary>
        <ul className="absolute z-10 mt-1 min-w-56 rounded border border-slate-300 bg-white py-1 shadow">
          {organizations.map((organization) => (
            <li key={organization.slug}>
              <Link
                href={`/o/${organization.slug}`}
                aria-current={organization.slug === currentSlug ? "true" : undefined}
                className="block px-3 py-1.5 hover:bg-slate-100 aria-[current=true]:font-semibold"
              >
                {organization.name}
              </Link>
            </li>
          ))}
          <li className="border-t border-slate-200">
            <Link href="/orgs" className="block px-3 py-1.5 text-slate-700 hover:bg-slate-100">
              {t("all")}
            </Link>
          </li>
        </ul>
      </details>
    </nav>
  );
}
