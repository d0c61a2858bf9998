import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through components/ui/link.tsx (no prefetching: see the comment there).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link (no prefetching)." }] }],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "tools/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
];

export default config;
