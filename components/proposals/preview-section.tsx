// « Le registre après adoption »: what the change set would do to the record, difference by
// difference (marked by a sign and a word, not by colour alone), and what cannot apply, with the
// engine's reasons: its dry-run verdict first, then each change the preview could not apply.
import { getTranslations } from "@/lib/i18n/server";
import type { DryRunVerdict } from "@/lib/proposals/dry-run";
import type { Difference } from "@/lib/proposals/preview-context";
import type { PreviewIssue } from "@/lib/proposals/preview";
import { reasonMessageKey } from "@/lib/record/reasons";

const SIGNS: Record<Difference["action"], string> = { added: "+", removed: "−", changed: "~", moved: "→", reordered: "⇅" };

export async function PreviewSection({ differences, issues, verdict }: { differences: Difference[]; issues: PreviewIssue[]; verdict: DryRunVerdict }) {
  const t = await getTranslations();
  const tp = await getTranslations("proposals.preview");
  const engineIssue = verdict && !verdict.ok && !issues.some((issue) => issue.index === verdict.index) ? verdict : null;
  const problems = engineIssue ? [...issues, engineIssue] : issues;
  return (
    <section aria-labelledby="preview-title" className="flex flex-col gap-3">
      <h2 id="preview-title" className="text-xl font-semibold">{tp("title")}</h2>
      {verdict?.ok && problems.length === 0 && <p className="text-sm font-medium text-green-800">✓ {tp("applies")}</p>}
      {problems.length > 0 && (
        <div role="status" className="rounded border border-red-800 p-3">
          <p className="font-semibold text-red-800">⚠ {tp("cannotApply")}</p>
          <ul className="list-disc pl-5 text-sm">
            {problems.map((issue) => (
              <li key={`${issue.index}-${issue.reason}`}>
                {issue.index >= 0 ? tp("issue", { position: issue.index + 1 }) : tp("issueSet")} {t(reasonMessageKey(issue.reason) as never)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {differences.length === 0 ? (
        <p className="text-sm text-slate-700">{tp("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {differences.map((difference, position) => (
            <li key={position} className="rounded border border-slate-300 p-2">
              <p>
                <span aria-hidden="true" className="mr-2 inline-block w-5 text-center font-bold">{SIGNS[difference.action]}</span>
                <span className="font-semibold">{tp(`actions.${difference.action}`)}</span>{" "}
                {tp(`entities.${difference.entity}`)} « {difference.label} »
                {difference.where && <span className="text-slate-700"> — {tp("where", { where: difference.where })}</span>}
              </p>
              {difference.fields.length > 0 && (
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 pl-7 text-sm">
                  {difference.fields.map((field, index) => (
                    <div key={index} className="contents">
                      <dt className="text-slate-700">{t(`proposals.fields.${field.field}` as never)}</dt>
                      <dd className="whitespace-pre-wrap break-words">
                        {field.before ? <><del>{field.before}</del> → <ins>{field.after}</ins></> : <ins className="no-underline">{field.after}</ins>}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
