// A list of meetings: title (a link), when, status, circles.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { MeetingListItem } from "@/lib/meetings/data";

type Props = { base: string; items: MeetingListItem[]; empty: string; when: (date: Date, duration: number) => string };

export async function MeetingList({ base, items, empty, when }: Props) {
  if (items.length === 0) return <p>{empty}</p>;
  const t = await getTranslations("meetings");
  return (
    <ul className="flex flex-col gap-3">
      {items.map((m) => (
        <li key={m.id} className="flex flex-col gap-1 rounded border border-slate-300 p-3">
          <Link href={`${base}/${m.id}`} className={`${textLink} font-semibold`}>{m.title}</Link>
          <p className="flex flex-wrap gap-2 text-sm text-slate-700">
            <span className="font-medium">{t(`status.${m.status}` as never)}</span>
            <span>· {when(m.startsAt, m.durationMinutes)}</span>
            <span>· {t("list.circles", { circles: m.circles.join(", ") })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
