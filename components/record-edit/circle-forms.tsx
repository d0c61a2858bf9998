// The forms about the circle itself: its name, purpose and kind; then its place in the tree and
// archiving. The general circle keeps its kind and place and is never archived: the page says so.
import { getTranslations } from "@/lib/i18n/server";
import type { CircleForEdit, CircleOption } from "@/lib/record/edit-data";
import { ArchiveForm } from "./archive-form";
import { EditSection } from "./edit-section";
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

export const CIRCLE_KINDS = ["pole", "project", "support_function", "group"] as const;

export async function CircleIdentityForm({ action, circle }: { action: EditAction; circle: CircleForEdit }) {
  const t = await getTranslations("recordEdit");
  const isGeneral = circle.kind === "general";
  return (
    <EditSection id="identity-title" title={t("circle.identity.title")}>
      <RecordForm
        action={action}
        id="circle-identity"
        hidden={{ kind: "circle.update", circleId: circle.id, expectedVersion: circle.version }}
        fields={[
          { name: "name", label: t("circle.identity.name"), defaultValue: circle.name, required: true, maxLength: 120 },
          { name: "purpose", label: t("circle.identity.purpose"), type: "textarea", defaultValue: circle.purpose, maxLength: 2000 },
          ...(isGeneral
            ? []
            : [{ name: "circleKind", label: t("circle.identity.kind"), type: "select" as const, defaultValue: circle.kind, options: CIRCLE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })) }]),
        ]}
        buttons={[{ label: t("circle.identity.submit") }]}
      />
    </EditSection>
  );
}

/** Moving and archiving, last on the page: they change where the circle is, or end it. */
export async function CircleMoveAndArchive({ action, circle, parents }: { action: EditAction; circle: CircleForEdit; parents: readonly CircleOption[] }) {
  const t = await getTranslations("recordEdit");
  const version = { expectedVersion: circle.version, circleId: circle.id };
  const isGeneral = circle.kind === "general";
  return (
    <>
      <EditSection id="move-title" title={t("circle.move.title")}>
        {isGeneral ? (
          <p className="text-slate-700">{t("circle.move.general")}</p>
        ) : (
          <RecordForm
            action={action}
            id="circle-move"
            hidden={{ kind: "circle.move", ...version }}
            fields={[{ name: "parentId", label: t("circle.move.parent"), type: "select", defaultValue: circle.parentId ?? "", hint: t("circle.move.hint"), options: parents.map((parent) => ({ value: parent.id, label: parent.label })) }]}
            buttons={[{ label: t("circle.move.submit") }]}
          />
        )}
      </EditSection>
      <EditSection id="archive-title" title={t("circle.archive.title")}>
        {isGeneral ? (
          <p className="text-slate-700">{t("circle.archive.general")}</p>
        ) : (
          <ArchiveForm
            action={action}
            id="circle-archive"
            hidden={{ kind: "circle.archive", ...version }}
            summary={t("circle.archive.summary")}
            warning={t("circle.archive.warning")}
            confirm={t("circle.archive.confirm", { name: circle.name })}
          />
        )}
      </EditSection>
    </>
  );
}
