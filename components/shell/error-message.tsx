"use client";
// What both error boundaries (app/error.tsx, app/global-error.tsx) show: already translated text,
// a retry button and a way home. A plain <a> for home: after an error the client router may be
// in a bad state, and a full page load starts clean.
import { primaryButton, textLink } from "@/components/ui/styles";

type Props = { title: string; body: string; retryLabel: string; homeLabel: string; digest: string | null; retry: () => void };

export function ErrorMessage({ title, body, retryLabel, homeLabel, digest, retry }: Props) {
  return (
    <div role="alert">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-4 text-slate-700">{body}</p>
      {digest ? <p className="mt-2 font-mono text-sm text-slate-700">#{digest}</p> : null}
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className={primaryButton}>
          {retryLabel}
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload on purpose */}
        <a href="/" className={textLink}>
          {homeLabel}
        </a>
      </p>
    </div>
  );
}
