// One circle of the review: its name and path, then each role with its holders and its
// accountabilities, numbered as in the record (the number survives a text filter). On paper a
// role is never split across two pages, and links print as plain black text.
import { Fragment } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { ReviewCircle as Circle } from "@/lib/review/data";
import { PATH_SEPARATOR } from "@/lib/review/export-labels";

// A block of at least 24 × 24 px: a short role name stays a target a finger can hit (WCAG 2.5.8).
const link = "inline-block min-h-6 min-w-6 text-brand-800 underline-offset-4 hover:underline print:text-black print:no-underline";
// Inside a sentence a link must not rely on colour alone.
const inlineLink = "text-brand-800 underline underline-offset-2 print:text-black print:no-underline";

export async function ReviewCircle({ base, circle }: { base: string; circle: Circle }) {
  const t = await getTranslations("review");
  return (
    <section aria-labelledby={`circle-${circle.id}`} className="flex flex-col gap-3 border-t-2 border-slate-300 pt-4 print:border-black">
      <div className="break-after-avoid">
        <h2 id={`circle-${circle.id}`} className="text-xl font-bold">
          <Link href={`${base}/circles/${circle.id}`} className={link}>{circle.name}</Link>
        </h2>
        {circle.path.length > 1 && (
          <p className="text-sm text-slate-700 print:text-black">{t("circle.in", { path: circle.path.slice(0, -1).join(PATH_SEPARATOR) })}</p>
        )}
      </div>
      {circle.roles.map((role) => (
        <article key={role.id} aria-labelledby={`role-${role.id}`} className="break-inside-avoid rounded-md border border-slate-200 p-3 print:border-0 print:p-0">
          <h3 id={`role-${role.id}`} className="font-semibold">
            <Link href={`${base}/roles/${role.id}`} className={link}>{role.name}</Link>
          </h3>
          <p className="text-sm text-slate-700 print:text-black">
            {t("role.holdersLabel")}{" "}
            {role.holders.length === 0 && t("role.noHolder")}
            {role.holders.map((h, index) => (
              <Fragment key={h.membershipId}>
                {index > 0 && ", "}
                <Link href={`${base}/members/${h.membershipId}`} className={inlineLink}>{h.name}</Link>
                {h.focus && ` ${t("role.focus", { focus: h.focus })}`}
              </Fragment>
            ))}
          </p>
          <ol aria-label={t("role.accountabilities", { name: role.name })} className="mt-1 list-decimal ps-6">
            {role.accountabilities.map((a) => (
              <li key={a.id} value={a.position + 1}>{a.description}</li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
