// A circle's domains (on the circle page: any holder may be chosen) or a role's (on the role page:
// the role keeps them). Domains belong to the circle's record, so every form sends the circle's
// version.
import { getTranslations } from "@/lib/i18n/server";
import { EditSection, EditSubsection } from "./edit-section";
import { RecordForm, type FieldSpec } from "./record-form";
import type { EditAction } from "./types";

type Domain = { id: string; name: string; description: string; roleId?: string | null };

type Props = {
  action: EditAction;
  circle: { id: string; version: number };
  domains: readonly Domain[];
  /** Circle page: the roles that may hold a domain. Role page: omitted. */
  holders?: readonly { id: string; name: string }[];
  /** Role page: the role new domains go to. */
  roleId?: string;
};

export async function DomainList({ action, circle, domains, holders, roleId }: Props) {
  const t = await getTranslations("recordEdit.domains");
  const version = { expectedVersion: circle.version };
  const holderField = (value: string | null | undefined): FieldSpec[] =>
    holders
      ? [{ name: "roleId", label: t("holder"), type: "select", defaultValue: value ?? "", options: [{ value: "", label: t("theCircle") }, ...holders.map((role) => ({ value: role.id, label: role.name }))] }]
      : [];
  const fields = (domain?: Domain): FieldSpec[] => [
    { name: "name", label: t("name"), defaultValue: domain?.name, required: true, maxLength: 120 },
    { name: "description", label: t("description"), type: "textarea", rows: 2, defaultValue: domain?.description, maxLength: 2000 },
    ...holderField(domain?.roleId),
  ];
  return (
    <EditSection id="domains-title" title={t("title")}>
      {domains.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {domains.map((domain) => (
            <li key={domain.id} className="flex flex-col gap-2 rounded-md border border-slate-300 p-4">
              <RecordForm action={action} id={`domain-${domain.id}`} hidden={{ kind: "domain.update", domainId: domain.id, ...version }} fields={fields(domain)} buttons={[{ label: t("save"), variant: "secondary" }]} />
              <RecordForm
                action={action}
                id={`domain-remove-${domain.id}`}
                hidden={{ kind: "domain.remove", domainId: domain.id, ...version }}
                buttons={[{ label: t("remove"), accessibleName: t("removeName", { name: domain.name }), variant: "danger" }]}
              />
            </li>
          ))}
        </ul>
      )}
      <EditSubsection title={t("add")}>
        <RecordForm
          action={action}
          id="domain-add"
          hidden={{ kind: "domain.add", circleId: circle.id, ...(roleId ? { roleId } : {}), ...version }}
          fields={fields()}
          buttons={[{ label: t("addSubmit") }]}
        />
      </EditSubsection>
    </EditSection>
  );
}
