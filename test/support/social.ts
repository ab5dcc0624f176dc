import { randomUUID } from 'node:crypto';
import type { Client, Harness } from './api.js';

/**
 * Puts a person on someone's social map straight into the database. People CRUD is being built
 * on another branch; once merged this can go through createPerson instead.
 */
export async function addPerson(h: Harness, owner: Client, name = 'Robin Example'): Promise<string> {
  const id = randomUUID();
  const now = h.clock.now.toISOString();
  await h.database.db
    .insertInto('people')
    .values({
      id,
      user_id: owner.user.id,
      name,
      name_key: name.toLowerCase().replace(/\s+/g, ' ').trim(),
      closeness: 'close',
      rhythm_days: null,
      notes: null,
      vcard_uid: null,
      snoozed_until: null,
      last_contact_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
