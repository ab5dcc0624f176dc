import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { escalatingCycles } from './support/cycles.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { socialMap } from './support/social.js';

// Issue 13, group 8: three screens that did not fit a phone. Each is checked at phone and laptop size.
const VIEWPORTS = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } } as const;

type Box = { x: number; y: number; width: number; height: number };

async function boxes(items: Locator): Promise<Box[]> {
  const out: Box[] = [];
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    if (box) out.push(box);
  }
  return out;
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${device} size`, () => {
    test.use({ viewport });

    test('the cycle-intensity chart’s dates can each be read, none over another', async ({ page }) => {
      const { csrf } = await signUpQuickly(page, newPerson());
      await escalatingCycles(page.request, csrf);
      await page.goto('/cycles/insights');
      const figure = page.locator('figure', { hasText: 'How intense each cycle got' });
      const labels = figure.locator('.recharts-xAxis-tick-labels text');
      await expect(labels.first()).toBeVisible();
      const shown = await boxes(labels);
      expect(shown.length, 'at least the first and last dates').toBeGreaterThanOrEqual(2);
      for (let i = 1; i < shown.length; i++) {
        const gap = shown[i]!.x - (shown[i - 1]!.x + shown[i - 1]!.width);
        expect(gap, `space between date ${i} and date ${i + 1}`).toBeGreaterThanOrEqual(4);
      }
      expect(await pageScrollsSideways(page)).toBe(false);
    });

    test('the invitations table scrolls in its own box; the page never scrolls sideways', async ({ page }) => {
      const { csrf } = await signUpQuickly(page, newPerson());
      for (const [status, text] of [
        ['accepted', 'A walk round the park on Sunday'],
        ['declined', 'Coffee after work'],
        ['no-answer', 'The film night at the library'],
      ] as const) {
        const res = await page.request.post('/api/v1/invitations', {
          data: { idea: 'walk', text, status },
          headers: { 'x-csrf-token': csrf },
        });
        expect(res.status(), 'saving an invitation').toBe(201);
      }
      await page.goto('/people/invitations');
      const summary = page.getByRole('region', { name: 'How invitations have gone' });
      await expect(summary.getByRole('table')).toBeVisible();
      expect(await pageScrollsSideways(page), 'the page is no wider than the screen').toBe(false);
      // The whole table can still be reached: its last column is inside its scrolling box.
      await summary.getByRole('columnheader', { name: 'No answer' }).scrollIntoViewIfNeeded();
      await expect(summary.getByRole('columnheader', { name: 'No answer' })).toBeInViewport();
    });

    test('the people map’s count badges stay inside their cards', async ({ page }) => {
      const { csrf } = await signUpQuickly(page, newPerson());
      await socialMap(page.request, csrf);
      await page.goto('/people');
      const cards = page.locator('.map-card');
      await expect(cards.first()).toBeVisible();
      expect(await cards.count()).toBeGreaterThan(3);
      for (const card of await cards.all()) {
        const outer = (await card.boundingBox())!;
        const badge = (await card.locator('.map-count').boundingBox())!;
        const title = await card.locator('.map-card-title').innerText();
        expect(badge.x, `${title}: badge starts inside`).toBeGreaterThanOrEqual(outer.x);
        expect(badge.x + badge.width, `${title}: badge ends inside`).toBeLessThanOrEqual(outer.x + outer.width);
        expect(badge.y + badge.height, `${title}: badge ends inside`).toBeLessThanOrEqual(outer.y + outer.height);
      }
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  });
}
