import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell.js';

/** The pair space as a person uses it: link, agree, park topics, hold the check-in. */
export class PairPages extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto('/home');
    await this.navLink('Partner').click();
    await this.settled();
  }

  async makeCode(): Promise<string> {
    await this.page.getByRole('button', { name: 'Make a code' }).click();
    const code = this.page.getByTestId('invitation-code').locator('[aria-hidden="true"]');
    await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    return (await code.textContent()) ?? '';
  }

  async join(code: string): Promise<void> {
    await this.page.getByLabel('Their code').fill(code.toLowerCase().replace('-', ' '));
    await this.page.getByRole('button', { name: 'Link with them' }).click();
  }

  async proposeDaily(time: string, minutes: number): Promise<void> {
    await this.page.getByRole('link', { name: 'See or change the agreement' }).click();
    await this.settled();
    await this.page.getByLabel('How often you check in').selectOption('daily');
    await this.page.getByLabel('At', { exact: true }).fill(time);
    await this.page.getByLabel('Minutes each check-in lasts').fill(String(minutes));
    await this.page.getByRole('button', { name: /^Propose to / }).click();
  }

  async park(text: string, shared: boolean): Promise<void> {
    await this.page.getByLabel('Topic', { exact: true }).fill(text);
    await this.page.getByRole('checkbox', { name: /^Share it with/ }).setChecked(shared);
    await this.page.getByRole('button', { name: 'Park it' }).click();
  }

  /** Parks a topic; `shared: null` leaves the box as the screen shows it. */
  async parkAs(text: string, shared: boolean | null): Promise<void> {
    await this.page.getByLabel('Topic', { exact: true }).fill(text);
    if (shared !== null) await this.page.getByRole('checkbox', { name: /^Share it with/ }).setChecked(shared);
    await this.page.getByRole('button', { name: 'Park it' }).click();
    await expect(this.page.getByRole('list', { name: 'Waiting for the check-in' }).getByText(text, { exact: true })).toBeVisible();
  }

  private topicItem(text: string) {
    return this.page.getByRole('list', { name: 'Waiting for the check-in' }).getByRole('listitem').filter({ hasText: text });
  }

  async editTopic(text: string, next: string): Promise<void> {
    const item = this.topicItem(text);
    await item.getByRole('button', { name: /^Change/ }).click();
    await item.getByLabel('Wording').fill(next);
    await item.getByRole('button', { name: 'Save' }).click();
  }

  async unshareTopic(text: string): Promise<void> {
    await this.topicItem(text)
      .getByRole('button', { name: /^Make it private/ })
      .click();
  }

  async deleteTopic(text: string): Promise<void> {
    await this.topicItem(text)
      .getByRole('button', { name: /^Delete/ })
      .click();
  }

  /** The kind news that the last pair ended, shown to the partner who did not end it. */
  get endedNotice() {
    return this.page.getByTestId('pair-ended-notice');
  }

  async dismissEnded(): Promise<void> {
    await this.endedNotice.getByRole('button', { name: 'Thanks, put this away' }).click();
    await expect(this.endedNotice).toHaveCount(0);
  }

  /** axe finds nothing, in the light and in the dark. */
  async expectAccessible(): Promise<void> {
    for (const colorScheme of ['dark', 'light'] as const) {
      await this.page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
}
