import { AxeBuilder } from '@axe-core/playwright';
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';

/** The journey's two screen sizes: a phone held upright and a laptop. */
export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * One clock for the whole journey: every person's browser (Playwright's injected clock) and the
 * journey's own server (PUT /api/test/clock, present only with STEADY_TEST_CLOCK=1) are moved
 * together, then both keep flowing in real time, so what the screens say and what the server
 * stamps agree.
 */
export class JourneyClock {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly server: APIRequestContext,
    /** Monday 00:00 of the journey's week (UTC; London keeps GMT in December). */
    private readonly monday: Date,
  ) {}

  /** The instant `day` days after Monday (0 = Monday) at a London clock time "HH:MM". */
  at(day: number, time: string): Date {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return new Date(this.monday.getTime() + day * DAY + (h * 60 + m) * MINUTE);
  }

  /** Gives a person's browser the journey's clock, before any of their pages open. */
  async join(context: BrowserContext, start: Date): Promise<void> {
    await context.clock.install({ time: start });
    this.contexts.push(context);
    await this.tellServer(start);
  }

  /** Jumps everyone to a later moment (a new day, the evening): no timers fire on the way. */
  async set(when: Date): Promise<void> {
    for (const context of this.contexts) await context.clock.setSystemTime(when);
    await this.tellServer(when);
  }

  /** Lets time pass on every screen (timers fire, as they would while someone waits), and on the server. */
  async pass(minutes: number): Promise<void> {
    for (const context of this.contexts) await context.clock.fastForward(minutes * MINUTE);
    const page = this.contexts[0]?.pages()[0];
    if (page) await this.tellServer(new Date(await page.evaluate(() => Date.now())));
  }

  private async tellServer(when: Date): Promise<void> {
    const res = await this.server.put('/api/test/clock', { data: { now: when.toISOString() } });
    if (res.status() !== 204) throw new Error(`the journey server would not move its clock: ${res.status()} ${await res.text()}`);
  }
}

/** A response the journey provoked on purpose, with why. */
export interface Meant {
  status: number;
  url: RegExp;
  why: string;
}

/** Every response of 400 or more that was not meant, from every page of the watched contexts. */
export class ResponseWatch {
  readonly unexpected: string[] = [];
  /** The meant ones, as they happened: proof the watch sees what it is meant to catch. */
  readonly seenMeant: string[] = [];

  constructor(private readonly meant: Meant[]) {}

  watch(context: BrowserContext, who: string): void {
    context.on('response', (res) => {
      if (res.status() < 400) return;
      const url = res.url();
      const meant = this.meant.find((m) => m.status === res.status() && m.url.test(url));
      if (meant) {
        this.seenMeant.push(meant.why);
        return;
      }
      this.unexpected.push(`${who}: ${res.request().method()} ${new URL(url).pathname} answered ${res.status()}`);
    });
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each person's own device settings (a phone or a laptop, light or dark), restored after a 4-way check. */
const schemes = new WeakMap<Page, 'light' | 'dark'>();

export async function useScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  schemes.set(page, colorScheme);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
}

async function check(page: Page, label: string, found: string[]): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of results.violations) found.push(`${label}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe on a screen as the journey left it: at both sizes, in light and dark, like every other. */
export async function axeHere(page: Page, name: string, found: string[]): Promise<void> {
  await axeEverywhere(page, name, found);
}

/**
 * axe at both sizes, in light and dark. With `shot`, also a full-page picture of each of the four
 * (into JOURNEY_SHOTS, when set), to be looked at by a person.
 */
export async function axeEverywhere(page: Page, name: string, found: string[], shot = false): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await check(page, `${name} ${viewport.width}px ${colorScheme}`, found);
      const dir = process.env.JOURNEY_SHOTS;
      if (shot && dir) await page.screenshot({ path: `${dir}/${name}-${viewport.width}-${colorScheme}.png`, fullPage: true });
    }
  }
  if (original) await page.setViewportSize(original);
  await page.emulateMedia({ colorScheme: schemes.get(page) ?? 'light', reducedMotion: 'reduce' });
}
