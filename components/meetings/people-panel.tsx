// Who is there, who speaks, how long: the participants with their attendance (the facilitator
// records it), the speaking order with whoever has the floor, and the round timer.
import { getTranslations } from "@/lib/i18n/server";
import { ButtonForm } from "@/components/rounds/button-form";
import { attendanceAction, meetingAction, timerAction } from "@/lib/meetings/actions";
import type { MeetingPage } from "@/lib/meetings/data";
import { AttendanceForm } from "./attendance-form";
import { RoundTimer } from "./round-timer";
import { TimerForm } from "./timer-form";

export async function PeoplePanel({ slug, meeting, facilitates }: { slug: string; meeting: MeetingPage; facilitates: boolean }) {
  const t = await getTranslations("meetings");
  const live = meeting.status === "in_progress";
  const speakers = meeting.participants.filter((p) => p.attendance === "present" || p.attendance === "late");
  const present = speakers.length;
  return (
    <aside className="flex flex-col gap-6" aria-label={t("participants.title")}>
      <section aria-labelledby="participants-title" className="flex flex-col gap-2">
        <h2 id="participants-title" className="text-lg font-semibold">{t("participants.title")}</h2>
        <p className="text-sm text-slate-700">{t("participants.count", { present: String(present), total: String(meeting.participants.length) })}</p>
        <ul className="flex flex-col gap-2">
          {meeting.participants.map((p) => (
            <li key={p.userId} className="flex flex-col gap-1" data-testid="participant">
              <span><span className="font-medium">{p.name}</span> — {t(`participants.attendance.${p.attendance}` as never)}</span>
              {facilitates && meeting.status !== "closed" && meeting.status !== "cancelled" && (
                <AttendanceForm action={attendanceAction.bind(null, slug, meeting.id)} userId={p.userId} name={p.name} attendance={p.attendance} />
              )}
            </li>
          ))}
        </ul>
      </section>
      {live && (
        <section aria-labelledby="speaking-title" className="flex flex-col gap-2">
          <h2 id="speaking-title" className="text-lg font-semibold">{t("speaking.title")}</h2>
          <p role="status" data-testid="speaker">{meeting.speakerId ? t("speaking.current", { name: meeting.names.get(meeting.speakerId) ?? "—" }) : t("speaking.none")}</p>
          {speakers.length > 0 && (
            <ol aria-label={t("speaking.order")} className="list-decimal pl-6 text-sm">
              {speakers.map((p) => <li key={p.userId} className={p.userId === meeting.speakerId ? "font-semibold" : undefined}>{p.name}</li>)}
            </ol>
          )}
          {facilitates && <ButtonForm action={meetingAction.bind(null, slug, meeting.id, "speaker")} label={t("speaking.next")} />}
        </section>
      )}
      {live && (
        <section aria-labelledby="timer-title" className="flex flex-col gap-2">
          <h2 id="timer-title" className="text-lg font-semibold">{t("timer.title")}</h2>
          {meeting.timerEndsAt ? <RoundTimer endsAt={meeting.timerEndsAt.toISOString()} /> : <p className="text-sm">{t("timer.none")}</p>}
          {facilitates && <TimerForm action={timerAction.bind(null, slug, meeting.id)} />}
          {facilitates && meeting.timerEndsAt && <ButtonForm action={meetingAction.bind(null, slug, meeting.id, "stopTimer")} label={t("timer.stop")} />}
        </section>
      )}
    </aside>
  );
}
