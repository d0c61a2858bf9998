// The search box: a plain GET form to /o/[slug]/search, so it works without JavaScript and each
// search has its URL. Used on the search page and, compact, in the organisation bar.
import { getTranslations } from "@/lib/i18n/server";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

type Props = { slug: string; id: string; defaultValue?: string; compact?: boolean; errorId?: string };

export async function SearchForm({ slug, id, defaultValue = "", compact = false, errorId }: Props) {
  const t = await getTranslations("search.form");
  const hintId = `${id}-hint`;
  const describedBy = [compact ? null : hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    // Only the bar's box is a search landmark: the page's own box lives in its main landmark.
    <form role={compact ? "search" : undefined} action={`/o/${encodeURIComponent(slug)}/search`} method="get" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className={compact ? "sr-only" : "font-medium"}>
          {t("label")}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={compact ? 200 : undefined}
          aria-describedby={describedBy}
          aria-invalid={errorId ? true : undefined}
          className={`rounded-md border border-slate-500 bg-white px-3 py-2 ${compact ? "w-44" : "w-80 max-w-full"}`}
        />
      </div>
      <button type="submit" className={compact ? secondaryButton : primaryButton}>
        {t("submit")}
      </button>
      {!compact && (
        <p id={hintId} className="basis-full text-sm text-slate-600">
          {t("hint")}
        </p>
      )}
    </form>
  );
}
