"use client";
// The circle and the optional role of a tension. Without JavaScript the role select lists every
// role, grouped by circle (<optgroup>), and the server checks the role belongs to the circle;
// with JavaScript it lists only the chosen circle's roles, and forgets a role that no longer fits.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/organizations/form-status";
import type { Place } from "@/lib/tensions/preselect";
import { FieldMessages, describedBy } from "./field-messages";
import { useHydrated } from "./use-hydrated";

type Props = { places: Place[]; circleId: string; roleId: string; errors: Record<string, string> };

export function PlaceFields({ places, circleId, roleId, errors }: Props) {
  const t = useTranslations("tensions.form");
  const hydrated = useHydrated();
  const [circle, setCircle] = useState(circleId);
  const [role, setRole] = useState(roleId);
  const current = places.find((place) => place.id === circle);

  function chooseCircle(id: string) {
    setCircle(id);
    const next = places.find((place) => place.id === id);
    if (!next?.roles.some((item) => item.id === role)) setRole("");
  }

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="tension-circleId" className="font-medium text-slate-900">
          {t("circle")}
        </label>
        <select
          id="tension-circleId"
          name="circleId"
          value={circle}
          onChange={(event) => chooseCircle(event.target.value)}
          required
          aria-invalid={errors.circleId ? true : undefined}
          aria-describedby={describedBy("tension-circleId", errors.circleId, true)}
          className={inputClass}
        >
          {places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>
        <FieldMessages id="tension-circleId" error={errors.circleId} hint={t("circleHint")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="tension-roleId" className="font-medium text-slate-900">
          {t("role")}
        </label>
        <select
          id="tension-roleId"
          name="roleId"
          value={role}
          onChange={(event) => setRole(event.target.value)}
          aria-invalid={errors.roleId ? true : undefined}
          aria-describedby={describedBy("tension-roleId", errors.roleId, false)}
          className={inputClass}
        >
          <option value="">{t("noRole")}</option>
          {hydrated
            ? current?.roles.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))
            : places
                .filter((place) => place.roles.length > 0)
                .map((place) => (
                  <optgroup key={place.id} label={place.name}>
                    {place.roles.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
        </select>
        <FieldMessages id="tension-roleId" error={errors.roleId} />
      </div>
    </div>
  );
}
