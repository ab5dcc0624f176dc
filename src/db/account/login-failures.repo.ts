import type { FailureCount } from '../../core/account/throttle.js';
import type { Executor } from '../database.js';

/** Counters keyed by a hashed account or a client address; never by a raw email. */
export class LoginFailuresRepo {
  constructor(private readonly db: Executor) {}

  async get(key: string): Promise<FailureCount | undefined> {
    const r = await this.db.selectFrom('login_failures').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst();
    return r && { count: r.count, windowStart: r.window_start };
  }

  /** Starts a new window when `restart`, else adds one; a single upsert keeps concurrent failures counted. */
  async record(key: string, now: string, restart: boolean): Promise<void> {
    await this.db
      .insertInto('login_failures')
      .values({ key, count: 1, window_start: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => (restart ? { count: 1, window_start: now } : { count: eb('login_failures.count', '+', 1) })),
      )
      .execute();
  }

  /**
   * Counts one attempt and answers the count with it, in one statement: attempts sent in parallel
   * each see their own number, so none slips past a limit checked before the others were counted.
   * A window that began at or before `restartBefore` starts again at one.
   */
  async hit(key: string, now: string, restartBefore: string): Promise<FailureCount> {
    const r = await this.db
      .insertInto('login_failures')
      .values({ key, count: 1, window_start: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const lapsed = eb('login_failures.window_start', '<=', restartBefore);
          return {
            count: eb
              .case()
              .when(lapsed)
              .then(1)
              .else(eb('login_failures.count', '+', 1))
              .end(),
            window_start: eb.case().when(lapsed).then(now).else(eb.ref('login_failures.window_start')).end(),
          };
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow();
    return { count: Number(r.count), windowStart: r.window_start };
  }

  /** Takes back one attempt that turned out not to be a failure. */
  async release(key: string): Promise<void> {
    await this.db
      .updateTable('login_failures')
      .set((eb) => ({ count: eb('login_failures.count', '-', 1) }))
      .where('key', '=', key)
      .where('count', '>', 0)
      .execute();
  }

  /** Every counter for one account (its own and those per client). */
  async clearAccount(accountKey: string): Promise<void> {
    await this.db
      .deleteFrom('login_failures')
      .where((eb) => eb.or([eb('key', '=', accountKey), eb('key', 'like', `${accountKey}:%`)]))
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key', '=', key).execute();
  }
}
