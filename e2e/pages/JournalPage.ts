import { expect, type Locator, type Page } from '@playwright/test';

/** The journal as a person uses it: write, read back, browse, edit, delete. */
export class JournalPage {
  constructor(readonly page: Page) {}

  get textBox(): Locator {
    return this.page.getByLabel('What’s on your mind?');
  }

  get crisisPanel(): Locator {
    return this.page.getByRole('region', { name: 'You don’t have to hold this alone' });
  }

  get entryText(): Locator {
    return this.page.getByTestId('entry-text');
  }

  get entries(): Locator {
    return this.page.locator('.entry-list > li');
  }

  async openList(tag?: string): Promise<void> {
    await this.page.goto(tag ? `/journal?tag=${encodeURIComponent(tag)}` : '/journal');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  async startWriting(): Promise<void> {
    await this.page.goto('/journal/new');
    await expect(this.textBox).toBeVisible();
  }

  async type(text: string): Promise<void> {
    await this.textBox.fill(text);
  }

  /** Writes an entry from a blank page and saves it; returns the new entry's id. */
  async write(text: string, extras: { tags?: string; mood?: number } = {}): Promise<string> {
    await this.startWriting();
    await this.type(text);
    if (extras.tags) await this.page.getByLabel('Tags').fill(extras.tags);
    if (extras.mood !== undefined) await this.setMood(extras.mood);
    return this.save();
  }

  /** Uses the keyboard, as a person without a mouse would: Home for 0, then one step per arrow. */
  async setMood(mood: number): Promise<void> {
    const slider = this.page.getByRole('slider', { name: 'Mood from 0 to 10' });
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < mood; i++) await slider.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', `${mood} out of 10`);
  }

  /** Entries written offline, shown in the list until they are sent. */
  get waiting(): Locator {
    return this.page.getByRole('list', { name: 'Waiting to send' }).getByRole('listitem');
  }

  /** Saves with no connection: the entry waits on this device and the list says so. */
  async saveOnDevice(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save entry' }).click();
    await expect(this.page).toHaveURL(/\/journal$/);
    await expect(this.page.getByText('Saved on this device. It will be sent to your journal when you’re back online')).toBeVisible();
  }

  async save(): Promise<string> {
    await this.page.getByRole('button', { name: 'Save entry' }).click();
    await expect(this.page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
    await expect(this.page.getByText('Saved. This entry is yours alone.')).toBeVisible();
    return this.page.url().split('/').pop() ?? '';
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/journal/${id}`);
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  get notFound(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'We couldn’t find that entry' });
  }

  async deleteOpenEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this entry?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete entry' }).click();
    await expect(this.page).toHaveURL(/\/journal$/);
  }
}
