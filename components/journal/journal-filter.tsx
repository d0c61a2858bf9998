// Filter of the journal by circle: a plain GET form, so it works without JavaScript and each
// filtered view has its own URL.
import { getTranslations } from "@/lib/i18n/server";
import { secondaryButton } from "@/components/ui/styles";

export async function JournalFilter({ action, circles, selected }: { action: string; circles: { id: string; name: string }[]; selected: string | null }) {
  const t = await getTranslations("journal.page");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="journal-circle" className="font-medium text-slate-900">
          {t("filterLabel")}
        </label>
        <select id="journal-circle" name="circle" defaultValue={selected ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("allCircles")}</option>
          {circles.map((circle) => (
            <option key={circle.id} value={circle.id}>
              {circle.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButton}>
        {t("filter")}
      </button>
    </form>
  );
}
