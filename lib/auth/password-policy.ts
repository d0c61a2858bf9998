// What a new password must satisfy. Length is the main defence (NIST SP 800-63B): at least 8
// characters, no composition rules, but never a password from the list of the most common
// ones (zxcvbn's, ~49,000 entries) nor the person's own email address.
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 8;
/** scrypt hashes any length, but an upper bound keeps a single request cheap. */
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "sameAsEmail";

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary.passwords.map((password) => password.toLowerCase()));
  return common;
}

/** The first problem with `password` as a new password for `email`, or null when it is fine. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  // Count characters as people see them (an emoji is one), not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lowered = password.toLowerCase();
  if (commonPasswords().has(lowered)) return "common";
  if (email && lowered.trim() === email.trim().toLowerCase()) return "sameAsEmail";
  return null;
}
