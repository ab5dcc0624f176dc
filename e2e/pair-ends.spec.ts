import type { Page } from '@playwright/test';
import { PairPages } from './pages/PairPages.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { ConsoleGuard, expect, test } from './support/test.js';

/** This week's Monday (UTC), the week the goals screen opens on. */
const today = new Date();
const WEEK = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);

/**
 * A pair that ends because one partner deletes their account: the one who stays is told kindly on
 * the screen they have open, can link with someone new through the screens, and the new partner
 * sees nothing that was shared with the one before.
 */
test('a partner who deletes their account ends the pair kindly, and the next partner sees nothing of it', async ({
  page,
  browser,
  console,
}) => {
  test.setTimeout(180_000);
  const contexts = [] as Array<Awaited<ReturnType<typeof browser.newContext>>>;
  const other = async (): Promise<{ page: Page; guard: ConsoleGuard }> => {
    const ctx = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    contexts.push(ctx);
    const p = await ctx.newPage();
    const guard = new ConsoleGuard();
    guard.watch(p);
    return { page: p, guard };
  };
  // The screen showing the pair space when it closes may still ask for a pair object once.
  console.allow(404, /\/api\/v1\/pair\//);

  const alex = await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  const b = await other();
  const billie = await signUpQuickly(b.page, newPerson({ displayName: 'Billie' }));
  const alexPages = new PairPages(page);
  const billiePages = new PairPages(b.page);

  await alexPages.open();
  const code = await alexPages.makeCode();
  await billiePages.open();
  await billiePages.join(code);
  await expect(billiePages.heading).toHaveText('You and Alex');

  // Alex shares a little of everything with Billie.
  const send = async (method: 'post' | 'patch', url: string, data: unknown) => {
    const res = await page.request[method](url, { data, headers: { 'x-csrf-token': alex.csrf } });
    expect(res.status(), `${url}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  await send('post', '/api/v1/pair/topics', { text: 'The trip with Billie', shared: true });
  await send('post', '/api/v1/pair/kudos', { text: 'Thank you for the walk, Billie' });
  const goal = await send('post', '/api/v1/goals', { title: 'Walk with Billie on Sunday', scope: 'personal', weekStart: WEEK });
  await send('patch', `/api/v1/goals/${goal.goal.id}`, { shared: true });
  await send('post', '/api/v1/cycle-events', {
    occurredAt: '2026-11-20T21:00:00.000Z',
    stage: 'pursuit',
    actor: 'me',
    intensity: 6,
    shared: true,
  });
  await send('post', '/api/v1/goals', { title: 'Alex’s own quiet hour', scope: 'personal', weekStart: WEEK });

  // Billie sees the shared goal while they are linked (so its absence for Casey later means something).
  await b.page.goto('/goals');
  await expect(b.page.getByText('Walk with Billie on Sunday')).toBeVisible();

  // Alex keeps the partner page open; Billie deletes their account from the settings screen.
  await page.goto('/pair');
  await expect(alexPages.heading).toHaveText('You and Billie');
  const settings = new SettingsPage(b.page);
  await settings.goto();
  await settings.deleteAccount(billie.person.password);
  await expect(b.page).toHaveURL(/\/$/);

  // Alex's open screen learns at once, in kind words.
  await expect(alexPages.heading).toHaveText('Link with your partner');
  await expect(alexPages.endedNotice).toBeVisible();
  await expect(alexPages.endedNotice.getByRole('heading')).toHaveText('Your partner has left Steady');
  await expect(alexPages.endedNotice).not.toContainText('Billie');
  await alexPages.expectAccessible();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: '/tmp/pair-end-shots/notice-pair.png', fullPage: true });

  // The same news on home, once: put away there, it is gone from the partner page too.
  await page.goto('/home');
  await expect(alexPages.endedNotice).toBeVisible();
  await expect(alexPages.endedNotice.getByRole('link', { name: 'Go to your pair space' })).toBeVisible();
  await page.screenshot({ path: '/tmp/pair-end-shots/notice-home.png', fullPage: true });
  await alexPages.dismissEnded();
  await page.goto('/pair');
  await expect(alexPages.heading).toHaveText('Link with your partner');
  await expect(alexPages.endedNotice).toHaveCount(0);

  // Alex links with Casey through the screens.
  const nextCode = await alexPages.makeCode();
  const c = await other();
  await signUpQuickly(c.page, newPerson({ displayName: 'Casey' }));
  const caseyPages = new PairPages(c.page);
  await caseyPages.open();
  await caseyPages.join(nextCode);
  await expect(caseyPages.heading).toHaveText('You and Alex');
  await expect(alexPages.heading).toHaveText('You and Casey');

  // Casey's screens show nothing Alex shared with Billie, though Alex's own things are still there for Alex.
  await expect(c.page.getByText('The trip with Billie')).toHaveCount(0);
  await page.goto('/goals');
  await expect(page.getByText('Walk with Billie on Sunday', { exact: true })).toBeVisible();
  await expect(page.getByText('Alex’s own quiet hour', { exact: true })).toBeVisible();
  for (const [path, text] of [
    ['/pair/kudos', 'Thank you for the walk, Billie'],
    ['/goals', 'Walk with Billie on Sunday'],
    ['/goals', 'Alex’s own quiet hour'],
  ] as const) {
    await c.page.goto(path);
    await expect(c.page.getByRole('heading', { level: 1 })).toBeVisible();
    await caseyPages.settled();
    await expect(c.page.getByText(text)).toHaveCount(0);
  }
  const moments = await c.page.request.get('/api/v1/pair/cycle-events');
  expect((await moments.json()).items).toEqual([]);

  expect([...b.guard.problems, ...c.guard.problems]).toEqual([]);
  for (const ctx of contexts) await ctx.close();
});
