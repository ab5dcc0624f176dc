import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { plainText, smtpSink, tokenFromMail, type SmtpSink } from '../test/support/smtp-sink.js';
import { test, expect } from './support/test.js';
import { newPerson } from './support/people.js';
import { ConfirmSignupPage, SignupPage } from './pages/AuthPages.js';

/*
 * A Steady that sends mail, of its own: the shared end-to-end server has none, so its sign-ups stay
 * immediate. Its port sits beside the shared one's, so parallel runs on other ports never meet.
 */
const PORT = Number(process.env.E2E_PORT ?? 8391) + 2000;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WEATHER = 'https://weather.example.org/today';
const SHOTS = '/tmp/quiet-signup-shots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let sink: SmtpSink;
let server: ChildProcess;

test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  sink = await smtpSink();
  server = spawn(process.execPath, ['bin/steady.mjs', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'steady-e2e-mail-')),
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: ORIGIN,
      SMTP_URL: sink.url,
      QUICK_EXIT_URL: WEATHER,
      ARGON2_FAST: '1',
      SIGNUP_LIMIT: '100000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  server.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  for (let i = 0; ; i++) {
    const up = await fetch(`${ORIGIN}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 450) throw new Error(`the mail server’s Steady did not start: ${errors.slice(-800)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(async () => {
  server.kill('SIGTERM');
  await sink.close();
});

/** The next mail to `email`, as its plain text and the sign-up link in it (if any). */
async function nextMailTo(email: string, after: number): Promise<{ text: string; link: string | null }> {
  await expect.poll(() => sink.mails.slice(after).filter((m) => m.to.includes(email)).length).toBe(1);
  const mail = sink.mails.slice(after).find((m) => m.to.includes(email))!;
  const text = plainText(mail);
  return {
    text,
    link: text.includes('/signup/confirm#token=') ? `${ORIGIN}/signup/confirm#token=${tokenFromMail(mail, '/signup/confirm')}` : null,
  };
}

test('with mail, sign-up says “check your inbox” to every address, and the link with the password makes the space', async ({
  page,
  browser,
  console,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const person = newPerson({ displayName: 'Noor' });
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.fill(person);
  let before = sink.mails.length;
  await signup.submit();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
  const answer = (await page.getByRole('status').filter({ hasText: 'sent a message' }).textContent()) ?? '';
  expect(answer).toMatch(/sent a message to that address/);
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/check-inbox.png`, fullPage: true });
  const { link } = await nextMailTo(person.email, before);
  expect(link).not.toBeNull();

  // The link opens the last step; the token leaves the address bar as soon as it is read.
  const confirm = new ConfirmSignupPage(page);
  await confirm.open(link!);
  await expect(page.getByRole('heading', { level: 1, name: 'Finish creating your space' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/confirm.png`, fullPage: true });
  console.allow(400, /signup\/confirm/);
  await confirm.finish('not the one I chose at all');
  await expect(page.getByText('Type the password you chose when you signed up').first()).toBeVisible();
  await confirm.finish(person.password);
  await expect(page).toHaveURL(/\/welcome$/);

  // Someone else types the same address: the very same answer, and the owner gets a kind note instead of a link.
  const context = await browser.newContext({ baseURL: ORIGIN });
  const other = await context.newPage();
  const again = new SignupPage(other);
  await again.goto();
  await again.fill({ ...person, displayName: 'Someone', password: 'a different long phrase here' });
  before = sink.mails.length;
  await again.submit();
  await expect(other.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
  expect(await other.getByRole('status').filter({ hasText: 'sent a message' }).textContent()).toBe(answer);
  const note = await nextMailTo(person.email, before);
  expect(note.link).toBeNull();
  expect(note.text).toMatch(/already has one/);
  expect(note.text).toContain(`${ORIGIN}/forgot`);

  // The used link, a second time: kind words and a way on.
  await new ConfirmSignupPage(other).open(link!);
  await expect(other.getByRole('heading', { level: 1, name: 'Finish creating your space' })).toBeVisible();
  await new ConfirmSignupPage(other).finish(person.password);
  await expect(other.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await other.screenshot({ path: `${SHOTS}/stale.png`, fullPage: true });
  await context.close();
});

test('the quick exit goes to the page the server names in QUICK_EXIT_URL', async ({ page }) => {
  await page.route('https://weather.example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Today: light rain</h1>' }),
  );
  const remembered = page.waitForResponse((r) => r.url().endsWith('/api/v1/quick-exit'));
  await page.goto('/login');
  await remembered;
  await expect.poll(() => page.evaluate(() => localStorage.getItem('steady-quick-exit'))).toBe(WEATHER);
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Quick exit|Exit)\b/ })
    .click();
  await expect(page).toHaveURL(WEATHER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today: light rain');
});
