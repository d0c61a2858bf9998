// The discussion of a tension: comments and status notes in the order they were written. Bodies
// are plain text (React escapes them; newlines kept by CSS), never HTML.
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { CommentRow } from "@/lib/tensions/comments";

export async function CommentList({ comments }: { comments: CommentRow[] }) {
  const [t, format] = await Promise.all([getTranslations("tensions"), getFormatter()]);
  if (comments.length === 0) return <p className="text-slate-700">{t("comments.empty")}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {comments.map((comment) => {
        const status = comment.movedTo;
        const isNote = comment.kind === "status_note";
        return (
          <li key={comment.id} id={`comment-${comment.id}`} className={`rounded-md border p-3 ${isNote ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}>
            <p className="text-sm text-slate-700">
              {isNote && status ? (
                <strong className="font-semibold text-slate-900">{t("comments.statusNote", { author: comment.authorName, status: t(`status.${status}`) })}</strong>
              ) : (
                <strong className="font-semibold text-slate-900">{comment.authorName}</strong>
              )}{" "}
              · <time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            </p>
            {comment.body && <p className="mt-1 whitespace-pre-wrap break-words">{comment.body}</p>}
          </li>
        );
      })}
    </ol>
  );
}
