// The members of the organisation, one page of them. Admins get the controls of each row.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { MemberRow } from "@/lib/members/data";
import { changePermissionAction, removeMemberAction } from "@/lib/members/actions";
import { PermissionForm } from "./permission-form";
import { RemoveMemberForm } from "./remove-member-form";

type Props = { slug: string; members: MemberRow[]; currentMembershipId: string; canManage: boolean };

export async function MemberTable({ slug, members, currentMembershipId, canManage }: Props) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const changePermission = changePermissionAction.bind(null, slug);
  const remove = removeMemberAction.bind(null, slug);
  const cell = "border-b border-slate-200 px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("members.table.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="px-3 py-2">{t("members.table.name")}</th>
            <th scope="col" className="px-3 py-2">{t("members.table.email")}</th>
            <th scope="col" className="px-3 py-2">{t("members.table.permission")}</th>
            <th scope="col" className="px-3 py-2">{t("members.table.joined")}</th>
            {canManage && <th scope="col" className="px-3 py-2">{t("members.table.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId}>
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/o/${encodeURIComponent(slug)}/members/${member.membershipId}`} className={textLink}>
                  {member.name}
                </Link>{" "}
                {member.membershipId === currentMembershipId && <span className="font-normal text-slate-600">{t("members.you")}</span>}
              </th>
              <td className={cell}>{member.email}</td>
              <td className={cell}>
                {canManage ? (
                  <PermissionForm action={changePermission} membershipId={member.membershipId} name={member.name} permission={member.permission} />
                ) : (
                  t(`organizations.permissions.${member.permission}`)
                )}
              </td>
              <td className={cell}>
                <time dateTime={member.joinedAt.toISOString()}>{format.dateTime(member.joinedAt, { dateStyle: "medium" })}</time>
              </td>
              {canManage && (
                <td className={cell}>
                  <RemoveMemberForm action={remove} membershipId={member.membershipId} name={member.name} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
