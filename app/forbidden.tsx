// Shown when a page calls forbidden() from next/navigation (HTTP 403): the person is a member
// but their permission does not allow this page.
import { MessagePage } from "@/components/shell/message-page";

export default function Forbidden() {
  return <MessagePage namespace="shell.forbidden" />;
}
