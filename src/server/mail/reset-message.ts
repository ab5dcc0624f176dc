import escapeHtml from 'escape-html';
import type { MailMessage } from './mailer.js';

/**
 * The reset mail. Plain words, nothing about the person or their data (mail passes through
 * servers Steady does not control), and a line for whoever did not ask, so it reassures rather
 * than alarms.
 */
export function resetMessage(to: string, link: string): MailMessage {
  const text = [
    'Hello,',
    '',
    'Someone asked to set a new password for your Steady account. If it was you, open this link within the next hour:',
    '',
    link,
    '',
    'Everything you wrote stays just as it was.',
    '',
    'If you did not ask, you can let this mail go. Your password has not changed and nobody can use this link without your mailbox.',
    '',
    'Steady',
  ].join('\n');
  const safe = escapeHtml(link);
  const html = `<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5;color:#222">
<p>Hello,</p>
<p>Someone asked to set a new password for your Steady account. If it was you, open this link within the next hour:</p>
<p><a href="${safe}">Choose a new password</a></p>
<p>Everything you wrote stays just as it was.</p>
<p>If you did not ask, you can let this mail go. Your password has not changed and nobody can use this link without your mailbox.</p>
<p>Steady</p>
</body></html>`;
  return { to, subject: 'Choose a new Steady password', text, html };
}
