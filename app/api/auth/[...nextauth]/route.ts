// next-auth's own endpoints: the session endpoint and, when configured, the OpenID Connect
// callback. Email and password sign-in does not come through here (see lib/auth/actions.ts).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
