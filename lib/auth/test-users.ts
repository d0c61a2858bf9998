// Users for database tests: unique emails, so tests never collide with each other or demo data.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "./password";

export const TEST_PASSWORD = "cercle-pôle-consentement";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.org`;
}

export function uniqueIp(): string {
  return `test-${randomUUID()}`;
}

export async function createTestUser(options: { password?: string | null; disabled?: boolean; email?: string } = {}) {
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  return db.user.create({
    data: {
      email: options.email ?? uniqueEmail(),
      name: "Camille Test",
      passwordHash: password === null ? null : await hashPassword(password),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, sessionVersion: true },
  });
}
