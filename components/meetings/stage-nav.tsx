// Where the meeting stands (check-in, agenda, items, closing), and for the facilitator the
// buttons that move it to any stage.
import { getTranslations } from "@/lib/i18n/server";
import { ButtonForm } from "@/components/rounds/button-form";
import { stageAction } from "@/lib/meetings/actions";

const STAGES = ["check_in", "agenda", "items", "closing"] as const;

export async function StageNav({ slug, meetingId, stage, facilitates }: { slug: string; meetingId: string; stage: string; facilitates: boolean }) {
  const t = await getTranslations("meetings.stages");
  return (
    <nav aria-label={t("label")}>
      <ol className="flex flex-wrap gap-2">
        {STAGES.map((s) => (
          <li key={s} aria-current={s === stage ? "step" : undefined}>
            {facilitates && s !== stage
              ? <ButtonForm action={stageAction.bind(null, slug, meetingId)} label={t(s)} hidden={{ stage: s }} />
              : <span className={`inline-block rounded-full border px-3 py-1 text-sm ${s === stage ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-400 text-slate-700"}`}>{t(s)}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
