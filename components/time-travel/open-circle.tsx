// One circle as it stood on a date: its purpose, its roles with their accountabilities and
// domains, the domains it keeps itself, and its policies. Headings continue from the page's h3.
import { getTranslations } from "@/lib/i18n/server";
import type { OpenCircle as OpenCircleData } from "@/lib/time-travel/tree";

export async function OpenCircle({ open, heading }: { open: OpenCircleData; heading: string }) {
  const t = await getTranslations("timeTravel.at");
  const { circle, roles, domains, policies } = open;
  return (
    <section aria-labelledby="open-circle" className="flex flex-col gap-3">
      <h3 id="open-circle" className="text-lg font-semibold">{heading}</h3>
      {circle.purpose && <p className="text-slate-700">{t("purpose", { purpose: circle.purpose })}</p>}
      <h4 className="font-semibold">{t("roles")}</h4>
      {roles.length === 0 ? (
        <p>{t("noRoles")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {roles.map((role) => (
            <li key={role.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">{role.name}</p>
              {role.purpose && <p className="text-sm text-slate-700">{t("purpose", { purpose: role.purpose })}</p>}
              {role.accountabilities.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noAccountabilities")}</p>
              ) : (
                <ul className="ms-5 list-disc text-sm">
                  {role.accountabilities.map((a) => <li key={a.id}>{a.description}</li>)}
                </ul>
              )}
              {role.domains.length > 0 && (
                <p className="mt-1 text-sm">{t("domainsOf", { names: role.domains.map((domain) => domain.name).join(", ") })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {domains.length > 0 && (
        <>
          <h4 className="font-semibold">{t("domains")}</h4>
          <ul className="ms-5 list-disc">{domains.map((domain) => <li key={domain.id}>{domain.name}</li>)}</ul>
        </>
      )}
      {policies.length > 0 && (
        <>
          <h4 className="font-semibold">{t("policies")}</h4>
          <ul className="ms-5 list-disc">{policies.map((policy) => <li key={policy.id}>{policy.title}</li>)}</ul>
        </>
      )}
    </section>
  );
}
