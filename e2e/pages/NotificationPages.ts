import { expect, type Locator, type Page } from '@playwright/test';

/** The bell, the inbox and Settings → Reminders, as a person uses them. */
export class NotificationPages {
  constructor(readonly page: Page) {}

  get bell(): Locator {
    return this.page.getByRole('link', { name: /^Reminders, / });
  }

  async openInbox(): Promise<void> {
    await this.bell.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  get items(): Locator {
    return this.page.getByRole('list', { name: 'Reminders, newest first' }).getByRole('article');
  }

  item(title: string | RegExp): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  get reminders(): Locator {
    return this.page.getByRole('region', { name: 'Reminders' });
  }

  async openReminderSettings(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.reminders.getByRole('button', { name: 'Save reminders' })).toBeVisible();
    await expect(this.reminders.getByText('One moment…')).toHaveCount(0);
  }

  /** Turns one kind on, with push to devices, and saves. */
  async chooseWithPush(kind: string): Promise<void> {
    const group = this.reminders.getByRole('group', { name: kind });
    await group.getByRole('checkbox', { name: 'On' }).check();
    await group.getByRole('checkbox', { name: 'As a notification on my devices' }).check();
    await this.reminders.getByRole('button', { name: 'Save reminders' }).click();
    await expect(this.reminders.getByText('Saved. Steady will follow these choices.')).toBeVisible();
  }
}
