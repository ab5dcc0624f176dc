import { SMTPServer } from 'smtp-server';

/** A mail as the server received it, with the parts a reader sees decoded. */
export interface InboxMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The text/plain part, transfer encoding undone and line ends as \n. */
  text: string;
  /** The text/html part, transfer encoding undone. */
  html: string;
}

export interface SmtpInbox {
  url: string;
  mails: InboxMail[];
  waitFor(count: number, timeoutMs?: number): Promise<InboxMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1, with no TLS or AUTH offered, so
 * nodemailer speaks plain SMTP to it as it would to a relay on a LAN.
 */
export async function smtpInbox(): Promise<SmtpInbox> {
  const mails: InboxMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...readMail(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(count, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for nodemailer's output: headers, one level of multipart/alternative, QP or base64 parts, RFC 2047 subjects. */
function readMail(raw: string): { subject: string; text: string; html: string } {
  const [head = '', body = ''] = splitHead(raw);
  const headers = parseHeaders(head);
  const subject = decodeWords(headers.get('subject') ?? '');
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => p.replace(/^\r\n/, ''))
    : [raw];
  const out = { subject, text: '', html: '' };
  for (const part of parts) {
    const [partHead = '', partBody = ''] = splitHead(part);
    const h = parseHeaders(partHead);
    const decoded = decodeBody(partBody.replace(/\r\n$/, ''), h.get('content-transfer-encoding') ?? '7bit');
    if ((h.get('content-type') ?? '').startsWith('text/html')) out.html = decoded;
    else if ((h.get('content-type') ?? 'text/plain').startsWith('text/plain')) out.text = decoded.replace(/\r\n/g, '\n');
  }
  return out;
}

function splitHead(s: string): [string, string] {
  const at = s.indexOf('\r\n\r\n');
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 4)];
}

function parseHeaders(head: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

function decodeBody(body: string, encoding: string): string {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') return decodeQp(body.replace(/=\r\n/g, ''));
  return body;
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), with the space between two of them dropped. */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
    );
}
