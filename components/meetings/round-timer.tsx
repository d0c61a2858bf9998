"use client";
// The facilitator's round timer, counted down on each screen from the end time the server keeps
// (so every screen shows the same time). Announced politely only when time is up.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export function RoundTimer({ endsAt }: { endsAt: string }) {
  const t = useTranslations("meetings.timer");
  const end = new Date(endsAt).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = Math.max(0, Math.round((end - now) / 1000));
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return left > 0
    ? <p className="font-mono text-lg" data-testid="round-timer">{t("remaining", { time })}</p>
    : <p role="status" className="font-mono text-lg font-semibold text-red-800" data-testid="round-timer">{t("over")}</p>;
}
