// The agenda's "add an election" form (the meeting page places it in its agenda section). A server
// component: it hands its client form just the messages it reads.
import { NextIntlClientProvider } from "next-intl";
import { addElectionAction } from "@/lib/elections/actions";
import { clientMessages } from "@/lib/i18n/client-messages";
import { AddElectionFields } from "./add-election-fields";

type Props = { slug: string; meetingId: string; roles: { id: string; name: string }[] };

export async function AddElectionForm({ slug, meetingId, roles }: Props) {
  return (
    <NextIntlClientProvider messages={await clientMessages(["elections.forms"])}>
      <AddElectionFields action={addElectionAction.bind(null, slug, meetingId)} roles={roles} idPrefix="add-election" />
    </NextIntlClientProvider>
  );
}
