import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

interface Job {
  fn: (trx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const MAX_BATCH = 64;

/**
 * Group commit for SQLite. With synchronous=FULL every COMMIT waits for the disk, and SQLite has
 * one writer, so concurrent writes queue behind each other's fsync. Here writes that arrive
 * together share one transaction and one fsync; each runs inside its own savepoint, so a failing
 * write is rolled back alone and the others still commit. Nobody is answered before the COMMIT
 * that holds their write has returned, so durability is exactly that of one transaction each.
 * Hand-written: neither Kysely nor better-sqlite3 offers batching of independent transactions.
 * The savepoints are Kysely's own (`savepoint`, `rollbackToSavepoint`, `releaseSavepoint`), which
 * exist only on the ControlledTransaction that `startTransaction` opens: hence that, not
 * `transaction().execute(fn)`, whose callback gets no savepoint methods.
 */
export class SqliteGroupCommit {
  private queue: Job[] = [];
  private draining = false;

  constructor(private readonly db: Kysely<DB>) {}

  run<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        // One turn of the event loop lets requests that arrived during the last fsync join this batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        await this.commitBatch(this.queue.splice(0, MAX_BATCH));
        if (this.queue.length > 0) await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.draining = false;
    }
  }

  private async commitBatch(batch: Job[]): Promise<void> {
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    let trx;
    try {
      trx = await this.db.startTransaction().execute();
      for (const [i, job] of batch.entries()) {
        const name = `steady_w${i}`;
        const inSavepoint = await trx.savepoint(name).execute();
        try {
          const value = await job.fn(inSavepoint);
          await inSavepoint.releaseSavepoint(name).execute();
          outcomes.push({ ok: true, value });
        } catch (error) {
          const rolledBack = await inSavepoint.rollbackToSavepoint(name).execute();
          await rolledBack.releaseSavepoint(name).execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The batch as a whole failed (e.g. the disk): nothing in it was written, so every job hears so.
      if (trx)
        await trx
          .rollback()
          .execute()
          .catch(() => undefined);
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }
}
