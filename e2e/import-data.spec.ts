import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { SettingsPage } from './pages/SettingsPage.js';

test('bring an export from another Steady into a new account, and again without copies', async ({ page, playwright, baseURL }) => {
  // The "other server": someone's export, made through the API.
  const other = await playwright.request.newContext({ baseURL });
  const signed = await other.post('/api/v1/auth/signup', { data: newPerson({ displayName: 'Ash' }) });
  const csrf = ((await signed.json()) as { csrfToken: string }).csrfToken;
  await writeQuickly(other, csrf, { text: 'Written on my old server.' });
  await writeQuickly(other, csrf, { text: 'And one more line.' });
  const file = await (await other.get('/api/v1/me/export')).text();
  await other.dispose();

  await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(page.getByRole('heading', { name: 'Bring your data from another Steady' })).toBeVisible();
  await settings.importExport(file);
  await expect(page.getByRole('status').getByText('2 journal entries')).toBeVisible();
  await page.getByRole('heading', { name: 'Bring your data from another Steady' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-data.png', fullPage: false });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await settings.importExport(file);
  await expect(page.getByText('Everything in this file is already here.')).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText('Written on my old server.')).toHaveCount(1);
});
