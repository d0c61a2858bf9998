// The circle field of a list's filter form (roles, tensions, review): a native select, circles
// indented by depth (no markup is allowed in options). In a large organisation it offers the first
// two levels and the chosen circle (lib/circles/filter-options.ts), and says so.
import { getTranslations } from "@/lib/i18n/server";
import { circleFilterOptions } from "@/lib/circles/filter-options";

type Circle = { id: string; parentId: string | null; name: string; depth: number };

type Props = {
  id: string;
  label: string;
  /** The empty option's text ("all circles"). */
  allLabel: string;
  circles: readonly Circle[];
  selectedId?: string | null;
  labelClassName?: string;
  selectClassName?: string;
};

export async function CircleFilterSelect({ id, label, allLabel, circles, selectedId, labelClassName, selectClassName }: Props) {
  const t = await getTranslations("circles.filter");
  const { options, partial } = circleFilterOptions(circles, selectedId);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select id={id} name="circle" defaultValue={selectedId ?? ""} className={selectClassName} aria-describedby={partial ? `${id}-hint` : undefined}>
        <option value="">{allLabel}</option>
        {options.map((circle) => (
          <option key={circle.id} value={circle.id}>{`${"\u00a0\u00a0".repeat(circle.depth)}${circle.name}`}</option>
        ))}
      </select>
      {partial && (
        <p id={`${id}-hint`} className="max-w-xs text-sm text-slate-700">
          {t("partial")}
        </p>
      )}
    </div>
  );
}
