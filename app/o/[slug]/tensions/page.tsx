import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.placeholder"))("tensions") };
}

export default async function TensionsPage({ params }: PageProps<"/o/[slug]/tensions">) {
  return <ComingSoon slug={(await params).slug} section="tensions" />;
}
