// The members of a circle, one page of them, each linking to their page.
import { getTranslations } from "@/lib/i18n/server";
import type { CircleMemberPage } from "@/lib/circles/members";
import { PageLinks } from "./page-links";

type Props = { slug: string; list: CircleMemberPage; hrefFor: (page: number) => string };

export async function CircleMembers({ slug, list, hrefFor }: Props) {
  const t = await getTranslations("circles.page");
  const base = `/o/${encodeURIComponent(slug)}/members`;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-slate-700">{t("membersCount", { count: list.total })}</p>
      {list.members.length > 0 && (
        <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
          {list.members.map((member) => (
            <li key={member.membershipId}>
              <a href={`${base}/${member.membershipId}`} className="link">
                {member.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <PageLinks list={t("members")} page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
