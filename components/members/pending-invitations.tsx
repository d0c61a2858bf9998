// The organisation's pending invitations (admins), each revocable.
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { PendingInvitation } from "@/lib/invitations/data";
import { RevokeInvitationForm } from "./revoke-invitation-form";

export async function PendingInvitations({ slug, invitations }: { slug: string; invitations: PendingInvitation[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (invitations.length === 0) return <p className="text-sm text-slate-700">{t("members.invitations.pending.empty")}</p>;
  const revoke = revokeInvitationAction.bind(null, slug);
  const cell = "border-b border-slate-200 px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("members.invitations.pending.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="px-3 py-2">{t("members.invitations.pending.recipient")}</th>
            <th scope="col" className="px-3 py-2">{t("members.invitations.pending.permission")}</th>
            <th scope="col" className="px-3 py-2">{t("members.invitations.pending.invitedBy")}</th>
            <th scope="col" className="px-3 py-2">{t("members.invitations.pending.expires")}</th>
            <th scope="col" className="px-3 py-2">{t("members.invitations.pending.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => {
            const recipient = invitation.email ?? t("members.invitations.pending.anyoneWithLink");
            return (
              <tr key={invitation.id}>
                <td className={cell}>{recipient}</td>
                <td className={cell}>{t(`organizations.permissions.${invitation.permission}`)}</td>
                <td className={cell}>{invitation.invitedByName}</td>
                <td className={cell}>
                  <time dateTime={invitation.expiresAt.toISOString()}>{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td className={cell}>
                  <RevokeInvitationForm action={revoke} invitationId={invitation.id} recipient={recipient} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
