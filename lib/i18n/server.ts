// `getTranslations` and `getFormatter` for Server Components, Server Actions and route handlers:
// next-intl's own, with one difference. next-intl gives every request fresh caches, so each
// request parses again every ICU message it formats and builds again every Intl formatter it uses
// (Intl.DateTimeFormat and the like cost tens of microseconds each); under load that was about a
// tenth of a page's server time. What those caches hold depends only on the message text, the
// locale and the formatting options, never on the request: here they are shared by the process.
// They stay bounded by the app's own messages and formats. Locale, messages, time zone and "now"
// still come from next-intl's per-request configuration (lib/i18n/request.ts).
import "server-only";
import { cache } from "react";
import type { Locale } from "./config";
import { sharedFormatter, sharedTranslator } from "./shared-formatting";
import {
  getFormatter as nextIntlGetFormatter,
  getLocale,
  getMessages,
  getNow,
  getTimeZone,
  getTranslations as nextIntlGetTranslations,
} from "next-intl/server";

type TranslationsArgument = Parameters<typeof nextIntlGetTranslations>[0];

const configFor = cache(async (requested: Locale | undefined) => {
  const locale = requested ?? (await getLocale());
  const [messages, timeZone] = await Promise.all([getMessages({ locale }), getTimeZone({ locale })]);
  return { locale, messages, timeZone };
});

const translator = cache(async (requested: Locale | undefined, namespace: string | undefined) => {
  return sharedTranslator(await configFor(requested), namespace);
});

export const getTranslations = (async (argument?: TranslationsArgument) => {
  const options = typeof argument === "string" ? { namespace: argument } : (argument as { locale?: Locale; namespace?: string } | undefined);
  return translator(options?.locale, options?.namespace);
}) as typeof nextIntlGetTranslations;

export const getFormatter = (async (options?: { locale?: Locale }) => {
  const [config, now] = await Promise.all([configFor(options?.locale), getNow(options?.locale ? { locale: options.locale } : undefined)]);
  return sharedFormatter({ locale: config.locale, timeZone: config.timeZone, now });
}) as typeof nextIntlGetFormatter;
