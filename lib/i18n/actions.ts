"use server";
// The language switch. Public on purpose: choosing a language needs no account and touches no
// data, so there is nothing to authenticate or authorise; the cookie is the only effect, and the
// only input that reaches a redirect is checked to stay on this site.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "./config";
import { safeReturnPath } from "./return-path";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      // A preference, not a secret; httpOnly anyway since only the server reads it.
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
    });
  }
  redirect(safeReturnPath(formData.get("returnTo")));
}
