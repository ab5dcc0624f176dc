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
