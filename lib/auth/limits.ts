// The rate limits of sign-in and account recovery. Keys are namespaced by what they limit; each
// key always uses the same window (see lib/rate-limit/consume.ts).
import type { RateLimit } from "@/lib/rate-limit/consume";

const MINUTE = 60_000;

/** Failed sign-ins per email: slows down guessing one person's password. */
export const SIGN_IN_PER_EMAIL: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
/** Failed sign-ins per IP: slows down trying one common password against many emails. */
export const SIGN_IN_PER_IP: RateLimit = { limit: 50, windowMs: 15 * MINUTE };
export const SIGN_UP_PER_IP: RateLimit = { limit: 10, windowMs: 60 * MINUTE };
export const FORGOT_PASSWORD_PER_IP: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
/** Reset emails per address: nobody can flood someone's mailbox, whatever their IPs. */
export const FORGOT_PASSWORD_PER_EMAIL: RateLimit = { limit: 3, windowMs: 60 * MINUTE };
/** Wrong current passwords on the account page (someone at an unlocked, signed-in computer). */
export const CHANGE_PASSWORD_PER_USER: RateLimit = { limit: 10, windowMs: 15 * MINUTE };

export const keys = {
  signInEmail: (email: string) => `signin:email:${email}`,
  signInIp: (ip: string) => `signin:ip:${ip}`,
  signUpIp: (ip: string) => `signup:ip:${ip}`,
  forgotIp: (ip: string) => `forgot:ip:${ip}`,
  forgotEmail: (email: string) => `forgot:email:${email}`,
  changePassword: (userId: string) => `password-change:user:${userId}`,
};
