import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export class InsightsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/insights');
    await expect(this.page.getByRole('heading', { level: 1, name: 'What your entries show' })).toBeVisible();
    await expect(this.page.getByText('Gathering your insights…')).toHaveCount(0);
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  get mood(): Locator {
    return this.section('Mood at a glance');
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
