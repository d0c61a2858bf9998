// The forms about the role itself: name and purpose, then (last on the page) its circle and
// archiving. Core roles live and end with their circle: instead of moving and archiving, the page
// says why.
import { getTranslations } from "@/lib/i18n/server";
import type { CircleOption, RoleForEdit } from "@/lib/record/edit-data";
import { ArchiveForm } from "./archive-form";
import { EditSection } from "./edit-section";
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

export async function RoleIdentityForm({ action, role }: { action: EditAction; role: RoleForEdit }) {
  const t = await getTranslations("recordEdit.role");
  return (
    <EditSection id="identity-title" title={t("identity.title")}>
      <RecordForm
        action={action}
        id="role-identity"
        hidden={{ kind: "role.update", roleId: role.id, expectedVersion: role.version }}
        fields={[
          { name: "name", label: t("identity.name"), defaultValue: role.name, required: true, maxLength: 120 },
          { name: "purpose", label: t("identity.purpose"), type: "textarea", defaultValue: role.purpose, maxLength: 2000 },
        ]}
        buttons={[{ label: t("identity.submit") }]}
      />
    </EditSection>
  );
}

/** Moving and archiving, last on the page: they change where the role is, or end it. */
export async function RoleMoveAndArchive({ action, role, circles }: { action: EditAction; role: RoleForEdit; circles: readonly CircleOption[] }) {
  const t = await getTranslations("recordEdit.role");
  const version = { roleId: role.id, expectedVersion: role.version };
  return (
    <>
      {role.coreRole ? (
        <p className="max-w-3xl text-slate-700">{t("core")}</p>
      ) : (
        <>
          <EditSection id="move-title" title={t("move.title")}>
            <RecordForm
              action={action}
              id="role-move"
              hidden={{ kind: "role.move", ...version }}
              fields={[{ name: "circleId", label: t("move.circle"), type: "select", defaultValue: role.circle.id, hint: t("move.hint"), options: circles.map((circle) => ({ value: circle.id, label: circle.label })) }]}
              buttons={[{ label: t("move.submit") }]}
            />
          </EditSection>
          <EditSection id="archive-title" title={t("archive.title")}>
            <ArchiveForm
              action={action}
              id="role-archive"
              hidden={{ kind: "role.archive", ...version }}
              summary={t("archive.summary")}
              warning={t("archive.warning")}
              confirm={t("archive.confirm", { name: role.name })}
            />
          </EditSection>
        </>
      )}
    </>
  );
}
