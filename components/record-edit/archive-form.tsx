// Archiving a circle or a role, behind a confirmation step that needs no JavaScript: the first
// click opens a <details> that says what archiving carries with it, the second submits.
import { RecordForm } from "./record-form";
import type { EditAction } from "./types";

type Props = {
  action: EditAction;
  id: string;
  hidden: Record<string, string | number>;
  summary: string;
  warning: string;
  confirm: string;
};

export function ArchiveForm({ action, id, hidden, summary, warning, confirm }: Props) {
  return (
    <details className="max-w-2xl">
      <summary className="cursor-pointer font-medium text-red-800 underline-offset-2 hover:underline">{summary}</summary>
      <div className="mt-3 flex flex-col gap-3">
        <p className="text-sm text-slate-700">{warning}</p>
        <RecordForm action={action} id={id} hidden={hidden} buttons={[{ label: confirm, variant: "danger" }]} />
      </div>
    </details>
  );
}
