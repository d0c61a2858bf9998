// Translators and formatters that share one process-wide cache of parsed ICU messages and Intl
// formatters (see ./server.ts for why). Safe to share: use-intl keys every entry by the message
// text, the locale and the options, never by the request.
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";
import type { Locale } from "./config";

const shared = _createCache();
const sharedFormatters = _createIntlFormatters(shared);

type Config = { locale: Locale; messages: Parameters<typeof createTranslator>[0]["messages"]; timeZone?: string };

export function sharedTranslator(config: Config, namespace: string | undefined) {
  // The namespace was checked against the messages by the caller's own types (./server.ts).
  return createTranslator({ ...config, namespace: namespace as never, _cache: shared, _formatters: sharedFormatters });
}

export function sharedFormatter(config: { locale: Locale; timeZone?: string; now?: Date }) {
  return createFormatter({ ...config, _formatters: sharedFormatters });
}
