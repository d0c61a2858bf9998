// Switches French <-> English without JavaScript: a plain form posting to a Server Action, which
// sets the NEXT_LOCALE cookie and comes back to the same page.
import { Suspense } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";
import { linkButton } from "@/components/ui/styles";
import { CurrentPathInput, CurrentPathnameInput } from "./current-path-input";

export async function LanguageSwitch() {
  const current = await getLocale();
  const other = locales.find((locale) => locale !== current) ?? locales[0];
  const t = await getTranslations("shell.language");
  return (
    <form action={setLocaleAction}>
      <Suspense fallback={<CurrentPathnameInput name="returnTo" />}>
        <CurrentPathInput name="returnTo" />
      </Suspense>
      {/* The other language's own name, spoken in that language: the usual sign of a language switch. */}
      <button type="submit" name="locale" value={other} className={linkButton}>
        <span lang={other}>{t("switchTo")}</span>
      </button>
    </form>
  );
}
