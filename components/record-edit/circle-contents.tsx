// What a circle holds that has its own edit page: its sub-circles and its roles, each listed with
// a link to edit it, and the forms that create a new one.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { CircleForEdit } from "@/lib/record/edit-data";
import { CIRCLE_KINDS } from "./circle-forms";
import { EditSection, EditSubsection } from "./edit-section";
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

export async function CircleContents({ action, slug, circle }: { action: EditAction; slug: string; circle: CircleForEdit }) {
  const t = await getTranslations("recordEdit");
  const base = `/o/${encodeURIComponent(slug)}`;
  const version = { expectedVersion: circle.version };
  return (
    <>
      <EditSection id="children-title" title={t("circle.children.title")}>
        {circle.children.length === 0 ? (
          <p className="text-slate-700">{t("circle.children.empty")}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {circle.children.map((child) => (
              <li key={child.id}>
                <Link href={`${base}/circles/${child.id}/edit`} className={textLink}>
                  {t("circle.children.edit", { name: child.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <EditSubsection title={t("circle.children.create")}>
          <RecordForm
            action={action}
            id="circle-create"
            hidden={{ kind: "circle.create", parentId: circle.id, ...version }}
            fields={[
              { name: "name", label: t("circle.identity.name"), required: true, maxLength: 120 },
              { name: "circleKind", label: t("circle.identity.kind"), type: "select", defaultValue: "pole", options: CIRCLE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })) },
              { name: "purpose", label: t("circle.identity.purpose"), type: "textarea", maxLength: 2000 },
            ]}
            buttons={[{ label: t("circle.children.submit") }]}
          />
        </EditSubsection>
      </EditSection>
      <EditSection id="roles-title" title={t("circle.roles.title")}>
        {circle.roles.length === 0 ? (
          <p className="text-slate-700">{t("circle.roles.empty")}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {circle.roles.map((role) => (
              <li key={role.id}>
                <Link href={`${base}/roles/${role.id}/edit`} className={textLink}>
                  {t("circle.roles.edit", { name: role.name })}
                </Link>
                {role.coreRole && <span className="text-sm text-slate-600"> ({t("circle.roles.core")})</span>}
              </li>
            ))}
          </ul>
        )}
        <EditSubsection title={t("circle.roles.create")}>
          <RecordForm
            action={action}
            id="role-create"
            hidden={{ kind: "role.create", circleId: circle.id, ...version }}
            fields={[
              { name: "name", label: t("role.identity.name"), required: true, maxLength: 120 },
              { name: "purpose", label: t("role.identity.purpose"), type: "textarea", maxLength: 2000 },
              { name: "accountabilities", label: t("circle.roles.accountabilities"), type: "textarea", rows: 4, hint: t("circle.roles.accountabilitiesHint") },
            ]}
            buttons={[{ label: t("circle.roles.submit") }]}
          />
        </EditSubsection>
      </EditSection>
    </>
  );
}
