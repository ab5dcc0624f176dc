import { expect, type Locator, type Page } from '@playwright/test';

/** The personal safety plan as a person uses it: write it, change it, print it, find it on SOS. */
export class SafetyPlanPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/safety-plan');
    await expect(this.page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
  }

  /** The plan as shown (not the form). */
  get plan(): Locator {
    return this.page.getByTestId('safety-plan');
  }

  /** One line of the form by its label; optional fields carry "(optional)" after it. */
  line(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('textbox', { name: new RegExp(`^${escaped}( \\(optional\\))?$`) });
  }

  async addAnother(stepTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add another to “${stepTitle}”` }).click();
  }

  async change(): Promise<void> {
    await this.page.getByRole('button', { name: 'Change my plan' }).click();
  }

  async save(expected: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(this.page.getByText(expected)).toBeVisible();
  }
}
