import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { AppShell } from './pages/AppShell.js';
import { SosPage } from './pages/SosPage.js';

test.describe('signed out', () => {
  for (const path of ['/', '/login', '/signup', '/no-such-page']) {
    test(`SOS is one click away from ${path}`, async ({ page }) => {
      const shell = new AppShell(page);
      await page.goto(path);
      await shell.settled();
      await shell.openSos();
      // en-GB browser, nobody signed in: UK lines.
      await expect(new SosPage(page).callLink('116 123')).toBeVisible();
      await expect(new SosPage(page).callLink('999')).toBeVisible();
    });
  }

  test('the person can switch to the lines for where they are', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    await sos.chooseRegion('US');
    await expect(sos.callLink('988')).toBeVisible();
    await expect(sos.callLink('988')).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('main').getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  });

  test('lines for a newly covered place show with call links, hours and languages; axe is clean in light and dark', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    const main = page.getByRole('main');
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await sos.chooseRegion('MX');
      await expect(sos.callLink('800 911 2000')).toHaveAttribute('href', 'tel:8009112000');
      await expect(sos.callLink('911')).toHaveAttribute('href', 'tel:911');
      await expect(main.getByText('In Spanish')).toBeVisible();
      await sos.chooseRegion('JP');
      await expect(sos.callLink('0120-279-338').first()).toHaveAttribute('href', 'tel:0120279338');
      await expect(sos.callLink('119')).toBeVisible();
      await expect(main.getByText('Every day, 10:00 to 22:00')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      violations.push(...results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    expect(violations).toEqual([]);
  });

  test('a text line that needs a keyword carries it, and a chat opens in a new tab', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    await sos.chooseRegion('US');
    await expect(page.getByRole('main').getByRole('link', { name: 'Text HOME to 741741' })).toHaveAttribute(
      'href',
      'sms:741741?&body=HOME',
    );
    const chat = page.getByRole('main').getByRole('link', { name: /^Chat online with 988/ });
    await expect(chat).toHaveAttribute('target', '_blank');
  });

  test('a place without checked lines gets the directory and emergency guidance, never an empty list', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    await sos.chooseRegion('MN');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Find a Helpline' })).toBeVisible();
    await expect(main.getByText(/Call your local emergency number/)).toBeVisible();
  });

  test('with no connection, switching place still shows that place’s lines', async ({ page, context, console }) => {
    console.allowMessage(/net::ERR_INTERNET_DISCONNECTED|Failed to fetch/);
    const sos = new SosPage(page);
    await sos.goto();
    await context.setOffline(true);
    await sos.chooseRegion('CL');
    await expect(sos.callLink('*4141')).toHaveAttribute('href', 'tel:*4141');
    await context.setOffline(false);
  });

  test('the grounding exercise walks through all five senses', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    await sos.groundingNext();
    await expect(page.getByText('Step 1 of 5')).toBeVisible();
    await expect(page.getByRole('heading', { name: '5 things you can see' })).toBeVisible();
    for (const [step, heading] of [
      [2, '4 things you can feel'],
      [3, '3 sounds you can hear'],
      [4, '2 things you can smell'],
      [5, '1 thing you can taste'],
    ] as const) {
      await sos.groundingNext();
      await expect(page.getByText(`Step ${step} of 5`)).toBeVisible();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await sos.groundingNext();
    await expect(page.getByRole('heading', { name: 'You’re here, right now' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start again' })).toBeFocused();
  });
});

test.describe('a browser in the US', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('shows 988 before anyone signs in', async ({ page }) => {
    const sos = new SosPage(page);
    await sos.goto();
    await expect(sos.callLink('988')).toBeVisible();
    await expect(sos.callLink('911')).toBeVisible();
  });
});

test('SOS is one click away from every signed-in screen, with the person’s own lines', async ({ page }) => {
  const { csrf } = await signUpQuickly(page, newPerson({ region: 'US', timeZone: 'America/Chicago' }));
  const id = await writeQuickly(page.request, csrf, { text: 'A quiet evening.' });
  const shell = new AppShell(page);
  for (const path of ['/home', '/journal', '/journal/new', `/journal/${id}`, '/settings', '/nothing-here']) {
    await page.goto(path);
    await shell.settled();
    await shell.openSos();
    await expect(new SosPage(page).callLink('988'), `from ${path}`).toBeVisible();
  }
});
