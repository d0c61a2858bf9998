// The choices each field of an « add a change » form offers, from the current record of the
// affected circles and from what the change set creates (refs). Pure; the page translates.
import type { ChangeInput, ChangeKind } from "@/lib/record/changes";
import { CIRCLE_HOLDER, FIELDS, type FieldSpec } from "./change-form";
import { createdRefs, type Labels } from "./labels";
import type { RecordSnapshot } from "./record-snapshot";

export type Option = { value: string; label: string };
export type Words = { choose: string; keep: string; circleHolder: string; created: (name: string) => string; circleKinds: Record<string, string> };

function options(record: RecordSnapshot, changes: readonly ChangeInput[], labels: Labels, words: Words, spec: FieldSpec): Option[] | undefined {
  const ids = (rows: readonly { id: string; archived: boolean }[]) => rows.filter((row) => !row.archived).map((row) => ({ value: row.id, label: labels.get(row.id) ?? row.id }));
  const refs = (kind: "circle.create" | "role.create") => createdRefs(changes, kind).map((ref) => ({ value: ref.value, label: words.created(ref.name) }));
  const first: Option[] = [{ value: "", label: spec.optional ? words.keep : words.choose }];
  switch (spec.type) {
    case "circle": return [...first, ...ids(record.circles), ...refs("circle.create")];
    case "role": return [...first, ...ids(record.roles), ...refs("role.create")];
    case "holder": return [...(spec.optional ? [{ value: "", label: words.keep }] : []), { value: CIRCLE_HOLDER, label: words.circleHolder }, ...ids(record.roles), ...refs("role.create")];
    case "accountability": return [...first, ...ids(record.accountabilities)];
    case "domain": return [...first, ...ids(record.domains)];
    case "policy": return [...first, ...ids(record.policies)];
    case "assignment": return [...first, ...ids(record.assignments)];
    case "member": return [...first, ...record.members.filter((member) => member.active).map((member) => ({ value: member.id, label: member.name }))];
    case "circleKind": return [...first, ...Object.entries(words.circleKinds).map(([value, label]) => ({ value, label }))];
    default: return undefined;
  }
}

export function fieldsFor(kind: ChangeKind, record: RecordSnapshot, changes: readonly ChangeInput[], labels: Labels, words: Words) {
  return FIELDS[kind].map((spec) => ({ ...spec, options: options(record, changes, labels, words, spec) }));
}
