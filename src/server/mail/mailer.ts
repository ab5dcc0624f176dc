import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends mail after the answer has gone: how long the lookup, the write and the mail server take
 * never shows in a response, so timing cannot tell a registered email from an unknown one.
 */
export interface Mailer {
  /**
   * Runs `compose` in the background and sends what it returns (nothing for null). Failures are
   * logged by kind only, never the address or the contents.
   */
  send(compose: () => Promise<MailMessage | null>): void;
  /** Resolves when everything queued so far has been handed over or has failed. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * SMTP through nodemailer, configured by one URL (`smtp://user:pass@host:587`, `smtps://…:465`;
 * nodemailer reads the rest from query options such as `?tls.rejectUnauthorized=false`).
 */
export function createMailer(smtpUrl: string, from: string, log: FastifyBaseLogger): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const pending = new Set<Promise<void>>();
  return {
    send(compose) {
      // setImmediate: after the answer is on its way (SQLite's queries run on this thread).
      const sending = new Promise<void>((resolve) => setImmediate(resolve))
        .then(compose)
        .then(async (message) => {
          if (message) await transport.sendMail({ from, ...message });
        })
        .catch((err: unknown) => {
          // Mail errors quote the recipient ("550 … <name@example.org>"): only the kind is logged.
          // A database error while composing is logged the same way.
          const code = typeof err === 'object' && err && 'code' in err ? String(err.code) : 'unknown';
          log.warn({ mail: 'failed', code }, 'mail not sent');
        })
        .finally(() => pending.delete(sending));
      pending.add(sending);
    },
    async idle() {
      await Promise.all([...pending]);
    },
    async close() {
      await Promise.all([...pending]);
      transport.close();
    },
  };
}

/** Without MAIL_FROM: a no-reply address at the public host, which most mail servers accept as a sender. */
export function defaultFrom(publicUrl: string): string {
  return `Steady <no-reply@${new URL(publicUrl).hostname}>`;
}
