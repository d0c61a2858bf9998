// The change sets of two versions side by side: each row is a change kept, added, removed or
// changed, marked by a word and a sign (not colour alone).
import { getTranslations } from "@/lib/i18n/server";
import type { ChangeSetStep } from "@/lib/proposals/change-set-diff";
import type { Labels } from "@/lib/proposals/labels";
import { ChangeSummary } from "./change-summary";

const SIGNS = { same: "=", added: "+", removed: "−", changed: "~" } as const;

export async function ChangeSetComparison({ steps, labels, a, b }: { steps: ChangeSetStep[]; labels: Labels; a: number; b: number }) {
  const t = await getTranslations("proposals.compare");
  return (
    <section aria-labelledby="changes-diff" className="flex flex-col gap-3">
      <h2 id="changes-diff" className="text-xl font-semibold">{t("changes")}</h2>
      {steps.length === 0 ? <p className="text-sm text-slate-700">{t("noChanges")}</p> : (
        <table className="w-full table-fixed border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className="w-32 border-b border-slate-400 p-2 text-left">{t("state")}</th>
              <th scope="col" className="border-b border-slate-400 p-2 text-left">{t("option", { number: a })}</th>
              <th scope="col" className="border-b border-slate-400 p-2 text-left">{t("option", { number: b })}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => {
              const left = step.kind === "changed" ? step.before : step.kind === "added" ? null : step.change;
              const right = step.kind === "changed" ? step.after : step.kind === "removed" ? null : step.change;
              return (
                <tr key={index} className="align-top">
                  <th scope="row" className="border-b border-slate-200 p-2 text-left font-semibold">
                    <span aria-hidden="true" className="mr-1">{SIGNS[step.kind]}</span>{t(`steps.${step.kind}`)}
                  </th>
                  <td className="border-b border-slate-200 p-2">{left ? <ChangeSummary change={left} labels={labels} /> : <span className="text-slate-700">—</span>}</td>
                  <td className="border-b border-slate-200 p-2">{right ? <ChangeSummary change={right} labels={labels} /> : <span className="text-slate-700">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
