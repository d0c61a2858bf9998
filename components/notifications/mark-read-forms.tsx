// The two forms of the notification list: mark one read, mark all read. Plain Server Action
// forms (no client JavaScript needed); the action answers with a redirect back to the list.
import { getTranslations } from "@/lib/i18n/server";
import { linkButton, secondaryButton } from "@/components/ui/styles";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";

export async function MarkReadForm({ slug, notificationId, page, sentence }: { slug: string; notificationId: string; page: number; sentence: string }) {
  const t = await getTranslations("notifications.page");
  return (
    <form action={markReadAction.bind(null, slug)}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <input type="hidden" name="page" value={page} />
      <button type="submit" className={`${linkButton} text-sm`} aria-label={t("markReadLabel", { sentence })}>
        {t("markRead")}
      </button>
    </form>
  );
}

export async function MarkAllReadForm({ slug, page }: { slug: string; page: number }) {
  const t = await getTranslations("notifications.page");
  return (
    <form action={markAllReadAction.bind(null, slug)}>
      <input type="hidden" name="page" value={page} />
      <button type="submit" className={secondaryButton}>
        {t("markAllRead")}
      </button>
    </form>
  );
}
