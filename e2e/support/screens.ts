import { expect, type Page } from '@playwright/test';
import { newPerson, signUpQuickly, writeQuickly } from './people.js';

/** Every screen of the app, reached the way a person would, and settled before anyone looks at it. */
export interface Screen {
  name: string;
  signedIn: boolean;
  /** A modal dialog covers the viewport only, so its picture is the viewport. */
  modal?: boolean;
  open: (page: Page, ctx: ScreenContext) => Promise<void>;
}

export interface ScreenContext {
  entryId: string;
}

async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('One moment…')).toHaveCount(0);
  await expect(page.getByText('Gathering your entries…')).toHaveCount(0);
  await expect(page.getByText('Loading your devices…')).toHaveCount(0);
}

const go = (path: string) => async (page: Page) => {
  await page.goto(path);
  await settled(page);
};

export const SCREENS: Screen[] = [
  { name: 'welcome', signedIn: false, open: go('/') },
  { name: 'signup', signedIn: false, open: go('/signup') },
  { name: 'login', signedIn: false, open: go('/login') },
  { name: 'sos', signedIn: false, open: go('/sos') },
  { name: 'not-found', signedIn: false, open: go('/somewhere-else') },
  { name: 'home', signedIn: true, open: go('/home') },
  { name: 'journal', signedIn: true, open: go('/journal') },
  {
    name: 'write',
    signedIn: true,
    open: async (page) => {
      await go('/journal/new?prompt=steady')(page);
      await page.getByLabel('What’s on your mind?').fill('Sat by the window for a while after the call.');
      await page.getByLabel('What’s on your mind?').blur();
    },
  },
  {
    name: 'write-support',
    signedIn: true,
    open: async (page) => {
      await go('/journal/new')(page);
      await page.getByLabel('What’s on your mind?').fill('Everything feels far away tonight. I don’t want to wake up anymore.');
      await page.getByLabel('What’s on your mind?').blur();
      await expect(page.getByRole('region', { name: 'You don’t have to hold this alone' })).toBeVisible();
    },
  },
  {
    name: 'entry',
    signedIn: true,
    open: async (page, ctx) => {
      await go(`/journal/${ctx.entryId}`)(page);
      await expect(page.getByTestId('entry-text')).toBeVisible();
    },
  },
  {
    name: 'entry-delete',
    signedIn: true,
    modal: true,
    open: async (page, ctx) => {
      await go(`/journal/${ctx.entryId}`)(page);
      await page.getByRole('button', { name: 'Delete…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'settings', signedIn: true, open: go('/settings') },
  { name: 'sos-signed-in', signedIn: true, open: go('/sos') },
  { name: 'not-found-signed-in', signedIn: true, open: go('/journal/not-an-entry/really') },
];

/** A person with a few entries, so lists and glimpses show something real. */
export async function signInWithEntries(page: Page): Promise<ScreenContext> {
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  await writeQuickly(page.request, csrf, {
    text: 'Noticed the urge to ask if we were okay. Wrote it down, made tea, and kept it for our evening check-in instead.',
    tags: ['check-in', 'pause'],
    mood: 6,
  });
  await writeQuickly(page.request, csrf, {
    text: 'A walk by the river helped. The worry was loud at first and then quieter.',
    tags: ['walk'],
    mood: 7,
    prompt: 'steady',
  });
  const entryId = await writeQuickly(page.request, csrf, {
    text: 'Felt the old pull to send three messages in a row.\n\nI paused, named it, and breathed for a few minutes. It passed more quickly than I expected.',
    tags: ['pause', 'messages'],
    mood: 5,
    prompt: 'effort',
  });
  return { entryId };
}
