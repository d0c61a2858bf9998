// An election item of a meeting (consent.md §6): its role, term, criteria and step; the
// facilitator's control for the step; the participant's nomination; the nominations as the reader
// may see them; once someone is proposed, the consent round below (the process section) decides.
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { MeetingPage } from "@/lib/meetings/data";
import { canFacilitate, isParticipant } from "@/lib/meetings/policy";
import type { MemberContext } from "@/lib/organizations/context";
import { clientMessages } from "@/lib/i18n/client-messages";
import { electionView } from "@/lib/elections/data";
import { readDetails, tally } from "@/lib/elections/details";
import * as actions from "@/lib/elections/actions";
import { ButtonForm } from "@/components/rounds/button-form";
import { Nominations } from "./nominations";
import { NominateForm } from "./nominate-form";
import { ProposeForm } from "./propose-form";
import { TermsForm } from "./terms-form";

type Props = { context: MemberContext; slug: string; meeting: MeetingPage; item: MeetingPage["agendaItems"][number] };

export async function ElectionItem({ context, slug, meeting, item }: Props) {
  const details = readDetails(item.details);
  if (item.kind !== "election" || !details) return null;
  const [t, format, view, messages] = await Promise.all([
    getTranslations("elections"), getFormatter(), electionView(context.organization.id, details), clientMessages(["elections.forms"]),
  ]);
  const actor = { userId: context.user.id, permission: context.membership.permission };
  const facilitates = canFacilitate(actor, meeting);
  const current = meeting.status === "in_progress" && meeting.currentAgendaItemId === item.id;
  const open = meeting.status === "scheduled" || meeting.status === "in_progress";
  const bind = <A extends unknown[], R>(action: (slug: string, meetingId: string, itemId: string, ...rest: A) => R) => action.bind(null, slug, meeting.id, item.id);
  const id = `election-${item.id}`;
  const name = (userId: string) => view.names.get(userId) ?? "—";
  const membershipOf = new Map(view.members.map((m) => [m.userId, m.membershipId]));
  const mine = details.nominations.find((n) => n.byUserId === context.user.id);
  const nominating = details.phase === "nominating" || details.phase === "changing";
  const roleName = view.role?.name ?? item.title;

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
      <h3 id={`${id}-title`} className="text-lg font-semibold">{t("heading", { role: roleName })}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("details.role")}</dt><dd>{roleName}</dd>
        {view.role && <><dt className="font-medium">{t("details.circle")}</dt><dd>{view.role.circleName}</dd></>}
        <dt className="font-medium">{t("details.term")}</dt>
        <dd>{details.termEndsOn ? format.dateTime(new Date(`${details.termEndsOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : t("details.noTerm")}</dd>
        <dt className="font-medium">{t("details.criteria")}</dt>
        <dd className="whitespace-pre-line">{details.criteria || t("details.noCriteria")}</dd>
        <dt className="font-medium">{t("phaseLabel")}</dt><dd>{t(`phases.${details.phase}`)}</dd>
      </dl>

      <NextIntlClientProvider messages={messages}>
        {facilitates && open && details.phase === "setup" && (
          <TermsForm action={bind(actions.setTermsAction)} idPrefix={`${id}-terms`} current={{ termEndsOn: details.termEndsOn ?? "", criteria: details.criteria }} />
        )}
        {facilitates && current && details.phase === "setup" && <ButtonForm action={bind(actions.openNominationsAction)} label={t("forms.open")} />}
        {current && nominating && isParticipant(actor, meeting) && (
          <NominateForm action={bind(actions.nominateAction)} idPrefix={`${id}-nominate`} members={view.members}
            current={mine ? { nomineeMembershipId: membershipOf.get(mine.nomineeUserId) ?? "", reason: mine.reason } : null} />
        )}
        {facilitates && current && details.phase === "nominating" && <ButtonForm action={bind(actions.revealNominationsAction)} label={t("forms.reveal")} />}
        {facilitates && current && details.phase === "changing" && (
          <ProposeForm action={bind(actions.proposeNomineeAction)} idPrefix={`${id}-propose`}
            nominees={tally(details.nominations).flatMap((row) => {
              const membershipId = membershipOf.get(row.nomineeUserId);
              return membershipId ? [{ membershipId, label: t("nominations.tallyLine", { nominee: name(row.nomineeUserId), count: row.count }) }] : [];
            })} />
        )}
      </NextIntlClientProvider>

      {details.phase !== "setup" && <Nominations details={details} readerUserId={context.user.id} names={view.names} idPrefix={id} />}
      {details.phase === "proposed" && details.nomineeUserId && <p role="status" className="font-medium">{t("proposedLine", { nominee: name(details.nomineeUserId) })}</p>}
    </section>
  );
}
