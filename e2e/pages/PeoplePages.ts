import { expect, type Locator, type Page } from '@playwright/test';

/** The social map and the pages beneath "People". */
export class PeopleMapPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/people');
    await expect(this.page.getByRole('heading', { level: 1, name: 'The people in your life' })).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  get reachOut(): Locator {
    return this.page.getByRole('region', { name: 'Maybe reach out soon' });
  }

  /** One part of life on the map (Family, Friends, …). */
  context(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
  }
}

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/people/import');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
  }

  async importFile(path: string): Promise<void> {
    await this.page.getByLabel('Contacts file').setInputFiles(path);
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  get report(): Locator {
    return this.page.getByRole('region', { name: 'Import finished' });
  }
}

export class PersonPage {
  constructor(readonly page: Page) {}

  async open(id: string, name: string): Promise<void> {
    await this.page.goto(`/people/${id}`);
    await this.settled(name);
  }

  async settled(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  /** The two-tap log: "Log time together", then how. */
  async quickLog(channel: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Log time together' }).click();
    await this.page.getByRole('button', { name: channel, exact: true }).click();
    await expect(this.page.getByText(/^Logged: /)).toBeVisible();
  }

  get history(): Locator {
    return this.page.getByRole('list', { name: 'Time together, newest first' });
  }

  get feedback(): Locator {
    return this.page.getByRole('region', { name: 'Feedback from them' });
  }

  get disclosure(): Locator {
    return this.page.getByRole('region', { name: 'What you’ve shared' });
  }
}
