// Every namespace of messages, per locale. One JSON file per namespace and locale
// (messages/<locale>/<namespace>.json) keeps files small; fr is the reference, and a unit test
// checks that en has exactly the same keys.
import frCommon from "@/messages/fr/common.json";
import enCommon from "@/messages/en/common.json";
import frShell from "@/messages/fr/shell.json";
import enShell from "@/messages/en/shell.json";
import frHome from "@/messages/fr/home.json";
import enHome from "@/messages/en/home.json";
import frOrganizations from "@/messages/fr/organizations.json";
import enOrganizations from "@/messages/en/organizations.json";
import frMembers from "@/messages/fr/members.json";
import enMembers from "@/messages/en/members.json";
import frAuth from "@/messages/fr/auth.json";
import enAuth from "@/messages/en/auth.json";
import frRecord from "@/messages/fr/record.json";
import enRecord from "@/messages/en/record.json";

export const messages = {
  fr: { common: frCommon, shell: frShell, home: frHome, organizations: frOrganizations, members: frMembers, auth: frAuth, record: frRecord },
  en: { common: enCommon, shell: enShell, home: enHome, organizations: enOrganizations, members: enMembers, auth: enAuth, record: enRecord },
};

export type Messages = (typeof messages)["fr"];
