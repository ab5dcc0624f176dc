import { describe, expect, it } from 'vitest';
import { defaultFrom } from './mailer.js';
import { resetMessage } from './reset-message.js';

describe('the reset mail', () => {
  it('has the link in both parts, escaped in the HTML, and says the data is kept', () => {
    const m = resetMessage('sam@example.org', 'https://s.example.org/reset#token=a"<b>');
    expect(m.to).toBe('sam@example.org');
    expect(m.text).toContain('https://s.example.org/reset#token=a"<b>');
    expect(m.html).toContain('href="https://s.example.org/reset#token=a&quot;&lt;b&gt;"');
    expect(m.html).not.toContain('<b>');
    expect(m.text).toMatch(/stays just as it was/);
  });

  it('comes from a no-reply address at the public host unless MAIL_FROM says otherwise', () => {
    expect(defaultFrom('https://steady.example.org/app')).toBe('Steady <no-reply@steady.example.org>');
  });
});
