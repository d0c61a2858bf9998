"use client";
// Keeps a meeting screen in step with everyone else's: the server's event stream (server-sent
// events, fed by PostgreSQL LISTEN/NOTIFY) says something changed, and the page re-renders its
// server components in place (router.refresh keeps what is typed in forms). The browser's
// EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was missed.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export function LiveUpdates({ url }: { url: string }) {
  const router = useRouter();
  const t = useTranslations("meetings.page.live");
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(url);
    let pending: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    // Several events in a burst (an answer and its effects) make one refresh.
    source.addEventListener("change", () => {
      clearTimeout(pending);
      pending = setTimeout(() => router.refresh(), 100);
    });
    return () => {
      clearTimeout(pending);
      source.close();
    };
  }, [url, router]);
  return (
    <p className="text-sm text-slate-700" data-live={connected ? "connected" : "connecting"}>
      <span aria-hidden="true" className={`mr-1 inline-block h-2 w-2 rounded-full ${connected ? "bg-green-700" : "bg-slate-500"}`} />
      {t(connected ? "connected" : "reconnecting")}
    </p>
  );
}
