import type { Request } from '@playwright/test';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';
import { JournalPage } from './pages/JournalPage.js';

const WORDS = "I don't want to wake up anymore";

test('support appears while writing and after saving, and the words stay exactly as written', async ({ page }) => {
  await signUpQuickly(page);
  const journal = new JournalPage(page);
  await journal.startWriting();

  // Nothing the person types leaves the browser until they choose to save.
  const sentWhileWriting: string[] = [];
  const watch = (req: Request) => {
    if (req.url().includes('/api/') && (req.postData() ?? '').includes('wake up')) sentWhileWriting.push(req.url());
  };
  page.on('request', watch);

  const text = `Long day. ${WORDS}.\nStill here, writing it down.`;
  await journal.type(text);
  await expect(journal.crisisPanel).toBeVisible();
  await expect(journal.crisisPanel.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  await expect(journal.crisisPanel.getByRole('link', { name: 'More support' })).toHaveAttribute('href', '/sos');
  // Calm, not an interruption: no alert, no modal, and typing carries on.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(journal.textBox).toBeFocused();
  expect(sentWhileWriting).toEqual([]);
  page.off('request', watch);

  await journal.save();
  await expect(journal.crisisPanel).toBeVisible();
  await expect(journal.entryText).toHaveText(text);

  await page.reload();
  await expect(journal.entryText).toHaveText(text);
});

test('ordinary sadness does not bring up the panel', async ({ page }) => {
  await signUpQuickly(page);
  const journal = new JournalPage(page);
  await journal.startWriting();
  await journal.type('I was dying to see her, and then she was late. Felt low for a while.');
  await page.waitForTimeout(900);
  await expect(journal.crisisPanel).toHaveCount(0);
});
