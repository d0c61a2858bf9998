// Who fills a role: each current assignment (focus, term) with a button that ends it, and a form
// that assigns an active member. In a large organisation the select offers the first members by
// name, and a search (a plain GET form, `?member=`) narrows it.
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { MemberSearchForm } from "@/components/members/member-search-form";
import type { RoleForEdit } from "@/lib/record/edit-data";
import { EditSection, EditSubsection } from "./edit-section";
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

type Props = {
  action: EditAction;
  role: RoleForEdit;
  candidates: { members: readonly { id: string; name: string }[]; total: number };
  search: string;
};

export async function AssignmentList({ action, role, candidates, search }: Props) {
  const [t, format] = await Promise.all([getTranslations("recordEdit.assignments"), getFormatter()]);
  const version = { roleId: role.id, expectedVersion: role.version };
  const partial = candidates.total > candidates.members.length;
  return (
    <EditSection id="assignments-title" title={t("title")}>
      {role.assignments.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {role.assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-slate-300 p-3">
              <span className="font-medium">{assignment.membership.user.name}</span>
              {assignment.focus && <span className="text-sm text-slate-700">{t("details", { focus: assignment.focus })}</span>}
              {assignment.termEndsOn && (
                <span className="text-sm text-slate-700">{t("term", { date: format.dateTime(assignment.termEndsOn, { dateStyle: "long", timeZone: "UTC" }) })}</span>
              )}
              <RecordForm
                action={action}
                id={`assignment-end-${assignment.id}`}
                inline
                hidden={{ kind: "assignment.remove", assignmentId: assignment.id, expectedVersion: role.version }}
                buttons={[{ label: t("end"), accessibleName: t("endName", { name: assignment.membership.user.name }), variant: "danger" }]}
              />
            </li>
          ))}
        </ul>
      )}
      <EditSubsection title={t("add")}>
        {(partial || search) && <MemberSearchForm label={t("filter")} submitLabel={t("filterSubmit")} search={search} />}
        {partial && <p className="text-sm text-slate-700">{t("partial", { shown: candidates.members.length, total: candidates.total })}</p>}
        {candidates.members.length === 0 ? (
          <p className="text-slate-700">{t("noneAvailable")}</p>
        ) : (
          <RecordForm
            action={action}
            id="assignment-add"
            hidden={{ kind: "assignment.add", ...version }}
            fields={[
              { name: "membershipId", label: t("member"), type: "select", options: candidates.members.map((member) => ({ value: member.id, label: member.name })) },
              { name: "focus", label: t("focus"), hint: t("focusHint"), maxLength: 200 },
              { name: "termEndsOn", label: t("termEndsOn"), type: "date", hint: t("termHint") },
            ]}
            buttons={[{ label: t("assign") }]}
          />
        )}
      </EditSubsection>
    </EditSection>
  );
}
