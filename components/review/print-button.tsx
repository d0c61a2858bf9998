"use client";
// Opens the browser's print dialog; the page's print styles (Tailwind `print:`) do the rest.
// A client component only for window.print(); the browser's own menu works without it.
import { useTranslations } from "next-intl";
import { secondaryButton } from "@/components/ui/styles";

export function PrintButton() {
  const t = useTranslations("review.export");
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButton} py-1`}>
      {t("print")}
    </button>
  );
}
