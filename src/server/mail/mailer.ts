import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail after the answer has gone, so how long a mail server takes never shows in a response. */
export interface Mailer {
  /** Queues a message; failures are logged by kind only (never the address or the contents). */
  send(message: MailMessage): void;
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
    send(message) {
      const sending = transport
        .sendMail({ from, ...message })
        .then(() => undefined)
        .catch((err: unknown) => {
          // Mail errors quote the recipient ("550 … <name@example.org>"): only the kind is logged.
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
