// One role a member fills: the role and its circle, the focus, the term (flagged when it ends
// within 30 days or is over) and the role's accountabilities in order.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { MemberRole as Role } from "@/lib/member-roles/data";
import { TermBadge } from "./term-badge";

export async function MemberRole({ base, role }: { base: string; role: Role }) {
  const [t, format] = await Promise.all([getTranslations("review.memberRoles"), getFormatter()]);
  const roleT = await getTranslations("review.role");
  return (
    <article aria-labelledby={`held-${role.assignmentId}`} className="flex flex-col gap-1 rounded-md border border-slate-200 p-4">
      <h3 id={`held-${role.assignmentId}`} className="text-lg font-semibold">
        <Link href={`${base}/roles/${role.roleId}`} className="text-brand-800 underline-offset-4 hover:underline">{role.roleName}</Link>
      </h3>
      <p className="text-sm text-slate-700">
        {t("inCircle")}{" "}
        <Link href={`${base}/circles/${role.circleId}`} className={textLink}>{role.circleName}</Link>
        {" · "}
        {t("since", { date: format.dateTime(role.startedAt, { dateStyle: "long" }) })}
      </p>
      {role.focus && <p className="text-sm text-slate-700">{t("focus", { focus: role.focus })}</p>}
      {role.termEndsOn && (
        <p className="text-sm text-slate-700">
          {/* Terms are calendar dates stored as UTC midnight: format them in UTC to keep the day. */}
          {t("termEndsOn", { date: format.dateTime(role.termEndsOn, { dateStyle: "long", timeZone: "UTC" }) })}
          <TermBadge term={role.term} labels={{ endsSoon: t("endsSoon"), ended: t("ended") }} />
        </p>
      )}
      {role.accountabilities.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noAccountability")}</p>
      ) : (
        <ol aria-label={roleT("accountabilities", { name: role.roleName })} className="mt-1 list-decimal ps-6">
          {role.accountabilities.map((a) => (
            <li key={a.id} value={a.position + 1}>{a.description}</li>
          ))}
        </ol>
      )}
    </article>
  );
}
