import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through components/ui/link.tsx (plain anchors: ADR 0017); server translations and
    // formatters through lib/i18n/server.ts (caches shared across requests: see the comment there).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx", "lib/i18n/server.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [
          { name: "next/link", message: "Import Link from @/components/ui/link (plain anchors, ADR 0017)." },
          { name: "next-intl/server", importNames: ["getTranslations", "getFormatter"], message: "Import them from @/lib/i18n/server (shared caches)." },
        ],
      }],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "tools/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
];

export default config;
