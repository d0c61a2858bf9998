// One page of the organisation's roles: name, circle and holders. Plain links (not next/link):
// 150 of them would each add a client component to the page payload for no gain.
import { getTranslations } from "@/lib/i18n/server";
import type { RoleListRow } from "@/lib/roles/list";

const link = "link";

export async function RoleTable({ slug, roles }: { slug: string; roles: RoleListRow[] }) {
  const [t, holdersT] = await Promise.all([getTranslations("roles.list"), getTranslations("circles.holders")]);
  const base = `/o/${encodeURIComponent(slug)}`;
  const cell = "border-b border-slate-200 px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("circleColumn")}</th>
            <th scope="col" className="px-3 py-2">{t("holders")}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <th scope="row" className={`${cell} font-medium`}>
                <a href={`${base}/roles/${role.id}`} className={link}>{role.name}</a>
              </th>
              <td className={cell}>
                <a href={`${base}/circles/${role.circle.id}`} className={link}>{role.circle.name}</a>
              </td>
              <td className={cell}>
                {role.holders.length === 0 ? (
                  <span className="text-slate-700">{holdersT("none")}</span>
                ) : (
                  <ul>
                    {role.holders.map((holder) => (
                      <li key={holder.membershipId}>
                        <a href={`${base}/members/${holder.membershipId}`} className={link}>{holder.name}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
