import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { linkQuickly } from './support/pair.js';
import { SignupPage } from './pages/AuthPages.js';
import { AppShell } from './pages/AppShell.js';
import { FirstRunPage } from './pages/FirstRunPage.js';
import { SettingsPage } from './pages/SettingsPage.js';

// Issue 13, group 6 ("No welcome"): sign-up landed on eight equal cards, nothing asked what brought
// the person here, and several capabilities could be reached from one home card only.

interface Me {
  focus: string[];
  welcome: string | null;
  welcomedAt: string | null;
  region: string;
}
async function me(page: Page): Promise<Me> {
  const res = await page.request.get('/api/v1/me');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { user: Me }).user;
}

/** The titles of a navigation's links, in order. */
async function linkTitles(page: Page, nav: string): Promise<string[]> {
  return page.getByRole('navigation', { name: nav }).locator('.quick-link-title').allInnerTexts();
}

test('signing up opens the welcome: focus, region, no partner for now, a first action, and home puts that focus first', async ({
  page,
}) => {
  const person = newPerson({ displayName: 'Robin', region: 'GB' });
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.fill(person);
  await signup.submit();

  const welcome = new FirstRunPage(page);
  await expect(page).toHaveURL(/\/welcome$/);
  await welcome.expectStep(1, 'Welcome, Robin. What brings you here?');
  // Help stays one tap away all through it.
  const shell = new AppShell(page);
  await expect(shell.sosLink).toBeVisible();
  await expect(shell.urgeLink).toBeVisible();
  // Plain, kind words: nothing that sounds like a label for the person.
  await expect(page.locator('main')).not.toContainText(/disorder|diagnos|symptom|patient/i);
  await welcome.focusChoice('Chasing and pulling back with a partner').check();
  await welcome.focusChoice('Feeling alone, or far from people').check();
  await welcome.next();

  await welcome.expectStep(2, 'Where are you?');
  // Prefilled from the profile (which sign-up took from the browser).
  await expect(welcome.region).toHaveValue('GB');
  await welcome.region.selectOption('IE');
  await expect(page.getByRole('heading', { name: 'Ireland: help includes' })).toBeVisible();
  await welcome.next();

  await welcome.expectStep(3, 'Link with a partner, if you like');
  await expect(page.getByRole('button', { name: 'Make a code' })).toBeVisible();
  await expect(page.getByLabel('Their code')).toBeVisible();
  await welcome.notNow();

  await welcome.expectStep(4, 'A first small step');
  await expect(page.getByRole('term').filter({ hasText: 'The urge button' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Check-ins' })).toBeVisible();
  await page.getByRole('link', { name: /^Add a person/ }).click();
  await expect(page).toHaveURL(/\/people\/new$/);

  // Kept on the profile, on the server.
  const saved = await me(page);
  expect(saved).toMatchObject({ focus: ['cycle', 'loneliness'], welcome: 'completed', region: 'IE' });
  expect(saved.welcomedAt).not.toBeNull();

  await page.goto('/home');
  await expect(page).toHaveURL(/\/home$/);
  await expect(shell.heading).toHaveText('Hello, Robin');
  const focused = await linkTitles(page, 'For what brought you here');
  expect(focused).toEqual(['Together', 'The cycle between you', 'People in your life']);
  // First on the page, before the prompt of the day, and highlighted.
  const order = await page.locator('h2').allInnerTexts();
  expect(order.indexOf('For what brought you here')).toBeLessThan(order.indexOf('Something to sit with'));
  await expect(page.locator('.quick-links-focus .quick-link').first()).toHaveCSS('border-top-width', '2px');
  // Nothing is hidden: everything else follows.
  const rest = await linkTitles(page, 'Everything else');
  expect(rest).toEqual(expect.arrayContaining(['Your toolkit', 'Urges you noticed', 'Over time', 'Your safety plan', 'Need help now?']));
  expect(new Set([...focused, ...rest]).size).toBe(focused.length + rest.length);
});

test('skipping the welcome is fine: home opens and does not ask again, after a reload or a new log-in', async ({ page }) => {
  const { person } = await signUpQuickly(page, newPerson(), { welcome: false });
  await page.goto('/home');
  const welcome = new FirstRunPage(page);
  await expect(page).toHaveURL(/\/welcome$/);
  await welcome.expectStep(1, /What brings you here\?$/);
  await welcome.skipAll();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${person.displayName}`);
  // No focus chosen: one list, in its usual order.
  await expect(page.getByRole('heading', { name: 'For what brought you here' })).toHaveCount(0);
  expect((await linkTitles(page, 'Quick links'))[0]).toBe('Write in your journal');
  expect(await me(page)).toMatchObject({ focus: [], welcome: 'skipped' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${person.displayName}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  // Waits for the log-out to finish: going to /login while it is still on its way finds the session
  // still open, and a signed-in person is sent home from there.
  await new SettingsPage(page).logOut();
  await page.goto('/login');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test('skipping one step keeps what was chosen before it', async ({ page }) => {
  await signUpQuickly(page, newPerson(), { welcome: false });
  await page.goto('/welcome');
  const welcome = new FirstRunPage(page);
  await welcome.focusChoice('Asking for reassurance again and again').check();
  await welcome.next();
  await welcome.expectStep(2, 'Where are you?');
  await welcome.skipAll();
  await expect(page).toHaveURL(/\/home$/);
  expect(await me(page)).toMatchObject({ focus: ['reassurance'], welcome: 'skipped', region: 'GB' });
  expect(await linkTitles(page, 'For what brought you here')).toEqual(['Your toolkit', 'Urges you noticed']);
});

test('the welcome can be seen again from Settings, showing what was chosen, and changes what home puts first', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Show the welcome again' }).click();
  const welcome = new FirstRunPage(page);
  await welcome.expectStep(1, /What brings you here\?$/);
  await welcome.focusChoice('Feeling alone, or far from people').check();
  await welcome.next();
  await welcome.next();
  await welcome.notNow();
  await welcome.expectStep(4, 'A first small step');
  // The first action matches the focus.
  await expect(page.getByRole('link', { name: /^Add a person/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Try the urge button/ })).toHaveCount(0);
  await welcome.goHome();
  await expect(page).toHaveURL(/\/home$/);
  expect(await linkTitles(page, 'For what brought you here')).toEqual(['People in your life']);

  // Back again: the earlier choice is shown ticked, and the browser's back button walks the steps.
  await page.goto('/settings');
  await expect(page.getByText(/Home puts these first: feeling alone, or far from people/)).toBeVisible();
  await page.getByRole('link', { name: 'Show the welcome again' }).click();
  await expect(welcome.focusChoice('Feeling alone, or far from people')).toBeChecked();
  await welcome.next();
  await welcome.expectStep(2, 'Where are you?');
  await page.goBack();
  await welcome.expectStep(1, /What brings you here\?$/);
});

test('a partner can be linked from the welcome with the same code as on the partner page', async ({ page, browser }) => {
  await signUpQuickly(page, newPerson({ displayName: 'Robin' }), { welcome: false });
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  await signUpQuickly(other, newPerson({ displayName: 'Sam' }), { welcome: false });

  await page.goto('/welcome?step=3');
  await page.getByRole('button', { name: 'Make a code' }).click();
  const code = (await page.getByTestId('invitation-code').locator('[aria-hidden="true"]').innerText()).trim();

  await other.goto('/welcome?step=3');
  await other.getByLabel('Their code').fill(code);
  await other.getByRole('button', { name: 'Link with them' }).click();
  await new FirstRunPage(other).expectStep(4, 'A first small step');
  await other.goto('/welcome?step=3');
  await expect(other.getByText('You’re already linked with Robin.', { exact: false })).toBeVisible();
  await otherContext.close();

  await page.goto('/pair');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You and Sam');
});

test('from the partner page, every partner capability is one tap away', async ({ page, browser }) => {
  const me = await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  const partner = await signUpQuickly(other, newPerson({ displayName: 'Sam' }));
  await linkQuickly({ page, csrf: me.csrf }, { page: other, csrf: partner.csrf });
  await otherContext.close();

  const places: [string, RegExp, RegExp][] = [
    ['Check-in', /\/pair\/check-in$/, /./],
    ['Ask, the way you agreed', /\/pair\/requests$/, /./],
    ['Kudos', /\/pair\/kudos$/, /./],
    ['Our stress plan', /\/pair\/stress-plan$/, /./],
    ['Goals for the week', /\/goals$/, /./],
    ['Reviews', /\/reviews$/, /./],
    ['The cycle between you', /\/cycles$/, /Notice the cycle/],
  ];
  for (const [name, url, heading] of places) {
    await page.goto('/pair');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You and Sam');
    await page
      .getByRole('navigation', { name: 'What you do together' })
      .getByRole('link', { name: new RegExp(`^${name}`) })
      .click();
    await expect(page, name).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }

  // The cycle log and finding support are in the main navigation too; questionnaires are a link of their own there.
  const nav = new AppShell(page);
  await nav.navLink('Cycle').click();
  await expect(page).toHaveURL(/\/cycles$/);
  await nav.navLink('Support').click();
  await page
    .getByRole('navigation', { name: 'Questionnaires' })
    .getByRole('link', { name: /^Questionnaires/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();

  // The safety plan: from SOS, home and the toolkit.
  for (const from of ['/sos', '/home', '/tools']) {
    await page.goto(from);
    await page
      .getByRole('main')
      .getByRole('link', { name: /safety plan/i })
      .first()
      .click();
    await expect(page, from).toHaveURL(/\/safety-plan$/);
  }
});

test('no two destinations share a name, and "Insights" no longer means two things', async ({ page }) => {
  await signUpQuickly(page);
  const seen = new Map<string, string>();
  const record = async (where: string, links: ReturnType<Page['getByRole']>) => {
    for (const link of await links.all()) {
      const name = (await link.innerText()).split('\n')[0]!.trim();
      const href = new URL((await link.getAttribute('href'))!, 'http://x').pathname;
      const earlier = seen.get(name);
      expect(earlier === undefined || earlier === href, `"${name}" on ${where} goes to ${href}, elsewhere to ${earlier}`).toBe(true);
      seen.set(name, href);
      expect(name, where).not.toMatch(/insights/i);
    }
  };
  const main = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const destinations = await main.evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')!]));
  expect(new Set(destinations.map(([n]) => n)).size, 'names in the main navigation').toBe(destinations.length);
  expect(new Set(destinations.map(([, h]) => h)).size, 'places in the main navigation').toBe(destinations.length);
  await record('the main navigation', main);
  await record('home', page.getByRole('main').getByRole('navigation').getByRole('link'));

  // Each destination has a title of its own.
  const titles = new Map<string, string>();
  for (const [name, href] of destinations) {
    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/ · Steady$/);
    const title = await page.title();
    expect(titles.get(title), `${name} and ${titles.get(title)} share the title ${title}`).toBeUndefined();
    titles.set(title, name!);
  }

  await page.goto('/over-time');
  await record('over time', page.getByRole('navigation', { name: 'Over time' }).getByRole('link'));
  for (const [name, url] of [
    ['My urges over time', /\/insights$/],
    ['Our cycle over time', /\/cycles\/insights$/],
    ['My connections over time', /\/people\/insights$/],
  ] as const) {
    await page.goto('/over-time');
    await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(page).toHaveURL(url);
    await expect(page).toHaveTitle(`${name} · Steady`);
  }
  await page.goto('/people');
  await record('the people pages', page.getByRole('navigation', { name: 'People pages' }).getByRole('link'));
  await page.goto('/pair');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await record('the partner page', page.getByRole('main').getByRole('navigation').getByRole('link'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`the welcome and a focused home meet WCAG 2.1 AA (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await signUpQuickly(page, newPerson(), { welcome: false });
      const report: string[] = [];
      const check = async (name: string) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of results.violations) report.push(`${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      };
      await page.goto('/home');
      const welcome = new FirstRunPage(page);
      await welcome.expectStep(1, /What brings you here\?$/);
      await welcome.focusChoice('Asking for reassurance again and again').check();
      await check('focus');
      await welcome.next();
      await welcome.expectStep(2, 'Where are you?');
      await check('region');
      await welcome.next();
      await expect(page.getByRole('button', { name: 'Make a code' })).toBeVisible();
      await check('partner');
      await welcome.notNow();
      await welcome.expectStep(4, 'A first small step');
      await check('first step');
      await welcome.goHome();
      await expect(page.getByRole('heading', { name: 'For what brought you here' })).toBeVisible();
      await check('home');
      expect(report, report.join('\n')).toEqual([]);
    });
  }
}
