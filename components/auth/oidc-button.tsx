// "Sign in with <provider>": a plain form posting to a Server Action, so it works without JavaScript.
import { getTranslations } from "@/lib/i18n/server";
import { signInWithOidcAction } from "@/lib/auth/actions";
import { secondaryButton } from "@/components/ui/styles";

export async function OidcButton({ providerName, callbackUrl }: { providerName: string; callbackUrl: string | null }) {
  const t = await getTranslations("auth.signIn");
  return (
    <form action={signInWithOidcAction}>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <button type="submit" className={`${secondaryButton} w-full`}>
        {t("withOidc", { name: providerName })}
      </button>
    </form>
  );
}
