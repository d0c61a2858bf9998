// HTTP 404: also what a non-member sees of an organisation (as if it did not exist).
import { MessagePage } from "@/components/shell/message-page";

export default function NotFound() {
  return <MessagePage namespace="shell.notFound" />;
}
