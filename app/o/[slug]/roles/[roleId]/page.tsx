// /o/[slug]/roles/[roleId]: what a role is for, does and controls, who fills it, and every change
// it went through (?history=<cursor>).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { CursorLinks } from "@/components/ui/cursor-links";
import { HolderList } from "@/components/roles/holder-list";
import { RoleHistory } from "@/components/roles/role-history";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { hrefWith, single } from "@/lib/circles/params";
import { requireMember } from "@/lib/organizations/context";
import { canEditDirectly } from "@/lib/record/policy";
import { loadRolePage } from "@/lib/roles/data";

export async function generateMetadata({ params }: PageProps<"/o/[slug]/roles/[roleId]">): Promise<Metadata> {
  const { slug, roleId } = await params;
  const { organization } = await requireMember(slug);
  const { role } = await loadRolePage(organization, roleId);
  return { title: role?.name ?? (await getTranslations("roles.list"))("title") };
}

export default async function RolePage({ params, searchParams }: PageProps<"/o/[slug]/roles/[roleId]">) {
  const { slug, roleId } = await params;
  const historyCursor = single((await searchParams).history);
  const { organization, membership } = await requireMember(slug);
  const [{ role, history }, t, coreRoles] = await Promise.all([
    loadRolePage(organization, roleId, historyCursor),
    getTranslations("roles.page"),
    getTranslations("record.coreRoles"),
  ]);
  if (!role) notFound();

  const base = `/o/${encodeURIComponent(organization.slug)}`;
  const path = `${base}/roles/${role.id}`;
  const section = "flex flex-col gap-3";
  const h2 = "text-xl font-semibold";

  return (
    <PageMain className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-slate-700">
          {t("inCircle")}{" "}
          <Link href={`${base}/circles/${role.circle.id}`} className={textLink}>
            {role.circle.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{role.name}</h1>
        {role.coreRole && <p className="text-sm text-slate-700">{t("coreRole", { label: coreRoles(role.coreRole) })}</p>}
        <div role="group" aria-label={t("actions")} className="mt-2 flex flex-wrap gap-3">
          <Link href={hrefWith(`${base}/tensions/new`, { circle: role.circle.id, role: role.id })} className={primaryButton}>
            {t("raiseTension")}
          </Link>
          {canEditDirectly(organization.governanceEditMode, membership.permission) && (
            <Link href={`${path}/edit`} className={secondaryButton}>
              {t("edit")}
            </Link>
          )}
        </div>
      </header>

      <section aria-labelledby="purpose-title" className={section}>
        <h2 id="purpose-title" className={h2}>{t("purpose")}</h2>
        <p className="whitespace-pre-line text-slate-800">{role.purpose || t("noPurpose")}</p>
      </section>

      <section aria-labelledby="accountabilities-title" className={section}>
        <h2 id="accountabilities-title" className={h2}>{t("accountabilities")}</h2>
        {role.accountabilities.length === 0 ? (
          <p className="text-slate-700">{t("noAccountabilities")}</p>
        ) : (
          <ol className="ms-6 list-decimal">
            {role.accountabilities.map((accountability) => (
              <li key={accountability.id}>{accountability.description}</li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="domains-title" className={section}>
        <h2 id="domains-title" className={h2}>{t("domains")}</h2>
        {role.domains.length === 0 ? (
          <p className="text-slate-700">{t("noDomains")}</p>
        ) : (
          <ul className="ms-6 list-disc">
            {role.domains.map((domain) => (
              <li key={domain.id}>
                <span className="font-medium">{domain.name}</span>
                {domain.description && <span className="text-slate-700"> — {domain.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="holders-title" className={section}>
        <h2 id="holders-title" className={h2}>{t("holders")}</h2>
        {role.holders.length === 0 ? <p className="text-slate-700">{t("noHolders")}</p> : <HolderList slug={organization.slug} holders={role.holders} />}
      </section>

      <section aria-labelledby="history-title" className={section}>
        <h2 id="history-title" className={h2}>{t("history")}</h2>
        <RoleHistory slug={organization.slug} entries={history.items} />
        <CursorLinks
          list={t("history")}
          isFirstPage={!historyCursor}
          newestHref={`${path}#history-title`}
          olderHref={history.nextCursor ? `${hrefWith(path, { history: history.nextCursor })}#history-title` : null}
        />
      </section>
    </PageMain>
  );
}
