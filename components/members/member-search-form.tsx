// Narrowing a long list of members by name, in a large organisation: a plain GET form (`?member=`),
// so it works without JavaScript and the URL says what is shown. Used where a select offers only
// the first members by name (a role's assignments, a meeting's people).
import { inputClass, secondaryButtonClass } from "@/components/organizations/form-status";

type Props = { label: string; submitLabel: string; search: string };

export function MemberSearchForm({ label, submitLabel, search }: Props) {
  return (
    <form method="get" role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="member-search" className="text-sm font-medium text-slate-900">{label}</label>
        <input id="member-search" name="member" type="search" defaultValue={search} className={inputClass} />
      </div>
      <button type="submit" className={secondaryButtonClass}>{submitLabel}</button>
    </form>
  );
}
