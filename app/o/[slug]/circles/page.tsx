import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.placeholder"))("circles") };
}

export default async function CirclesPage({ params }: PageProps<"/o/[slug]/circles">) {
  return <ComingSoon slug={(await params).slug} section="circles" />;
}
