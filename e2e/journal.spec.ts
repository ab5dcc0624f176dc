import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { SignupPage } from './pages/AuthPages.js';
import { JournalPage } from './pages/JournalPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { AppShell } from './pages/AppShell.js';

test('an entry survives a reload, and nobody else can see it', async ({ page, console }) => {
  const first = newPerson({ displayName: 'Alex' });
  await new SignupPage(page).signUp(first);

  const journal = new JournalPage(page);
  const text = `Felt the pull to text again after lunch.\nWaited twenty minutes instead. ${Date.now()}`;
  const id = await journal.write(text, { tags: 'Work, pause', mood: 6 });
  await expect(journal.entryText).toHaveText(text);

  await page.reload();
  await expect(journal.entryText).toHaveText(text);
  await expect(page.getByText('6 out of 10')).toBeVisible();

  await journal.openList();
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entries.first()).toContainText('Felt the pull to text again after lunch.');

  await new SettingsPage(page).goto();
  await new SettingsPage(page).logOut();

  const second = newPerson({ displayName: 'Sam' });
  await new SignupPage(page).signUp(second);
  await journal.openList();
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  await expect(journal.entries).toHaveCount(0);

  // The server answers 404 for someone else's entry; the page says so kindly.
  console.allow(404, /\/api\/v1\/journal\/[0-9a-f-]{36}$/);
  await journal.open(id);
  await expect(journal.notFound).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});

test('an entry can be edited and deleted, with a calm confirmation', async ({ page }) => {
  await signUpQuickly(page);
  const journal = new JournalPage(page);
  await journal.write('First draft of a thought.');

  await page.getByRole('button', { name: 'Edit' }).click();
  await journal.type('Second, kinder draft of a thought.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(journal.entryText).toHaveText('Second, kinder draft of a thought.');

  // Cancelling the confirmation keeps the entry.
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
  await expect(journal.entryText).toBeVisible();

  await journal.deleteOpenEntry();
  await expect(page.getByText('The entry was deleted.')).toBeVisible();
  await expect(journal.entries).toHaveCount(0);
});

test('unsaved words are never lost by accident', async ({ page }) => {
  await signUpQuickly(page);
  const journal = new JournalPage(page);
  const shell = new AppShell(page);
  await journal.startWriting();
  await journal.type('Half a sentence I do not want to lose');

  // An in-app link asks first, and "Keep writing" keeps every word.
  await shell.navLink('Journal').click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep writing' }).click();
  await expect(page).toHaveURL(/\/journal\/new$/);
  await expect(journal.textBox).toHaveValue('Half a sentence I do not want to lose');

  // SOS is never in the way: one tap, no question, and the words are waiting on return.
  await shell.openSos();
  await page.goBack();
  await expect(journal.textBox).toHaveValue('Half a sentence I do not want to lose');
  await expect(page.getByText('We kept what you were writing.')).toBeVisible();

  // Leaving on purpose discards the draft.
  await shell.navLink('Home').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await journal.startWriting();
  await expect(journal.textBox).toHaveValue('');
});

test('the list pages with "Load more" and filters by tag', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  for (let i = 1; i <= 22; i++) {
    await writeQuickly(page.request, csrf, { text: `Entry number ${i}`, tags: i % 2 === 0 ? ['even'] : ['odd'] });
  }
  const journal = new JournalPage(page);
  await journal.openList();
  await expect(journal.entries).toHaveCount(20);
  await expect(journal.entries.first()).toContainText('Entry number 22');

  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(journal.entries).toHaveCount(22);
  await expect(journal.entries.last()).toContainText('Entry number 1');
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Filter by tag' }).getByRole('link', { name: 'even' }).click();
  await expect(page).toHaveURL(/\?tag=even$/);
  await expect(journal.entries).toHaveCount(11);
  for (const text of await journal.entries.allTextContents()) expect(text).toContain('even');
});

test('back from an entry, the list is there at once from memory, and asks the server again behind it', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await writeQuickly(page.request, csrf, { text: 'The first thing I wrote' });
  await writeQuickly(page.request, csrf, { text: 'Something for later' });
  const journal = new JournalPage(page);
  await journal.openList();
  await expect(journal.entries).toHaveCount(2);
  await journal.entries.first().getByRole('link').click();
  await expect(journal.entryText).toHaveText('Something for later');

  // Hold the list's next answer: whatever shows meanwhile can only come from memory.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route(/\/api\/v1\/journal\?/, async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });
  await page.goBack();
  await expect(page).toHaveURL(/\/journal$/);
  await expect(journal.entries).toHaveCount(2);
  await expect(journal.entries.first()).toContainText('Something for later');
  await expect(page.getByText('One moment…')).toHaveCount(0);
  await expect.poll(() => asked).toBe(1);
  release();
  await page.unrouteAll({ behavior: 'wait' });
});

test('the form explains what needs another look, using the same rules as the server', async ({ page }) => {
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.fill({ displayName: '', email: 'not-an-email', password: 'short' });
  await signup.submit();
  await expect(page.getByText('Enter a name to show')).toBeVisible();
  await expect(page.getByText('Enter an email address like name@example.com')).toBeVisible();
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  await expect(page.getByLabel('What should we call you?')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Show password' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'text');
});

test('a mood is saved in one tap, with no words, and shows in the journal', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/journal');
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mood saved: good.' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.entry-card').first()).toContainText('Mood 7/10');
});
