/**
 * Table types for Kysely. Timestamps are ISO 8601 UTC strings with milliseconds on both dialects:
 * they sort correctly as text, compare identically in SQLite and PostgreSQL, and round-trip
 * through JSON without a driver-specific Date type. Every table carries its tenancy key (user_id)
 * so the schema can later be distributed by user without redesign.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  region: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface JournalEntriesTable {
  id: string;
  user_id: string;
  text: string;
  mood: number | null;
  /** JSON array, for reading a page without a join; journal_entry_tags serves the filter. */
  tags: string;
  prompt: string | null;
  created_at: string;
  updated_at: string;
}

export interface JournalEntryTagsTable {
  entry_id: string;
  user_id: string;
  tag: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  operation: string;
  /** The created resource's id, not the response: replaying re-reads it, so deleted text does not linger here. */
  resource_id: string;
  created_at: string;
}

export interface LoginFailuresTable {
  key: string;
  count: number;
  window_start: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  journal_entries: JournalEntriesTable;
  journal_entry_tags: JournalEntryTagsTable;
  idempotency_keys: IdempotencyKeysTable;
  login_failures: LoginFailuresTable;
}
