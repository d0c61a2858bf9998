// Sending email. Every message is first written to the OutboundEmail table (the development
// outbox, and a trace of what was sent); when SMTP is configured it is then sent with nodemailer.
// A sending failure is recorded on the row and never reaches the person who triggered it.
import "server-only";
import nodemailer from "nodemailer";
import { db } from "./db";
import { env, smtpConfigured } from "./env";

export type Email = { to: string; subject: string; text: string; organizationId?: string };

let transport: nodemailer.Transporter | undefined;

function smtp(): nodemailer.Transporter {
  const e = env();
  transport ??= nodemailer.createTransport({
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } : undefined,
  });
  return transport;
}

/** Records the email and sends it when SMTP is configured. Plain text only: nothing a user
 * wrote can become markup in a mail client. */
export async function sendEmail(email: Email): Promise<void> {
  const row = await db.outboundEmail.create({
    data: { to: email.to, subject: email.subject, text: email.text, organizationId: email.organizationId },
    select: { id: true },
  });
  if (!smtpConfigured()) return;
  try {
    await smtp().sendMail({ from: env().SMTP_FROM, to: email.to, subject: email.subject, text: email.text });
    await db.outboundEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    await db.outboundEmail.update({ where: { id: row.id }, data: { error: reason } });
    console.error(`[mail] sending ${row.id} failed: ${reason}`);
  }
}
