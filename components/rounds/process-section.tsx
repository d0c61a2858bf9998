// The consent process of a proposal, on its page (consent.md §2): where it stands, its outcome, the
// current round and its objections, and only the actions the current member may take (policy.ts).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { MemberContext } from "@/lib/organizations/context";
import { amendAction, openRoundAction, resumeAction, simpleAction, submitAction } from "@/lib/rounds/actions";
import { processView } from "@/lib/rounds/data";
import { PROCESS_STEPS, type ProcessStep } from "@/lib/consent/types";
import { textLink } from "@/components/ui/styles";
import { dangerButtonClass } from "@/components/organizations/form-status";
import { AmendForm } from "./amend-form";
import { ButtonForm } from "./button-form";
import { ObjectionList } from "./objection-list";
import { OpenRoundForm } from "./open-round-form";
import { PathForm } from "./path-form";
import { RoundPanel } from "./round-panel";

export async function ProcessSection({ context, slug, proposalId }: { context: MemberContext; slug: string; proposalId: string }) {
  const view = await processView(context, proposalId);
  if (!view) return null;
  const t = await getTranslations("rounds");
  const { state, allowed } = view;
  const base = `/o/${encodeURIComponent(slug)}`;
  const standing = view.objections.filter((a) => (a.objection.verdict === "pending" || a.objection.verdict === "valid") && !(a.objection.objectorConfirmedAt && a.objection.proposerConfirmedAt && a.objection.integrationVersion !== null));
  return (
    <section aria-labelledby="process-title" className="flex flex-col gap-4">
      <h2 id="process-title" className="text-xl font-semibold">{t("title")}</h2>
      {state.status === "in_process" && state.step && (
        <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("steps.label")}>
          {PROCESS_STEPS.map((step) => (
            <li key={step} aria-current={step === state.step ? "step" : undefined}
              className={`rounded-full border px-3 py-1 ${step === state.step ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-400 text-slate-700"}`}>
              {t(`steps.${step}`)}
            </li>
          ))}
        </ol>
      )}
      {state.status === "draft" && <p className="text-sm">{t("draft")}</p>}
      {state.status !== "draft" && state.status !== "in_process" && (
        <p role="status" className="font-medium">
          {t(`outcomes.${state.status}`)}{" "}
          {view.decisionId && <Link href={`${base}/decisions/${view.decisionId}`} className={textLink}>{t("seeDecision")}</Link>}
        </p>
      )}
      {view.conflict && (
        <div role="alert" className="rounded border border-red-800 p-3 text-sm text-red-800">
          <p className="font-semibold">{t("conflict.title")}</p>
          <p>{t("conflict.body", { position: view.conflict.index + 1, kind: view.conflict.kind ?? "—", reason: t(`conflict.reasons.${view.conflict.reason}` as never) })}</p>
        </div>
      )}

      {allowed.submit && <PathForm action={submitAction.bind(null, slug, proposalId)} id="submit-path" submitLabel={t("actions.submit")} />}
      {allowed.resume && <PathForm action={resumeAction.bind(null, slug, proposalId)} id="resume-path" submitLabel={t("actions.resume")} />}
      {allowed.advance && state.step && <ButtonForm action={simpleAction.bind(null, slug, proposalId, "advance")} label={t("actions.advance", { step: t(`steps.${nextStep(state.step)}`) })} />}
      {allowed.open_round && <OpenRoundForm action={openRoundAction.bind(null, slug, proposalId)} defaultHours={state.settings.defaultDeadlineHours} version={state.currentVersion} />}

      <RoundPanel slug={slug} proposalId={proposalId} view={view} />
      <ObjectionList slug={slug} proposalId={proposalId} view={view} />

      {allowed.amend && standing.length > 0 && (
        <section aria-labelledby="amend-title" className="flex flex-col gap-2">
          <h3 id="amend-title" className="text-lg font-semibold">{t("amend.title")}</h3>
          <p className="text-sm"><Link href={`${base}/proposals/${proposalId}/edit`} className={textLink}>{t("amend.editor")}</Link></p>
          <AmendForm action={amendAction.bind(null, slug, proposalId)} version={state.currentVersion} text={view.version}
            objections={standing.map((a) => ({ id: a.id, label: `${view.names.get(a.userId) ?? "—"} : « ${a.reason} »` }))} />
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        {allowed.abandon && <ButtonForm action={simpleAction.bind(null, slug, proposalId, "abandon")} label={t("actions.abandon")} className={dangerButtonClass} />}
        {allowed.withdraw && <ButtonForm action={simpleAction.bind(null, slug, proposalId, "withdraw")} label={t("actions.withdraw")} className={dangerButtonClass} />}
      </div>
    </section>
  );
}

function nextStep(step: ProcessStep): ProcessStep {
  return PROCESS_STEPS[PROCESS_STEPS.indexOf(step) + 1] ?? step;
}
