"use client";
// An unexpected error while rendering a page. The person sees a translated message and can try
// again; never the error's message or stack (they can hold internal details). The digest lets an
// administrator find the full error in the server's logs.
import { useTranslations } from "next-intl";
import { ErrorMessage } from "@/components/shell/error-message";
import { PageMain } from "@/components/ui/page-main";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.errorBoundary");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <PageMain>
      <ErrorMessage title={t("title")} body={t("body")} retryLabel={t("retry")} homeLabel={t("home")} digest={digest} retry={retry} />
    </PageMain>
  );
}
