// The two GET forms of the history page: « the record on … » and « what changed between … and … ».
// Each keeps the other's parameters in hidden fields, so that using one does not reset the other.
// A refused date is echoed back in its field, marked invalid and explained.
import { getTranslations } from "@/lib/i18n/server";
import { primaryButton } from "@/components/ui/styles";

const input = "rounded-md border border-slate-500 bg-white px-3 py-2";

function Hidden({ values }: { values: Record<string, string | undefined> }) {
  return Object.entries(values).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null));
}

type AtProps = { action: string; at: string; error: string | null; keep: Record<string, string | undefined> };

export async function AtForm({ action, at, error, keep }: AtProps) {
  const t = await getTranslations("timeTravel.at");
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3">
      <Hidden values={keep} />
      <div className="flex flex-col gap-1">
        <label htmlFor="record-at" className="font-medium">{t("label")}</label>
        <input id="record-at" name="at" type="date" defaultValue={at} aria-describedby={error ? "record-at-hint record-at-error" : "record-at-hint"}
          aria-invalid={error ? true : undefined} className={input} />
      </div>
      <button type="submit" className={primaryButton}>{t("submit")}</button>
      <p id="record-at-hint" className="basis-full text-sm text-slate-600">{t("hint")}</p>
      {error && <p id="record-at-error" role="alert" className="basis-full font-medium text-red-800">{error}</p>}
    </form>
  );
}

type BetweenProps = { action: string; from: string; to: string; error: string | null; keep: Record<string, string | undefined> };

export async function BetweenForm({ action, from, to, error, keep }: BetweenProps) {
  const t = await getTranslations("timeTravel.between");
  const describedBy = error ? "record-between-hint record-between-error" : "record-between-hint";
  return (
    <form action={`${action}#changes`} method="get" className="flex flex-wrap items-end gap-3">
      <Hidden values={keep} />
      <div className="flex flex-col gap-1">
        <label htmlFor="record-from" className="font-medium">{t("from")}</label>
        <input id="record-from" name="from" type="date" defaultValue={from} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="record-to" className="font-medium">{t("to")}</label>
        <input id="record-to" name="to" type="date" defaultValue={to} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={input} />
      </div>
      <button type="submit" className={primaryButton}>{t("submit")}</button>
      <p id="record-between-hint" className="basis-full text-sm text-slate-600">{t("hint")}</p>
      {error && <p id="record-between-error" role="alert" className="basis-full font-medium text-red-800">{error}</p>}
    </form>
  );
}
