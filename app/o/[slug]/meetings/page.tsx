import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.placeholder"))("meetings") };
}

export default async function MeetingsPage({ params }: PageProps<"/o/[slug]/meetings">) {
  return <ComingSoon slug={(await params).slug} section="meetings" />;
}
