import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.placeholder"))("proposals") };
}

export default async function ProposalsPage({ params }: PageProps<"/o/[slug]/proposals">) {
  return <ComingSoon slug={(await params).slug} section="proposals" />;
}
