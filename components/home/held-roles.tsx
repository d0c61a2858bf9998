import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { Bounded, HeldRole } from "@/lib/home/data";
import { HomeSection } from "./home-section";

export async function HeldRoles({ base, roles }: { base: string; roles: Bounded<HeldRole> }) {
  const [t, format] = await Promise.all([getTranslations("home.roles"), getFormatter()]);
  return (
    <HomeSection
      id="home-roles"
      title={t("title")}
      countSentence={t("count", { count: roles.total })}
      emptyHint={t("empty")}
      shown={roles.items.length}
      total={roles.total}
      seeAllHref={`${base}/roles`}
    >
      {roles.items.map((role) => (
        <li key={role.assignmentId} className="py-3">
          <Link href={`${base}/roles/${role.roleId}`} className={`${textLink} font-medium`}>
            {role.roleName}
          </Link>
          <p className="text-sm text-slate-700">
            {t("inCircle", { circle: role.circleName })}
            {role.focus ? ` · ${t("focus", { focus: role.focus })}` : null}
          </p>
          {role.termEndsOn ? (
            <p className="text-sm text-slate-700">
              {/* Terms are calendar dates stored as UTC midnight: format them in UTC to keep the day. */}
              {t("termEndsOn", { date: format.dateTime(role.termEndsOn, { dateStyle: "long", timeZone: "UTC" }) })}
              {role.term === "endsSoon" || role.term === "ended" ? (
                <strong className="ms-2 rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">
                  {t(role.term)}
                </strong>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </HomeSection>
  );
}
