"use client";
// The buttons of one change in the editor's list: move up, move down, remove. Each is a form
// button (works without JavaScript); a refusal (e.g. a stale view) is announced here.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, secondaryButtonClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; index: number; count: number; version: number };

export function ChangeRowForm({ action, index, count, version }: Props) {
  const t = useTranslations("proposals.edit");
  const [state, formAction, pending] = useActionState(action, idle);
  const position = index + 1;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="index" value={index} />
      <input type="hidden" name="version" value={version} />
      {index > 0 && <button type="submit" name="op" value="up" disabled={pending} className={secondaryButtonClass}>{t("moveUp", { position })}</button>}
      {index < count - 1 && <button type="submit" name="op" value="down" disabled={pending} className={secondaryButtonClass}>{t("moveDown", { position })}</button>}
      <button type="submit" name="op" value="remove" disabled={pending} className={secondaryButtonClass}>{t("remove", { position })}</button>
      <FormStatus state={state} />
    </form>
  );
}
