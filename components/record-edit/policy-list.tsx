// A circle's policies: each editable (title, body in Markdown) and removable, and a form to add one.
import { getTranslations } from "@/lib/i18n/server";
import { EditSection, EditSubsection } from "./edit-section";
import { RecordForm, type FieldSpec } from "./record-form";
import type { EditAction } from "./types";

type Policy = { id: string; title: string; body: string };

export async function PolicyList({ action, circle, policies }: { action: EditAction; circle: { id: string; version: number }; policies: readonly Policy[] }) {
  const t = await getTranslations("recordEdit.policies");
  const version = { expectedVersion: circle.version };
  const fields = (policy?: Policy): FieldSpec[] => [
    { name: "title", label: t("titleField"), defaultValue: policy?.title, required: true, maxLength: 120 },
    { name: "body", label: t("body"), type: "textarea", rows: 5, defaultValue: policy?.body, hint: t("bodyHint"), maxLength: 10000 },
  ];
  return (
    <EditSection id="policies-title" title={t("title")}>
      {policies.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {policies.map((policy) => (
            <li key={policy.id} className="flex flex-col gap-2 rounded-md border border-slate-300 p-4">
              <RecordForm action={action} id={`policy-${policy.id}`} hidden={{ kind: "policy.update", policyId: policy.id, ...version }} fields={fields(policy)} buttons={[{ label: t("save"), variant: "secondary" }]} />
              <RecordForm
                action={action}
                id={`policy-remove-${policy.id}`}
                hidden={{ kind: "policy.remove", policyId: policy.id, ...version }}
                buttons={[{ label: t("remove"), accessibleName: t("removeName", { title: policy.title }), variant: "danger" }]}
              />
            </li>
          ))}
        </ul>
      )}
      <EditSubsection title={t("add")}>
        <RecordForm action={action} id="policy-add" hidden={{ kind: "policy.add", circleId: circle.id, ...version }} fields={fields()} buttons={[{ label: t("addSubmit") }]} />
      </EditSubsection>
    </EditSection>
  );
}
