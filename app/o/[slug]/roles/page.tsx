import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.placeholder"))("roles") };
}

export default async function RolesPage({ params }: PageProps<"/o/[slug]/roles">) {
  return <ComingSoon slug={(await params).slug} section="roles" />;
}
