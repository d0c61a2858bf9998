// Inside an organisation: its name, the "raise a tension" shortcut (the most frequent act of
// shared governance, so always one click away) and the navigation between its sections. The
// links wrap onto several lines on a phone, which needs no JavaScript and hides nothing.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { UnreadLink } from "@/components/notifications/unread-link";
import { SearchForm } from "@/components/search/search-form";
import { primaryButton } from "@/components/ui/styles";
import { NavLink } from "./nav-link";

const SECTIONS = ["circles", "roles", "review", "tensions", "proposals", "decisions", "meetings", "members", "record", "journal"] as const;

export async function OrganizationBar({ slug, name, isAdmin = false }: { slug: string; name: string; isAdmin?: boolean }) {
  const t = await getTranslations("shell");
  const base = `/o/${encodeURIComponent(slug)}`;
  return (
    <div className="border-b border-slate-200 bg-brand-50 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 pt-3">
        <p className="text-lg font-semibold text-slate-900">{name}</p>
        <SearchForm slug={slug} id="organization-search-q" compact />
        <UnreadLink slug={slug} className="ms-auto" />
        <Link href={`${base}/tensions/new`} className={primaryButton}>
          {t("organization.raiseTension")}
        </Link>
      </div>
      <nav aria-label={t("organization.navLabel")} className="mx-auto max-w-5xl px-2 py-2">
        <ul className="flex flex-wrap gap-1">
          <li>
            <NavLink href={base} exact>
              {t("nav.home")}
            </NavLink>
          </li>
          {SECTIONS.map((section) => (
            <li key={section}>
              <NavLink href={`${base}/${section}`}>{t(`nav.${section}`)}</NavLink>
            </li>
          ))}
          {isAdmin && (
            <li>
              <NavLink href={`${base}/settings`}>{t("nav.settings")}</NavLink>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}
