// A circle's roles with their holders: the core roles (named by kind as well as by their stored
// name) and the others. Lists of roles, each holding the list of its holders.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { HolderList } from "@/components/roles/holder-list";
import { textLink } from "@/components/ui/styles";
import type { RoleWithHolders } from "@/lib/circles/content";

type Props = { slug: string; roles: RoleWithHolders[]; emptyText?: string };

export async function CircleRoles({ slug, roles, emptyText }: Props) {
  const t = await getTranslations("record.coreRoles");
  if (roles.length === 0) return emptyText ? <p className="text-slate-700">{emptyText}</p> : null;
  const base = `/o/${encodeURIComponent(slug)}/roles`;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {roles.map((role) => (
        <li key={role.id} className="rounded-md border border-slate-200 p-3">
          <p className="font-semibold">
            <Link href={`${base}/${role.id}`} className={textLink}>
              {role.name}
            </Link>
            {role.coreRole && t(role.coreRole) !== role.name && <span className="ms-2 text-sm font-normal text-slate-700">({t(role.coreRole)})</span>}
          </p>
          <div className="mt-1">
            <HolderList slug={slug} holders={role.holders} />
          </div>
        </li>
      ))}
    </ul>
  );
}
