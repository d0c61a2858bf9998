// The check-in or the closing round: each participant's own form, and what was shared.
import { getTranslations } from "@/lib/i18n/server";
import { roundWordAction } from "@/lib/meetings/actions";
import type { MeetingPage } from "@/lib/meetings/data";
import { WordForm } from "./word-form";

type Props = { slug: string; meeting: MeetingPage; round: "checkIn" | "closing"; me: string | null };

export async function RoundWords({ slug, meeting, round, me }: Props) {
  const t = await getTranslations(`meetings.rounds`);
  const said = meeting.participants.filter((p) => p[round]);
  const mine = me ? meeting.participants.find((p) => p.userId === me) : undefined;
  return (
    <section aria-labelledby={`${round}-title`} className="flex flex-col gap-3">
      <h2 id={`${round}-title`} className="text-xl font-semibold">{t(`${round}.title`)}</h2>
      <p className="text-sm text-slate-700">{t(`${round}.explain`)}</p>
      {mine && (
        <WordForm action={roundWordAction.bind(null, slug, meeting.id, round)} id={`${round}-word`} label={t(`${round}.field`)} submit={t(`${round}.save`)} current={mine[round]} />
      )}
      <h3 className="font-semibold">{t("said")}</h3>
      {said.length === 0 ? <p className="text-sm">{t("nothing")}</p> : (
        <ul className="flex flex-col gap-1">
          {said.map((p) => <li key={p.userId}><span className="font-medium">{p.name}</span> : {p[round]}</li>)}
        </ul>
      )}
    </section>
  );
}
