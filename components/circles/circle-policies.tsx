// The rules of a circle: each policy's title and its Markdown text.
import { getTranslations } from "@/lib/i18n/server";
import type { PolicyRow } from "@/lib/circles/content";
import { PolicyBody } from "./policy-body";

export async function CirclePolicies({ policies }: { policies: PolicyRow[] }) {
  const t = await getTranslations("circles.page");
  if (policies.length === 0) return <p className="text-slate-700">{t("noPolicies")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {policies.map((policy) => (
        <li key={policy.id} className="rounded-md border border-slate-200 p-3">
          <h3 className="font-semibold">{policy.title}</h3>
          <PolicyBody text={policy.body} />
        </li>
      ))}
    </ul>
  );
}
