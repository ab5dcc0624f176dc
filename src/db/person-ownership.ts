import type { Actor } from '../core/auth/actor.js';
import type { Executor } from './database.js';

/**
 * Whether a person on the social map is the actor's own. Invitations, disclosures and feedback
 * links hang on people; checking here in SQL means someone else's person id is simply not found.
 */
export async function ownsPerson(db: Executor, actor: Actor, personId: string): Promise<boolean> {
  const r = await db.selectFrom('people').select('id').where('user_id', '=', actor.userId).where('id', '=', personId).executeTakeFirst();
  return r !== undefined;
}
