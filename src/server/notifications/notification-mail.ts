import escapeHtml from 'escape-html';
import type { Locale } from '../../contracts/locale.js';
import type { PushPayload } from '../../contracts/notifications/notifications.js';
import { notificationMailWords } from '../../core/notifications/mail-words.js';
import type { MailMessage } from '../mail/mailer.js';

/**
 * The mail for one notification: Steady's own words only (payload.title/body), a link to
 * PUBLIC_URL + payload.link (or the app's home), a line on how to turn these mails off
 * (Settings → Reminders). No private content, ever: mail crosses servers Steady does not control
 * and sits in inboxes others may read, so it says no more than a lock screen would.
 */
export function notificationMail(to: string, payload: PushPayload, publicUrl: string, locale: Locale): MailMessage {
  const t = notificationMailWords(locale);
  const base = publicUrl.replace(/\/+$/, '');
  const link = `${base}${appPath(payload.link)}`;
  const settings = `${base}/settings`;
  const text = [
    t('greeting'),
    '',
    payload.body,
    '',
    `${t('open')}: ${link}`,
    '',
    t('private'),
    '',
    t('why'),
    t('off'),
    settings,
    '',
    t('signature'),
  ].join('\n');
  const p = (inner: string) => `<p>${inner}</p>`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#222">
${[
  p(escapeHtml(t('greeting'))),
  p(escapeHtml(payload.body)),
  p(`<a href="${escapeHtml(link)}">${escapeHtml(t('open'))}</a>`),
  p(escapeHtml(t('private'))),
  `<p style="color:#555;font-size:0.9em">${escapeHtml(t('why'))} ${escapeHtml(t('off'))} <a href="${escapeHtml(settings)}">${escapeHtml(t('settings'))}</a></p>`,
  p(escapeHtml(t('signature'))),
].join('\n')}
</body></html>`;
  return { to, subject: payload.title, text, html };
}

/**
 * The app path a notification is about, or the home page. Only a path on this site: a link that
 * named another host ("//elsewhere", "https://…") would turn Steady's own mail into a way to send
 * people somewhere else.
 */
function appPath(link: string | null): string {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return '/';
  return link;
}
