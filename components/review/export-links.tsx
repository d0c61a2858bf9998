// Downloads of the review as filtered on screen (all pages), and printing. Plain links: the
// route handler answers with an attachment, no JavaScript needed.
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { reviewQuery, type ReviewFilters } from "@/lib/review/filters";
import { PrintButton } from "./print-button";

const FORMATS = ["md", "csv", "json"] as const;

export async function ExportLinks({ basePath, filters }: { basePath: string; filters: ReviewFilters }) {
  const [t, messages] = await Promise.all([getTranslations("review.export"), clientMessages(["review.export.print"])]);
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 print:hidden">
      <h2 id="review-export" className="font-semibold">{t("label")}</h2>
      <ul aria-labelledby="review-export" className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`${basePath}/export${reviewQuery(filters, { format })}`} className={textLink} download>
              {t(format)}
            </a>
          </li>
        ))}
        <li>
          <NextIntlClientProvider messages={messages}>
            <PrintButton />
          </NextIntlClientProvider>
        </li>
      </ul>
    </div>
  );
}
