// How a decision was taken, from its immutable record: participants and their answers, absentees,
// objections with their tests and integrations, concerns (objections found not valid).
import { getTranslations } from "@/lib/i18n/server";
import type { DecisionRecord, RecordObjection } from "@/lib/decisions/record";

const CRITERIA = ["reducesCapacity", "createdByProposal", "notSafeToTry", "limitsObjectorRole", "breaksRules"] as const;

async function ObjectionItem({ o }: { o: RecordObjection }) {
  const [t, tr] = await Promise.all([getTranslations("decisions.page"), getTranslations("rounds")]);
  const tested = CRITERIA.filter((c) => o.criteria[c] !== null);
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-300 p-3">
      <p><span className="font-semibold">{o.name}</span> ({t("roundNumber", { number: o.round })}) : « {o.reason} »</p>
      <p className="text-sm">{tr("objections.verdict", { verdict: tr(`test.verdicts.${o.verdict}` as never) })}{o.testedByName && <> · {tr("objections.testedBy", { name: o.testedByName })}</>}</p>
      {tested.length > 0 && (
        <ul className="list-disc pl-6 text-sm">
          {tested.map((c) => <li key={c}>{tr(`criteria.${c}`)} : {o.criteria[c] ? tr("objections.yes") : tr("objections.no")}</li>)}
        </ul>
      )}
      {o.note && <p className="text-sm">{tr("objections.note", { note: o.note })}</p>}
      {o.integrationVersion !== null && <p className="text-sm">{tr("objections.integratedIn", { version: o.integrationVersion })}</p>}
    </li>
  );
}

export async function DecisionRecordView({ record }: { record: DecisionRecord }) {
  const [t, tr] = await Promise.all([getTranslations("decisions.page"), getTranslations("rounds")]);
  return (
    <>
      <section aria-labelledby="participants-title" className="flex flex-col gap-2">
        <h2 id="participants-title" className="text-xl font-semibold">{t("participants")}</h2>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {record.participants.map((p) => <li key={p.userId}>{p.name} : {p.answer ? tr(`answer.kinds.${p.answer}` as never) : t("absent")}</li>)}
        </ul>
        <h3 className="font-semibold">{t("absentees")}</h3>
        <p>{record.absentees.length === 0 ? t("none") : record.absentees.map((a) => a.name).join(", ")}</p>
      </section>
      <section aria-labelledby="objections-title" className="flex flex-col gap-2">
        <h2 id="objections-title" className="text-xl font-semibold">{t("objections")}</h2>
        {record.objections.length === 0 ? <p>{t("none")}</p> : <ul className="flex flex-col gap-2">{record.objections.map((o) => <ObjectionItem key={o.id} o={o} />)}</ul>}
      </section>
      <section aria-labelledby="concerns-title" className="flex flex-col gap-2">
        <h2 id="concerns-title" className="text-xl font-semibold">{t("concerns")}</h2>
        <p className="text-sm text-slate-700">{t("concernsExplain")}</p>
        {record.concerns.length === 0 ? <p>{t("none")}</p> : (
          <ul className="flex list-disc flex-col gap-1 pl-6">{record.concerns.map((o) => <li key={o.id}>{o.name} : « {o.reason} »{o.note && <> — {o.note}</>}</li>)}</ul>
        )}
      </section>
    </>
  );
}
