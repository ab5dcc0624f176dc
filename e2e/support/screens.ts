import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { escalatingCycles } from './cycles.js';
import { socialMap } from './social.js';
import { newPerson, signUpQuickly, thoughtQuickly, toolSessionQuickly, urgeQuickly, writeQuickly } from './people.js';

/**
 * Every screen of the app, reached the way a person would, and settled before anyone looks at it.
 * Each can be opened on its own, in a fresh page (see `visit`), so a walk over the screens is one
 * test per screen: they spread over the workers, and a failure names its screen.
 */
export interface Screen {
  name: string;
  signedIn: boolean;
  /** A screen reached from another one (a timer started on the pause screen): that one is opened first. */
  after?: string;
  /** What the screen shows beyond the entries every signed-in walk starts with. */
  seed?: Seed;
  /** A modal dialog covers the viewport only, so its picture is the viewport. */
  modal?: boolean;
  /** Shown with motion allowed (everything else is checked with reduced motion). */
  motion?: boolean;
  open: (page: Page, ctx: ScreenContext) => Promise<void>;
}

export interface ScreenContext {
  entryId: string;
  thoughtId: string;
  /** The most recent urge, with words written down. */
  urgeId: string;
  csrf: string;
}

async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('One moment…')).toHaveCount(0);
  await expect(page.getByText('Gathering your entries…')).toHaveCount(0);
  await expect(page.getByText('Loading your devices…')).toHaveCount(0);
  await expect(page.getByText('Gathering your insights…')).toHaveCount(0);
}

/** Data put in through the API before a screen opens; the same seed is put in once per visit. */
type Seed = (request: APIRequestContext, csrf: string) => Promise<unknown>;

const go = (path: string) => async (page: Page) => {
  await page.goto(path);
  await settled(page);
};

export const SCREENS: Screen[] = [
  { name: 'welcome', signedIn: false, open: go('/') },
  { name: 'signup', signedIn: false, open: go('/signup') },
  { name: 'login', signedIn: false, open: go('/login') },
  { name: 'forgot', signedIn: false, open: go('/forgot') },
  { name: 'reset-without-link', signedIn: false, open: go('/reset') },
  { name: 'signup-confirm-without-link', signedIn: false, open: go('/signup/confirm') },
  { name: 'sos', signedIn: false, open: go('/sos') },
  { name: 'not-found', signedIn: false, open: go('/somewhere-else') },
  { name: 'home', signedIn: true, open: go('/home') },
  // The first-run welcome, opened again as from Settings (the person here skipped it once).
  { name: 'first-run-focus', signedIn: true, open: go('/welcome') },
  { name: 'first-run-region', signedIn: true, open: go('/welcome?step=2') },
  { name: 'first-run-partner', signedIn: true, open: go('/welcome?step=3') },
  { name: 'first-run-first-step', signedIn: true, open: go('/welcome?step=4') },
  {
    name: 'home-focus',
    signedIn: true,
    open: async (page, ctx) => {
      const chosen = await page.request.patch('/api/v1/me', {
        data: { focus: ['reassurance', 'loneliness'] },
        headers: { 'x-csrf-token': ctx.csrf },
      });
      expect(chosen.status()).toBe(200);
      await go('/home')(page);
      await expect(page.getByRole('heading', { name: 'For what brought you here' })).toBeVisible();
    },
  },
  { name: 'over-time', signedIn: true, open: go('/over-time') },
  { name: 'pair', signedIn: true, open: go('/pair') },
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
  { name: 'safety-plan', signedIn: true, open: go('/safety-plan') },
  { name: 'kept', signedIn: true, open: go('/kept') },
  // Reminders that came due (issue 16): one delivered at once by "send me a test", and none at all.
  {
    name: 'notifications',
    signedIn: true,
    seed: async (request, csrf) => {
      const sent = await request.post('/api/v1/notifications/test', { headers: { 'x-csrf-token': csrf } });
      expect(sent.status()).toBe(202);
    },
    open: async (page) => {
      await go('/notifications')(page);
      await expect(page.getByRole('heading', { name: /A test from Steady/ })).toBeVisible();
    },
  },
  { name: 'notifications-empty', signedIn: true, open: go('/notifications') },
  { name: 'not-found-signed-in', signedIn: true, open: go('/journal/not-an-entry/really') },
  { name: 'urge', signedIn: true, open: go('/urge') },
  {
    name: 'pause',
    signedIn: true,
    open: async (page) => {
      await go('/urge')(page);
      await page.getByRole('button', { name: 'Skip the ratings' }).click();
      await page.getByRole('button', { name: 'I’m waiting', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'A moment for you' })).toBeVisible();
    },
  },
  {
    // Alone, parking keeps the topic on the person's own list; the card to reword it shows.
    name: 'pause-parked',
    signedIn: true,
    open: async (page) => {
      await go('/urge')(page);
      await page.getByRole('button', { name: 'Skip the ratings' }).click();
      await page.getByRole('button', { name: 'Keep it for my next reflection', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'For your next reflection' })).toBeVisible();
    },
  },
  {
    name: 'pause-timer',
    signedIn: true,
    after: 'pause',
    open: async (page) => {
      await page.getByRole('button', { name: '10 minutes' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
    },
  },
  {
    name: 'pause-check-in',
    signedIn: true,
    after: 'pause-timer',
    open: async (page) => {
      await page.getByRole('button', { name: 'I’m ready to check in now' }).click();
      await expect(page.getByRole('heading', { name: 'Checking in. You stayed with it.' })).toBeVisible();
    },
  },
  { name: 'tools', signedIn: true, open: go('/tools') },
  { name: 'breathing', signedIn: true, open: go('/tools/breathing') },
  {
    name: 'breathing-guide',
    signedIn: true,
    motion: true,
    open: async (page) => {
      await go('/tools/breathing')(page);
      await page.getByRole('button', { name: 'Skip the rating' }).click();
      await expect(page.locator('.breath-shape')).toBeVisible();
      // Mid-breath, so the picture shows the shape part-way grown.
      await page.waitForTimeout(2000);
    },
  },
  {
    name: 'breathing-guide-still',
    signedIn: true,
    open: async (page) => {
      await go('/tools/breathing')(page);
      await page.getByRole('button', { name: 'Skip the rating' }).click();
      await expect(page.locator('.breath-text')).toBeVisible();
    },
  },
  { name: 'grounding', signedIn: true, open: go('/tools/grounding') },
  {
    name: 'muscles-guide',
    signedIn: true,
    open: async (page) => {
      await go('/tools/muscles')(page);
      await page.getByRole('button', { name: 'Skip the rating' }).click();
      await expect(page.getByRole('heading', { name: 'Hands: tense' })).toBeVisible();
    },
  },
  { name: 'journal-tool', signedIn: true, open: go('/tools/journal') },
  { name: 'thoughts', signedIn: true, open: go('/tools/thoughts') },
  { name: 'thought-new', signedIn: true, open: go('/tools/thoughts/new') },
  {
    name: 'thought',
    signedIn: true,
    open: async (page, ctx) => {
      await go(`/tools/thoughts/${ctx.thoughtId}`)(page);
      await expect(page.getByTestId('thought-record')).toBeVisible();
    },
  },
  { name: 'insights', signedIn: true, open: go('/insights') },
  { name: 'urges', signedIn: true, open: go('/urges') },
  {
    name: 'urge-detail',
    signedIn: true,
    open: async (page, ctx) => {
      await go(`/urges/${ctx.urgeId}`)(page);
      await expect(page.getByText('Are we still okay after this morning?')).toBeVisible();
    },
  },
  {
    name: 'urge-edit',
    signedIn: true,
    open: async (page, ctx) => {
      await go(`/urges/${ctx.urgeId}`)(page);
      await page.getByRole('button', { name: 'Edit' }).click();
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    },
  },
  {
    name: 'urge-delete',
    signedIn: true,
    modal: true,
    open: async (page, ctx) => {
      await go(`/urges/${ctx.urgeId}`)(page);
      await page.getByRole('button', { name: 'Delete…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'follow-up-prompt',
    signedIn: true,
    open: async (page, ctx) => {
      await urgeQuickly(page.request, ctx.csrf, {
        action: 'delayed',
        anxietyBefore: 7,
        occurredAt: new Date(Date.now() - 35 * 60_000).toISOString(),
      });
      await go('/home')(page);
      await expect(page.getByRole('region', { name: 'A quick check-in, if you like' })).toBeVisible();
    },
  },
  // Support between partners (issue 4), as seen before linking; e2e/pair-support.spec.ts checks them linked.
  { name: 'together', signedIn: true, open: go('/together') },
  { name: 'pair-requests-unlinked', signedIn: true, open: go('/pair/requests') },
  { name: 'goals', signedIn: true, open: go('/goals') },
  { name: 'reviews', signedIn: true, open: go('/reviews') },
  // The cycle and the pause before sending (issue 5); e2e/cycles.spec.ts walks through them.
  {
    name: 'cycles',
    signedIn: true,
    seed: escalatingCycles,
    open: async (page) => {
      await go('/cycles')(page);
      await expect(page.locator('.moment-list .moment').first()).toBeVisible();
    },
  },
  {
    name: 'cycle-insights',
    signedIn: true,
    seed: escalatingCycles,
    open: async (page) => {
      await go('/cycles/insights')(page);
      await expect(page.getByRole('heading', { name: 'Something worth noticing' })).toBeVisible();
    },
  },
  { name: 'pause-message', signedIn: true, open: go('/pause-message') },
  {
    name: 'pause-message-timer',
    signedIn: true,
    open: async (page) => {
      await go('/pause-message')(page);
      await page.getByLabel('The message you want to send').fill('Can you just answer me? I have been waiting all evening.');
      await page.getByRole('button', { name: 'lonely', exact: true }).click();
      await page.getByRole('button', { name: 'Start the pause' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
    },
  },
  {
    name: 'pause-message-decide',
    signedIn: true,
    after: 'pause-message-timer',
    open: async (page) => {
      await page.getByRole('button', { name: 'I’m ready to decide now' }).click();
      await expect(page.getByRole('heading', { name: 'Deciding now' })).toBeVisible();
    },
  },
  // Questionnaires and finding support (issue 5); e2e/support.spec.ts checks them with answers.
  { name: 'questionnaires', signedIn: true, open: go('/questionnaires') },
  { name: 'questionnaire-phq9', signedIn: true, open: go('/questionnaires/phq9') },
  { name: 'support', signedIn: true, open: go('/support') },
  // The social map (issue 6); e2e/people.spec.ts walks through them.
  { name: 'people-empty', signedIn: true, open: go('/people') },
  {
    name: 'people',
    signedIn: true,
    seed: socialMap,
    open: async (page) => {
      await go('/people')(page);
      await expect(page.getByRole('region', { name: 'Maybe reach out soon' }).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'person',
    signedIn: true,
    seed: socialMap,
    open: async (page) => {
      await go('/people')(page);
      await page.getByRole('region', { name: 'Friends 1' }).getByRole('link', { name: 'Sam' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
      await expect(page.getByText('One moment…')).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Time together, newest first' })).toBeVisible();
    },
  },
  {
    name: 'person-quick-log',
    signedIn: true,
    after: 'person',
    open: async (page) => {
      await page.getByRole('button', { name: 'Log time together' }).click();
      await expect(page.getByRole('group', { name: 'How were you in touch with Sam?' })).toBeVisible();
    },
  },
  // The rest of the social screens are seen with the social map filled in.
  { name: 'person-new', signedIn: true, seed: socialMap, open: go('/people/new') },
  { name: 'people-import', signedIn: true, seed: socialMap, open: go('/people/import') },
  { name: 'people-log', signedIn: true, seed: socialMap, open: go('/people/log') },
  { name: 'people-invitations', signedIn: true, seed: socialMap, open: go('/people/invitations') },
  { name: 'people-practices', signedIn: true, seed: socialMap, open: go('/people/practices') },
  {
    name: 'people-insights',
    signedIn: true,
    seed: socialMap,
    open: async (page) => {
      await go('/people/insights')(page);
      await expect(page.getByRole('heading', { name: 'Breadth' })).toBeVisible();
    },
  },
  { name: 'people-review', signedIn: true, seed: socialMap, open: go('/people/review') },
];

function screenNamed(name: string): Screen {
  const found = SCREENS.find((s) => s.name === name);
  if (!found) throw new Error(`no screen named ${name}`);
  return found;
}

/** The screens to open in order to reach this one, itself last. */
function chainTo(screen: Screen): Screen[] {
  const chain: Screen[] = [];
  for (let s: Screen | undefined = screen; s; s = s.after ? screenNamed(s.after) : undefined) chain.unshift(s);
  return chain;
}

const NOBODY: ScreenContext = { entryId: '', thoughtId: '', urgeId: '', csrf: '' };

/**
 * Gets a fresh page ready for a screen: someone signed in with a few entries if it needs them, and
 * the data it shows. Returns what `reach` needs to open it.
 */
export async function prepare(page: Page, screen: Screen): Promise<ScreenContext> {
  if (!screen.signedIn) return NOBODY;
  const ctx = await signInWithEntries(page);
  const seeds = new Set(chainTo(screen).flatMap((s) => (s.seed ? [s.seed] : [])));
  for (const seed of seeds) await seed(page.request, ctx.csrf);
  return ctx;
}

/** Opens a screen the way a person gets there, through the screens it carries on from. */
export async function reach(page: Page, screen: Screen, ctx: ScreenContext): Promise<void> {
  for (const s of chainTo(screen)) await s.open(page, ctx);
}

/** Both together, for a test about one screen. */
export async function visit(page: Page, screen: Screen): Promise<ScreenContext> {
  const ctx = await prepare(page, screen);
  await reach(page, screen, ctx);
  return ctx;
}

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
  const thoughtId = await thoughtQuickly(page.request, csrf, {
    occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    situation: 'They went quiet at dinner after I mentioned visiting my family.',
    automaticThought: 'They don’t want to spend the holidays with me.',
    emotion: 'anxious',
    emotionIntensity: 7,
    distortions: ['mind_reading', 'fortune_telling'],
    evidenceFor: 'They changed the subject.',
    evidenceAgainst: 'They were tired after a long day, and they asked about train times later.',
    balancedThought: 'Quiet at dinner is more likely tiredness than a verdict on me. I can ask at our check-in.',
    emotionIntensityAfter: 4,
  });
  const urgeId = await seedReassurance(page, csrf);
  return { entryId, thoughtId, urgeId, csrf };
}

/** Five weeks of urges, follow-ups and tool sessions: enough for every insight to show (the minimum is five). */
async function seedReassurance(page: Page, csrf: string): Promise<string> {
  const day = 86_400_000;
  const plan: { daysAgo: number; action: 'sought' | 'delayed' | 'soothed' | 'parked' | 'plan'; triggers: string[]; intensity: number }[] = [
    { daysAgo: 33, action: 'sought', triggers: ['no reply yet'], intensity: 8 },
    { daysAgo: 31, action: 'sought', triggers: ['no reply yet', 'tired'], intensity: 7 },
    { daysAgo: 29, action: 'sought', triggers: ['apart today'], intensity: 7 },
    { daysAgo: 26, action: 'delayed', triggers: ['no reply yet'], intensity: 6 },
    { daysAgo: 24, action: 'sought', triggers: ['work stress'], intensity: 6 },
    { daysAgo: 22, action: 'soothed', triggers: ['apart today'], intensity: 6 },
    { daysAgo: 19, action: 'parked', triggers: ['no reply yet'], intensity: 5 },
    { daysAgo: 17, action: 'sought', triggers: ['tired'], intensity: 6 },
    { daysAgo: 15, action: 'delayed', triggers: ['work stress'], intensity: 5 },
    { daysAgo: 12, action: 'soothed', triggers: ['no reply yet'], intensity: 5 },
    { daysAgo: 9, action: 'plan', triggers: ['apart today'], intensity: 4 },
    { daysAgo: 6, action: 'sought', triggers: ['no reply yet'], intensity: 5 },
    { daysAgo: 4, action: 'parked', triggers: ['tired'], intensity: 4 },
    { daysAgo: 2, action: 'soothed', triggers: ['work stress'], intensity: 4 },
  ];
  let latest = '';
  for (const u of plan) {
    const sought = u.action === 'sought';
    latest = await urgeQuickly(page.request, csrf, {
      occurredAt: new Date(Date.now() - u.daysAgo * day).toISOString(),
      wantedTo: u.daysAgo === 2 ? 'Are we still okay after this morning?' : null,
      action: u.action,
      intensity: u.intensity,
      anxietyBefore: u.intensity,
      triggers: u.triggers,
      followUps: sought
        ? [
            { minutesAfter: 30, anxiety: Math.max(0, u.intensity - 4) },
            { minutesAfter: 120, anxiety: u.intensity - 1 },
          ]
        : [
            { minutesAfter: 30, anxiety: u.intensity - 1 },
            { minutesAfter: 120, anxiety: Math.max(0, u.intensity - 3) },
          ],
    });
  }
  const sessions: [string, string | undefined, number, number][] = [
    ['breathing', 'box', 7, 4],
    ['breathing', '4-7-8', 6, 4],
    ['breathing', 'resonance', 6, 3],
    ['breathing', 'box', 5, 3],
    ['breathing', 'resonance', 7, 5],
    ['grounding', '5-4-3-2-1', 6, 5],
    ['grounding', '5-4-3-2-1', 5, 4],
    ['grounding', '5-4-3-2-1', 7, 5],
    ['grounding', '5-4-3-2-1', 4, 4],
    ['grounding', '5-4-3-2-1', 6, 4],
    ['pmr', undefined, 6, 3],
  ];
  for (const [i, [tool, variant, before, after]] of sessions.entries()) {
    await toolSessionQuickly(page.request, csrf, {
      tool,
      ...(variant ? { variant } : {}),
      startedAt: new Date(Date.now() - (20 - i) * day).toISOString(),
      distressBefore: before,
      distressAfter: after,
    });
  }
  return latest;
}
