// /invitations/[token]: the page an invitation link opens. It names the organisation and who
// invites; a signed-out visitor is offered to sign in or sign up and come back here; a signed-in
// one may join. Every unusable link gets the same page, which reveals nothing.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { JoinForm } from "@/components/members/join-form";
import { PageMain } from "@/components/ui/page-main";
import { linkButton, primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { signOutAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/session";
import { clientMessages } from "@/lib/i18n/client-messages";
import { invitationView } from "@/lib/invitations/data";

export async function generateMetadata(): Promise<Metadata> {
  // The link is a secret: keep it out of search engines.
  return { title: (await getTranslations("members.invitations.accept"))("title"), robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const user = await getSessionUser();
  const view = await invitationView(token, user);
  if (view.state === "member") redirect(`/o/${encodeURIComponent(view.slug)}`);
  const t = await getTranslations();

  if (view.state === "invalid") {
    return (
      <PageMain className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("members.invitations.accept.invalidTitle")}</h1>
        <p>{t("members.invitations.accept.invalid")}</p>
        {user && (
          <p>
            <Link href="/orgs" className={textLink}>
              {t("members.invitations.accept.toOrganizations")}
            </Link>
          </p>
        )}
      </PageMain>
    );
  }

  const back = encodeURIComponent(`/invitations/${token}`);
  return (
    <PageMain className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("members.invitations.accept.title")}</h1>
      <p>
        {t("members.invitations.accept.intro", {
          inviter: view.inviterName,
          organization: view.organizationName,
          permission: t(`organizations.permissions.${view.permission}`),
        })}
      </p>
      {!user ? (
        <>
          <p>{t("members.invitations.accept.signInPrompt")}</p>
          <p className="flex flex-wrap gap-3">
            <Link href={`/signin?callbackUrl=${back}`} className={primaryButton}>
              {t("members.invitations.accept.signIn")}
            </Link>
            <Link href={`/signup?callbackUrl=${back}`} className={secondaryButton}>
              {t("members.invitations.accept.signUp")}
            </Link>
          </p>
        </>
      ) : !view.emailMatches ? (
        <>
          <p role="alert" className="font-medium text-red-800">
            {t("members.invitations.accept.emailMismatch")}
          </p>
          <p>{t("members.invitations.accept.signedInAs", { email: user.email })}</p>
          <form action={signOutAction}>
            <button type="submit" className={linkButton}>
              {t("members.invitations.accept.signOut")}
            </button>
          </form>
        </>
      ) : (
        <NextIntlClientProvider messages={await clientMessages(["members.invitations.accept"])}>
          <JoinForm token={token} />
        </NextIntlClientProvider>
      )}
    </PageMain>
  );
}
