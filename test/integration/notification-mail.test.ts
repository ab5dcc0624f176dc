import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushPayload } from '../../src/contracts/notifications/notifications.js';
import { NOTIFICATION_MAIL_KEYS, notificationMailWords } from '../../src/core/notifications/mail-words.js';
import { createMailer, defaultFrom } from '../../src/server/mail/mailer.js';
import { notificationMail } from '../../src/server/notifications/notification-mail.js';
import { smtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';

const PUBLIC_URL = 'https://steady.example.org';
/** Words the person wrote, which must never reach a mail. */
const PRIVATE = 'I kept checking whether Sam had read my message';

function logger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: pino({ level: 'info' }, sink) };
}

describe('a notification by email', () => {
  let inbox: SmtpInbox;
  beforeAll(async () => {
    inbox = await smtpInbox();
  });
  afterAll(async () => inbox.close());

  it('reaches a real SMTP server through SMTP_URL with the kind’s words, the link and no private text', async () => {
    const { lines, log } = logger();
    const mailer = createMailer(inbox.url, defaultFrom(PUBLIC_URL), log);
    const urgeId = randomUUID();
    const payload: PushPayload = {
      id: randomUUID(),
      kind: 'urge-follow-up',
      title: 'Time for a short check-in',
      body: 'How strong is the urge now? One tap is enough.',
      link: `/urges/${urgeId}`,
    };
    // What a careless caller might hand over along with the payload: it must not reach the mail.
    const withPrivate = { ...payload, entry: PRIVATE } as PushPayload;
    mailer.send(() => Promise.resolve(notificationMail('sam@example.org', withPrivate, PUBLIC_URL, 'en')));
    await mailer.idle();
    const [mail] = await inbox.waitFor(1);
    await mailer.close();

    expect(mail!.to).toEqual(['sam@example.org']);
    expect(mail!.from).toBe('no-reply@steady.example.org');
    expect(mail!.subject).toBe('Time for a short check-in');
    expect(mail!.text).toContain('How strong is the urge now? One tap is enough.');
    expect(mail!.text).toContain(`${PUBLIC_URL}/urges/${urgeId}`);
    expect(mail!.html).toContain(`href="${PUBLIC_URL}/urges/${urgeId}"`);
    expect(mail!.text).toContain('Settings → Reminders');
    expect(mail!.text).toContain(`${PUBLIC_URL}/settings`);
    expect(mail!.raw).not.toContain(PRIVATE);
    expect(mail!.text + mail!.html).not.toContain('Sam had read');
    expect(lines.join('')).not.toMatch(/failed|sam@example/);
  });

  it('speaks Spanish when the settings were saved in Spanish, accents intact', async () => {
    const mailer = createMailer(inbox.url, defaultFrom(PUBLIC_URL), logger().log);
    const before = inbox.mails.length;
    const payload: PushPayload = {
      id: randomUUID(),
      kind: 'test',
      title: 'Una prueba de Steady',
      body: 'Así llegan tus recordatorios.',
      link: null,
    };
    mailer.send(() => Promise.resolve(notificationMail('ana@example.org', payload, PUBLIC_URL, 'es')));
    await mailer.idle();
    const mail = (await inbox.waitFor(before + 1))[before]!;
    await mailer.close();
    expect(mail.subject).toBe('Una prueba de Steady');
    expect(mail.text).toContain('Hola:');
    expect(mail.text).toContain('Así llegan tus recordatorios.');
    expect(mail.text).toContain('Ajustes → Recordatorios');
    // No screen of its own: the link is the app's home.
    expect(mail.text).toContain(`${PUBLIC_URL}/\n`);
    expect(mail.html).toContain('lang="es"');
  });
});

describe('the notification mail', () => {
  const base: PushPayload = {
    id: randomUUID(),
    kind: 'partner-request',
    title: 'Sam sent a request',
    body: 'Open Steady to answer when it suits you.',
    link: '/pair/requests/1',
  };

  it('links only to a page of this Steady, whatever the link says', () => {
    for (const link of ['//evil.example/x', 'https://evil.example/x', '/\\evil.example', 'javascript:alert(1)', ''])
      expect(notificationMail('a@example.org', { ...base, link }, PUBLIC_URL, 'en').text).toContain(`Open Steady: ${PUBLIC_URL}/\n`);
    expect(notificationMail('a@example.org', base, `${PUBLIC_URL}/`, 'en').text).toContain(`${PUBLIC_URL}/pair/requests/1`);
    expect(notificationMail('a@example.org', base, 'https://example.org/steady', 'en').text).toContain(
      'https://example.org/steady/pair/requests/1',
    );
  });

  it('escapes the words in its HTML', () => {
    const m = notificationMail(
      'a@example.org',
      { ...base, title: 'A <b> title', body: 'Body & <i>more</i>', link: '/x?a="1"' },
      PUBLIC_URL,
      'en',
    );
    expect(m.html).not.toMatch(/<b>|<i>/);
    expect(m.html).toContain('Body &amp; &lt;i&gt;more&lt;/i&gt;');
    expect(m.html).toContain('href="https://steady.example.org/x?a=&quot;1&quot;"');
  });

  it('has every word of its frame in English and in Spanish, different and kind', () => {
    const en = notificationMailWords('en');
    const es = notificationMailWords('es');
    for (const key of NOTIFICATION_MAIL_KEYS) {
      expect(en(key)).not.toBe('');
      if (key !== 'signature') expect(es(key), key).not.toBe(en(key));
      for (const t of [en(key), es(key)]) expect(t).not.toMatch(/missed|streak|perdiste|racha/i);
    }
  });
});
