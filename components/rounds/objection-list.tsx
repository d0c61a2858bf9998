// The objections of the current round: who raised them and why, their test criterion by criterion,
// the verdict, the integration (which version, confirmed by whom), and the forms of those who may
// test or confirm. Objections are public to the organisation: the record keeps them anyway.
import { getTranslations } from "@/lib/i18n/server";
import { confirmAction, testObjectionAction } from "@/lib/rounds/actions";
import type { ProcessView } from "@/lib/rounds/data";
import { ButtonForm } from "./button-form";
import { TestObjectionForm } from "./test-form";

// Confirming twice changes nothing: the button goes once this person has confirmed.
function confirmedByMe(view: ProcessView, objectorId: string, o: ProcessView["objections"][number]["objection"]): boolean {
  if (view.me === objectorId && o.objectorConfirmedAt === null) return false;
  if (view.me === view.state.proposerId && o.proposerConfirmedAt === null) return false;
  return true;
}

const CRITERIA = ["reducesCapacity", "createdByProposal", "notSafeToTry", "limitsObjectorRole", "breaksRules"] as const;

export async function ObjectionList({ slug, proposalId, view }: { slug: string; proposalId: string; view: ProcessView }) {
  if (view.objections.length === 0) return null;
  const t = await getTranslations("rounds");
  return (
    <section aria-labelledby="objections-title" className="flex flex-col gap-3">
      <h3 id="objections-title" className="text-lg font-semibold">{t("objections.title")}</h3>
      <ul className="flex flex-col gap-4">
        {view.objections.map((a) => {
          const o = a.objection;
          const name = view.names.get(a.userId) ?? "—";
          const tested = CRITERIA.filter((c) => o.criteria[c] !== null);
          return (
            <li key={a.id} className="flex flex-col gap-2 rounded border border-slate-300 p-3">
              <p><span className="font-semibold">{name}</span> : « {a.reason} »</p>
              <p className="text-sm">{t("objections.verdict", { verdict: t(`test.verdicts.${o.verdict}`) })}{o.testedBy && <> · {t("objections.testedBy", { name: view.names.get(o.testedBy) ?? "—" })}</>}</p>
              {tested.length > 0 && (
                <ul className="list-disc pl-6 text-sm">
                  {tested.map((c) => <li key={c}>{t(`criteria.${c}`)} : {o.criteria[c] ? t("objections.yes") : t("objections.no")}</li>)}
                </ul>
              )}
              {o.note && <p className="text-sm">{t("objections.note", { note: o.note })}</p>}
              {o.integrationVersion !== null && (
                <p className="text-sm">
                  {t("objections.integratedIn", { version: o.integrationVersion })} · {t(o.objectorConfirmedAt ? "objections.objectorConfirmed" : "objections.objectorPending")} · {t(o.proposerConfirmedAt ? "objections.proposerConfirmed" : "objections.proposerPending")}
                </p>
              )}
              {a.mayConfirm && o.integrationVersion !== null && !confirmedByMe(view, a.userId, o) && (
                <ButtonForm action={confirmAction.bind(null, slug, proposalId)} hidden={{ objectionId: a.id }} label={t("actions.confirm", { name })} />
              )}
              {a.mayTest && o.verdict === "pending" && <TestObjectionForm action={testObjectionAction.bind(null, slug, proposalId)} objectionId={a.id} objector={name} />}
              {a.mayTest && o.verdict !== "pending" && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("objections.retest")}</summary>
                  <TestObjectionForm action={testObjectionAction.bind(null, slug, proposalId)} objectionId={a.id} objector={name} />
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
