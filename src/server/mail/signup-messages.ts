import escapeHtml from 'escape-html';
import type { MailMessage } from './mailer.js';

const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5;color:#222">\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>`;

/** To a new address: the link that makes the account. Nothing about the person beyond that. */
export function confirmSignupMessage(to: string, link: string): MailMessage {
  const text = [
    'Hello,',
    '',
    'Someone started a Steady account with this address. If it was you, open this link within the next day and type the password you chose:',
    '',
    link,
    '',
    'If it was not you, you can let this mail go. No account is made without the link and that password.',
    '',
    'Steady',
  ].join('\n');
  const html = page([
    'Hello,',
    'Someone started a Steady account with this address. If it was you, open this link within the next day and type the password you chose:',
    `<a href="${escapeHtml(link)}">Finish creating my account</a>`,
    'If it was not you, you can let this mail go. No account is made without the link and that password.',
    'Steady',
  ]);
  return { to, subject: 'Finish creating your Steady account', text, html };
}

/**
 * To an address that already has an account: kind, not alarming, with the ways back in. It says
 * nothing was changed, because nothing was.
 */
export function alreadyRegisteredMessage(to: string, loginLink: string, forgotLink: string): MailMessage {
  const text = [
    'Hello,',
    '',
    'Someone tried to create a Steady account with this address, which already has one. Nothing about your account has changed.',
    '',
    'If it was you, you can log in here:',
    loginLink,
    '',
    'If you have forgotten your password, you can choose a new one here:',
    forgotLink,
    '',
    'If it was not you, you can let this mail go.',
    '',
    'Steady',
  ].join('\n');
  const html = page([
    'Hello,',
    'Someone tried to create a Steady account with this address, which already has one. Nothing about your account has changed.',
    `If it was you, you can <a href="${escapeHtml(loginLink)}">log in</a>, or <a href="${escapeHtml(forgotLink)}">choose a new password</a> if you have forgotten it.`,
    'If it was not you, you can let this mail go.',
    'Steady',
  ]);
  return { to, subject: 'Your Steady account', text, html };
}
