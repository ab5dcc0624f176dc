import { isThrottled, windowExpired } from '../../core/auth/throttle.js';
import type { Executor } from '../../db/database.js';
import { LoginFailuresRepo } from '../../db/login-failures.repo.js';
import { HttpProblem } from '../problem.js';

const tooMany = (seconds: number) =>
  new HttpProblem(429, 'Too many attempts', `Please wait about ${Math.ceil(seconds / 60)} minutes before trying again.`, undefined, {
    'retry-after': String(seconds),
  });

/** Password checks (login, password change, account deletion) share one failure budget per key. */
export class PasswordThrottle {
  private readonly repo: LoginFailuresRepo;
  constructor(
    db: Executor,
    private readonly clock: () => Date,
  ) {
    this.repo = new LoginFailuresRepo(db);
  }

  /** Throws 429 before any password is checked, so a throttled answer says nothing about the account. */
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
