// Ends every session of the account, this one included. A plain form: no JavaScript needed.
import { signOutEverywhereAction } from "@/lib/auth/account-actions";
import { secondaryButton } from "@/components/ui/styles";

export function SignOutEverywhereForm({ label }: { label: string }) {
  return (
    <form action={signOutEverywhereAction}>
      <button type="submit" className={secondaryButton}>
        {label}
      </button>
    </form>
  );
}
