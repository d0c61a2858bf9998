"use client";
// Changing one member's permission (admins). The label names the member, so that each select
// of the table is distinguishable for screen-reader users.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { FormStatus, inputClass, secondaryButtonClass } from "@/components/organizations/form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const permissions: OrgPermission[] = ["admin", "member", "observer"];

export function PermissionForm({ action, membershipId, name, permission }: { action: Action; membershipId: string; name: string; permission: OrgPermission }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const id = `permission-${membershipId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        {t("members.change.label", { name })}
      </label>
      <select id={id} name="permission" defaultValue={permission} className={inputClass} key={permission}>
        {permissions.map((value) => (
          <option key={value} value={value}>
            {t(`organizations.permissions.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {t("members.change.submit")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
