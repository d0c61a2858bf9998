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
import frCircles from "@/messages/fr/circles.json";
import enCircles from "@/messages/en/circles.json";
import frRoles from "@/messages/fr/roles.json";
import enRoles from "@/messages/en/roles.json";
import frSearch from "@/messages/fr/search.json";
import enSearch from "@/messages/en/search.json";
import frTimeTravel from "@/messages/fr/timeTravel.json";
import enTimeTravel from "@/messages/en/timeTravel.json";
import frRecordEdit from "@/messages/fr/recordEdit.json";
import enRecordEdit from "@/messages/en/recordEdit.json";
import frSettings from "@/messages/fr/settings.json";
import enSettings from "@/messages/en/settings.json";
import frReview from "@/messages/fr/review.json";
import enReview from "@/messages/en/review.json";
import frTensions from "@/messages/fr/tensions.json";
import enTensions from "@/messages/en/tensions.json";
import frProposals from "@/messages/fr/proposals.json";
import enProposals from "@/messages/en/proposals.json";
import frNotifications from "@/messages/fr/notifications.json";
import enNotifications from "@/messages/en/notifications.json";
import frJournal from "@/messages/fr/journal.json";
import enJournal from "@/messages/en/journal.json";
import frRounds from "@/messages/fr/rounds.json";
import enRounds from "@/messages/en/rounds.json";
import frDecisions from "@/messages/fr/decisions.json";
import enDecisions from "@/messages/en/decisions.json";
import frMeetings from "@/messages/fr/meetings.json";
import enMeetings from "@/messages/en/meetings.json";
import frBench from "@/messages/fr/bench.json";
import enBench from "@/messages/en/bench.json";
import frElections from "@/messages/fr/elections.json";
import enElections from "@/messages/en/elections.json";
import frMinutes from "@/messages/fr/minutes.json";
import enMinutes from "@/messages/en/minutes.json";

export const messages = {
  fr: { common: frCommon, shell: frShell, home: frHome, organizations: frOrganizations, members: frMembers, auth: frAuth, record: frRecord, circles: frCircles, roles: frRoles, search: frSearch, timeTravel: frTimeTravel, recordEdit: frRecordEdit, settings: frSettings, review: frReview, tensions: frTensions, proposals: frProposals, notifications: frNotifications, journal: frJournal, rounds: frRounds, decisions: frDecisions, bench: frBench, meetings: frMeetings, elections: frElections, minutes: frMinutes },
  en: { common: enCommon, shell: enShell, home: enHome, organizations: enOrganizations, members: enMembers, auth: enAuth, record: enRecord, circles: enCircles, roles: enRoles, search: enSearch, timeTravel: enTimeTravel, recordEdit: enRecordEdit, settings: enSettings, review: enReview, tensions: enTensions, proposals: enProposals, notifications: enNotifications, journal: enJournal, rounds: enRounds, decisions: enDecisions, bench: enBench, meetings: enMeetings, elections: enElections, minutes: enMinutes },
};

export type Messages = (typeof messages)["fr"];
