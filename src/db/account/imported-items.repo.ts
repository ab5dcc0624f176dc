import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

/** Source id → id here, for what earlier imports brought into the actor's account. */
export class ImportedItemsRepo {
  constructor(private readonly db: Executor) {}

  async known(actor: Actor): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('imported_items')
      .select(['kind', 'source_id', 'target_id'])
      .where('user_id', '=', actor.userId)
      .execute();
    return new Map(rows.map((r) => [`${r.kind}:${r.source_id}`, r.target_id]));
  }

  async remember(actor: Actor, items: readonly { kind: string; sourceId: string; targetId: string }[], now: string): Promise<void> {
    for (let i = 0; i < items.length; i += 200) {
      await this.db
        .insertInto('imported_items')
        .values(
          items.slice(i, i + 200).map((it) => ({
            user_id: actor.userId,
            kind: it.kind,
            source_id: it.sourceId,
            target_id: it.targetId,
            imported_at: now,
          })),
        )
        .execute();
    }
  }
}
