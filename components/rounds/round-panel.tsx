// The current consent round: the version it is on, its deadline or meeting, who has answered (the
// list is shown to participants; others see how many), my answer and the form to change it while
// the round is open, and the buttons to close or escalate it for those who may.
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { answerAction, simpleAction } from "@/lib/rounds/actions";
import { participantList } from "@/lib/rounds/participant-list";
import type { ProcessView } from "@/lib/rounds/data";
import { AnswerForm } from "./answer-form";
import { ButtonForm } from "./button-form";

export async function RoundPanel({ slug, proposalId, view }: { slug: string; proposalId: string; view: ProcessView }) {
  const round = view.state.round;
  if (!round) return null;
  const [t, format] = await Promise.all([getTranslations("rounds"), getFormatter()]);
  const answered = new Set(round.answers.map((a) => a.userId));
  const mine = round.answers.find((a) => a.userId === view.me) ?? null;
  const open = round.status === "open";
  // Bounded, whatever the circle's size (lib/rounds/participant-list.ts).
  const list = participantList(round.participants, answered, (userId) => view.names.get(userId) ?? "—");
  return (
    <section aria-labelledby="round-title" className="flex flex-col gap-3 rounded border border-slate-300 p-4">
      <h3 id="round-title" className="text-lg font-semibold">{t("round.title", { number: round.number, version: round.versionNumber })}</h3>
      <p className="text-sm">
        {t(`round.status.${round.status}`)}
        {round.result && <> · {t(`round.results.${round.result}`)}</>}
        {round.deadlineAt !== null && open && <> · {t("round.deadline", { date: format.dateTime(new Date(round.deadlineAt), { dateStyle: "medium", timeStyle: "short" }) })}</>}
        {!round.asynchronous && <> · {t("round.meeting")}</>}
      </p>
      <p className="text-sm">{t("round.answeredCount", { answered: answered.size, total: round.participants.length })}</p>
      {view.circles.length > 1 && (
        <ul className="flex flex-col gap-1 text-sm" aria-label={t("round.byCircle")} data-testid="round-by-circle">
          {view.circles.map((circle) => {
            const members = round.participants.filter((p) => p.circleId === circle.id).map((p) => p.userId);
            const answers = round.answers.filter((a) => members.includes(a.userId));
            return (
              <li key={circle.id}>
                {t("round.circleLine", { circle: circle.name, answered: answers.length, total: members.length, objections: answers.filter((a) => a.kind === "objection").length })}
              </li>
            );
          })}
        </ul>
      )}
      {view.isParticipant && list.kind === "all" && (
        <ul className="flex flex-col gap-1 text-sm" aria-label={t("round.participants")}>
          {list.rows.map((p) => (
            <li key={p.userId}>
              {p.name} : {p.answered ? t("round.hasAnswered") : t("round.notYet")}
            </li>
          ))}
        </ul>
      )}
      {view.isParticipant && list.kind === "waiting" && (list.rows.length === 0 ? (
        <p className="text-sm">{t("round.nobodyWaiting")}</p>
      ) : (
        <div className="text-sm">
          <p id="round-waiting" className="font-medium">{t("round.waitingFor")}</p>
          <ul aria-labelledby="round-waiting" className="flex flex-wrap gap-x-3 gap-y-1">
            {list.rows.map((p) => <li key={p.userId}>{p.name}</li>)}
          </ul>
          {list.more > 0 && <p>{t("round.andOthers", { count: list.more })}</p>}
        </div>
      ))}
      {mine && (
        <p className="text-sm" data-testid="my-answer">
          {t("round.mine", { kind: t(`answer.kinds.${mine.kind}`) })}{mine.reason && <> — « {mine.reason} »</>}
        </p>
      )}
      {open && !mine && !view.allowed.answer && round.participants.some((p) => p.userId === view.me && p.answersLast) && (
        <p className="text-sm font-medium" data-testid="answers-last">{t("round.answersLast")}</p>
      )}
      {open && view.isParticipant && view.allowed.answer && (
        <AnswerForm action={answerAction.bind(null, slug, proposalId)} abstentionAllowed={round.settings.abstentionAllowed} current={mine ? { kind: mine.kind, reason: mine.reason } : null} />
      )}
      <div className="flex flex-wrap gap-3">
        {view.allowed.close_round && open && <ButtonForm action={simpleAction.bind(null, slug, proposalId, "close")} label={t("actions.close")} />}
        {view.allowed.escalate && <ButtonForm action={simpleAction.bind(null, slug, proposalId, "escalate")} label={t("actions.escalate")} />}
      </div>
    </section>
  );
}
