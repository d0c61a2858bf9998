// Every namespace of messages, per locale. One JSON file per namespace and locale
// (messages/<locale>/<namespace>.json) keeps files small; fr is the reference, and a unit test
// checks that en has exactly the same keys.
import frCommon from "@/messages/fr/common.json";
import enCommon from "@/messages/en/common.json";

export const messages = {
  fr: { common: frCommon },
  en: { common: enCommon },
};

export type Messages = (typeof messages)["fr"];
