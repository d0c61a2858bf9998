// Environment variables, validated once with zod. A wrong or missing value stops the app at
// start-up with a message naming the variable, instead of failing later on a request.
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required (npm start sets it when it runs the embedded database)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, e.g. https://gouvernance.example.org").optional(),
    NEXTAUTH_SECRET: optional,
    /** Use X-Forwarded-For for the client's IP (only behind a reverse proxy that sets it). */
    TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    SMTP_HOST: optional,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    SMTP_USER: optional,
    SMTP_PASSWORD: optional,
    SMTP_FROM: z.string().default("Interpôles <no-reply@localhost>"),
    OIDC_ISSUER: z.url("OIDC_ISSUER must be the issuer URL, e.g. https://sso.example.org/realms/coop").optional(),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: z.string().default("SSO"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET must hold at least 32 characters in production (openssl rand -base64 32)",
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc > 0 && oidc < 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`SMTP_HOST=` in a .env file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new EnvError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function smtpConfigured(): boolean {
  return Boolean(env().SMTP_HOST);
}

export function oidcConfigured(): boolean {
  return Boolean(env().OIDC_ISSUER);
}
