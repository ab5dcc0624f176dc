/**
 * Social-map rows written straight into the tables, for tests of what reads them (insights, the
 * calendar feed) until the people and interaction routes exist on main. Values are stored exactly
 * as the interactions repository stores them: gave/received null = no, '' = a tick, text = what.
 */
import { randomUUID } from 'node:crypto';
import type { Harness } from './api.js';

export interface SeedPerson {
  name: string;
  contexts?: string[];
  rhythmDays?: number | null;
  lastContactAt?: string | null;
  createdAt?: string;
  snoozedUntil?: string | null;
}

export async function seedPerson(h: Harness, userId: string, p: SeedPerson): Promise<string> {
  const id = randomUUID();
  const at = p.createdAt ?? '2026-01-01T00:00:00.000Z';
  await h.database.db
    .insertInto('people')
    .values({
      id,
      user_id: userId,
      name: p.name,
      name_key: p.name.toLowerCase(),
      closeness: 'close',
      rhythm_days: p.rhythmDays ?? null,
      notes: null,
      vcard_uid: null,
      snoozed_until: p.snoozedUntil ?? null,
      last_contact_at: p.lastContactAt ?? null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const context of p.contexts ?? [])
    await h.database.db.insertInto('person_contexts').values({ person_id: id, user_id: userId, context }).execute();
  return id;
}

export interface SeedInteraction {
  personIds: string[];
  occurredAt: string;
  channel?: string;
  initiatedBy?: 'me' | 'them' | 'mutual';
  warmth?: number;
  support?: number;
  gave?: string | null;
  received?: string | null;
}

export async function seedInteraction(h: Harness, userId: string, i: SeedInteraction): Promise<string> {
  const id = randomUUID();
  await h.database.db
    .insertInto('interactions')
    .values({
      id,
      user_id: userId,
      occurred_at: i.occurredAt,
      channel: i.channel ?? 'in-person',
      initiated_by: i.initiatedBy ?? 'mutual',
      minutes: null,
      warmth: i.warmth ?? 3,
      support: i.support ?? 3,
      gave: i.gave ?? null,
      received: i.received ?? null,
      topics: '[]',
      reflection: null,
      created_at: i.occurredAt,
      updated_at: i.occurredAt,
    })
    .execute();
  for (const personId of i.personIds) {
    await h.database.db
      .insertInto('interaction_people')
      .values({
        interaction_id: id,
        person_id: personId,
        user_id: userId,
        occurred_at: i.occurredAt,
        initiated_by: i.initiatedBy ?? 'mutual',
        warmth: i.warmth ?? 3,
        support: i.support ?? 3,
        gave: (i.gave ?? null) === null ? 0 : 1,
        received: (i.received ?? null) === null ? 0 : 1,
      })
      .execute();
  }
  return id;
}

export async function seedInvitation(
  h: Harness,
  userId: string,
  status: string,
  createdAt: string,
  personId: string | null = null,
): Promise<void> {
  await h.database.db
    .insertInto('invitations')
    .values({
      id: randomUUID(),
      user_id: userId,
      person_id: personId,
      idea: 'walk',
      text: 'A walk in the park',
      status,
      note: null,
      planned_for: null,
      status_changed_at: createdAt,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
}
