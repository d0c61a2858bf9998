// My organisations, each with my permission in it.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { MyOrganization } from "@/lib/organizations/data";
import { textLink } from "@/components/ui/styles";

export async function OrganizationList({ organizations }: { organizations: MyOrganization[] }) {
  const t = await getTranslations("organizations");
  if (organizations.length === 0) return <p className="text-slate-700">{t("list.empty")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {organizations.map((organization) => (
        <li key={organization.slug} className="rounded border border-slate-300 p-3">
          <Link href={`/o/${organization.slug}`} className={`${textLink} font-semibold`}>
            {organization.name}
          </Link>
          <p className="text-sm text-slate-600">
            {t("list.yourPermission", { permission: t(`permissions.${organization.permission}`) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
