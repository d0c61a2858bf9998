// A role's accountabilities, in order: each can be reworded, removed, or moved up or down (the
// buttons send `accountability.reorder` with the order as rendered), and a new one added at the end.
import { getTranslations } from "@/lib/i18n/server";
import type { ButtonSpec } from "./record-form";
import { EditSection, EditSubsection } from "./edit-section";
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

type Props = { action: EditAction; role: { id: string; version: number }; accountabilities: readonly { id: string; description: string }[] };

export async function AccountabilityList({ action, role, accountabilities }: Props) {
  const t = await getTranslations("recordEdit.accountabilities");
  const version = { expectedVersion: role.version };
  const order = accountabilities.map((accountability) => accountability.id);
  return (
    <EditSection id="accountabilities-title" title={t("title")}>
      {accountabilities.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {accountabilities.map((accountability, index) => {
            const position = index + 1;
            const moves: ButtonSpec[] = [
              ...(index > 0 ? [{ label: t("moveUp"), accessibleName: t("moveUpName", { position }), name: "move", value: "up", variant: "secondary" as const }] : []),
              ...(index < order.length - 1 ? [{ label: t("moveDown"), accessibleName: t("moveDownName", { position }), name: "move", value: "down", variant: "secondary" as const }] : []),
            ];
            return (
              <li key={accountability.id} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-300 p-3">
                <div className="min-w-64 flex-1">
                  <RecordForm
                    action={action}
                    id={`accountability-${accountability.id}`}
                    inline
                    hidden={{ kind: "accountability.update", accountabilityId: accountability.id, ...version }}
                    fields={[{ name: "description", label: t("label", { position }), defaultValue: accountability.description, required: true, maxLength: 500 }]}
                    buttons={[{ label: t("save"), accessibleName: t("saveName", { position }), variant: "secondary" }]}
                  />
                </div>
                {moves.length > 0 && (
                  <RecordForm
                    action={action}
                    id={`accountability-move-${accountability.id}`}
                    inline
                    hidden={{ kind: "accountability.reorder", roleId: role.id, accountabilityId: accountability.id, order, ...version }}
                    buttons={moves}
                  />
                )}
                <RecordForm
                  action={action}
                  id={`accountability-remove-${accountability.id}`}
                  inline
                  hidden={{ kind: "accountability.remove", accountabilityId: accountability.id, ...version }}
                  buttons={[{ label: t("remove"), accessibleName: t("removeName", { position }), variant: "danger" }]}
                />
              </li>
            );
          })}
        </ol>
      )}
      <EditSubsection title={t("add")}>
        <RecordForm
          action={action}
          id="accountability-add"
          hidden={{ kind: "accountability.add", roleId: role.id, ...version }}
          fields={[{ name: "description", label: t("add"), hint: t("addHint"), required: true, maxLength: 500 }]}
          buttons={[{ label: t("addSubmit") }]}
        />
      </EditSubsection>
    </EditSection>
  );
}
