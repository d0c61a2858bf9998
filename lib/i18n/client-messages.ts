// For server components that render a client component: hand it only the messages it needs,
//   <NextIntlClientProvider messages={await clientMessages(["auth.signIn"])}>…
import "server-only";
import { getMessages } from "next-intl/server";
import { pickMessages } from "./pick";

export async function clientMessages(paths: readonly string[]) {
  return pickMessages(await getMessages(), paths);
}
