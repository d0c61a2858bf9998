// A line diff of one text between two versions: added lines marked « + » and a label, removed
// lines « − », so that the difference reads without colour.
import { getTranslations } from "@/lib/i18n/server";
import { hasDifferences, lineDiff } from "@/lib/proposals/line-diff";

export async function TextDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const t = await getTranslations("proposals.compare");
  const diff = lineDiff(before, after);
  return (
    <section aria-label={label} className="flex flex-col gap-1">
      <h3 className="font-semibold">{label}</h3>
      {!hasDifferences(diff) ? (
        <p className="text-sm text-slate-700">{t("unchanged")}</p>
      ) : (
        <ol className="rounded border border-slate-300 font-mono text-sm">
          {diff.map((line, index) => (
            <li
              key={index}
              className={line.kind === "added" ? "bg-green-50 text-green-900" : line.kind === "removed" ? "bg-red-50 text-red-900 line-through" : "text-slate-800"}
            >
              <span aria-hidden="true" className="inline-block w-5 select-none text-center">{line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " "}</span>
              {line.kind !== "same" && <span className="sr-only">{t(line.kind)} : </span>}
              <span className="whitespace-pre-wrap">{line.text || " "}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
