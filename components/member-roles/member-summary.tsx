// Who the member is in the organisation: name, permission, since when, and their circles.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { MemberSummary as Summary } from "@/lib/member-roles/data";

export async function MemberSummary({ base, member }: { base: string; member: Summary }) {
  const [t, all, format] = await Promise.all([getTranslations("review.memberRoles"), getTranslations(), getFormatter()]);
  const term = "font-medium text-slate-700";
  return (
    <section aria-labelledby="member-summary" className="flex flex-col gap-2">
      <h2 id="member-summary" className="sr-only">{t("summary")}</h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className={term}>{t("name")}</dt>
        <dd>{member.name}</dd>
        <dt className={term}>{t("permission")}</dt>
        <dd>{all(`organizations.permissions.${member.permission}`)}</dd>
        <dt className={term}>{t("joined")}</dt>
        <dd>
          <time dateTime={member.joinedAt.toISOString()}>{format.dateTime(member.joinedAt, { dateStyle: "long" })}</time>
        </dd>
        <dt className={term}>{t("circles")}</dt>
        <dd>
          {member.circles.length === 0 ? (
            t("noCircle")
          ) : (
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {member.circles.map((circle) => (
                <li key={circle.id}>
                  <Link href={`${base}/circles/${circle.id}`} className={textLink}>{circle.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
