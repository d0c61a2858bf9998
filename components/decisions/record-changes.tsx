// The entries of the governance record a decision changed (RecordChange.decisionId), each linked to
// the page of the circle or role it concerns, where its history also points back to the decision.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { DecisionForPage } from "@/lib/decisions/data";

type Change = DecisionForPage["recordChanges"][number];

function target(slug: string, c: Change): string | null {
  const base = `/o/${encodeURIComponent(slug)}`;
  if (c.entity === "circle") return `${base}/circles/${c.entityId}`;
  if (c.entity === "role") return `${base}/roles/${c.entityId}`;
  if (c.roleId) return `${base}/roles/${c.roleId}`;
  return c.circleId ? `${base}/circles/${c.circleId}` : null;
}

function label(c: Change): string {
  const row = (c.after ?? c.before ?? {}) as { name?: string; description?: string; title?: string };
  return row.name ?? row.description ?? row.title ?? "";
}

export async function RecordChanges({ slug, changes }: { slug: string; changes: DecisionForPage["recordChanges"] }) {
  const t = await getTranslations("decisions.page");
  if (changes.length === 0) return <p className="text-sm text-slate-700">{t("noRecordChanges")}</p>;
  return (
    <ul className="flex list-disc flex-col gap-1 pl-6">
      {changes.map((c) => {
        const href = target(slug, c);
        const text = t("recordChange", { entity: t(`entities.${c.entity}`), action: t(`actions.${c.action}`), name: label(c) });
        return <li key={c.id}>{href ? <Link href={href} className={textLink}>{text}</Link> : text}</li>;
      })}
    </ul>
  );
}
