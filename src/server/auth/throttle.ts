import { isThrottled, THROTTLE_WINDOW_MS, windowExpired } from '../../core/account/throttle.js';
import type { Executor } from '../../db/database.js';
import { LoginFailuresRepo } from '../../db/account/login-failures.repo.js';
import { HttpProblem } from '../problem.js';

const tooMany = (seconds: number) =>
  new HttpProblem(429, 'Too many attempts', `Please wait about ${Math.ceil(seconds / 60)} minutes before trying again.`, undefined, {
    'retry-after': String(seconds),
  });

/** Failure budgets kept in the database, so every app server shares them (core/account/throttle.ts has the policy). */
export class PasswordThrottle {
  private readonly repo: LoginFailuresRepo;
  constructor(
    db: Executor,
    private readonly clock: () => Date,
  ) {
    this.repo = new LoginFailuresRepo(db);
  }

  /**
   * Counts this attempt against each budget before any password is checked, and refuses it (429)
   * when one is spent, so a throttled answer says nothing about the account and parallel guesses
   * are each counted. A successful attempt gives its count back with `succeeded`.
   */
  async reserve(keys: Array<[key: string, limit: number]>, windowMs = THROTTLE_WINDOW_MS): Promise<void> {
    const now = this.clock();
    const restartBefore = new Date(now.getTime() - windowMs).toISOString();
    const taken: string[] = [];
    for (const [key, limit] of keys) {
      const entry = await this.repo.hit(key, now.toISOString(), restartBefore);
      taken.push(key);
      if (entry.count > limit) {
        // A refused attempt was never checked: it uses up nothing.
        for (const k of taken) await this.repo.release(k);
        throw tooMany(Math.ceil((Date.parse(entry.windowStart) + windowMs - now.getTime()) / 1000));
      }
    }
  }

  /** Counts one attempt with no limit and answers how many the window holds (for a slowdown). */
  async count(key: string): Promise<number> {
    const now = this.clock();
    const entry = await this.repo.hit(key, now.toISOString(), new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString());
    return entry.count;
  }

  /** The password was right: the client's own failures are forgiven, shared budgets get this attempt back. */
  async succeeded(clear: string[], release: string[]): Promise<void> {
    for (const key of clear) await this.repo.clear(key);
    for (const key of release) await this.repo.release(key);
  }

  /** Throws 429 when a budget is spent (for limits on something other than a password, e.g. sign-ups from one address). */
  async check(keys: Array<[key: string, limit: number]>): Promise<void> {
    const now = this.clock();
    for (const [key, limit] of keys) {
      const t = isThrottled(await this.repo.get(key), limit, now);
      if (t.throttled) throw tooMany(t.retryAfterSeconds);
    }
  }

  async fail(keys: string[]): Promise<void> {
    const now = this.clock();
    for (const key of keys) {
      const prior = await this.repo.get(key);
      await this.repo.record(key, now.toISOString(), prior !== undefined && windowExpired(prior, now));
    }
  }

  clear(key: string): Promise<void> {
    return this.repo.clear(key);
  }
}
