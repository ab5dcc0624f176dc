import type { Generated } from 'kysely';

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
  /** Comma-separated focus words in the app's order; '' until chosen (the column's default). */
  focus: Generated<string>;
  welcome: 'completed' | 'skipped' | null;
  welcomed_at: string | null;
  /** How long a session may sit unused before it ends; the person's choice (core/account/session-policy.ts). */
  session_idle_minutes: Generated<number>;
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
  /** The last login or re-authentication in this session; null for sessions older than the column. */
  authenticated_at: string | null;
}

/** One per person who set an app lock (issue 14.8). */
export interface AppLocksTable {
  user_id: string;
  secret_hash: string;
  idle_minutes: number;
  updated_at: string;
}

/** A session's app-lock state; absent until the session is used by someone with a lock. */
export interface SessionLocksTable {
  session_id: string;
  user_id: string;
  locked_at: string | null;
  active_at: string;
  failures: Generated<number>;
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
  /** SHA-256 of the request's canonical JSON (null for keys stored before it was kept). */
  request_hash: string | null;
  created_at: string;
}

export interface LoginFailuresTable {
  key: string;
  count: number;
  window_start: string;
}

export interface UrgesTable {
  id: string;
  user_id: string;
  occurred_at: string;
  /** YYYY-MM-DD in the person's time zone at the time of logging. */
  local_date: string;
  /** null: the person skipped the rating. */
  intensity: number | null;
  anxiety_before: number | null;
  /** JSON array, for reading without a join; urge_triggers serves ranking and suggestions. */
  triggers: string;
  wanted_to: string | null;
  action: string;
  delay_minutes: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface UrgeTriggersTable {
  urge_id: string;
  user_id: string;
  tag: string;
}

export interface UrgeFollowUpsTable {
  id: string;
  urge_id: string;
  user_id: string;
  minutes_after: number;
  anxiety: number;
  created_at: string;
}

export interface ToolSessionsTable {
  id: string;
  user_id: string;
  tool: string;
  variant: string | null;
  started_at: string;
  duration_seconds: number;
  distress_before: number;
  distress_after: number;
  urge_id: string | null;
  created_at: string;
}

export interface ThoughtRecordsTable {
  id: string;
  user_id: string;
  occurred_at: string;
  situation: string;
  automatic_thought: string;
  emotion: string;
  emotion_intensity: number;
  /** JSON array of distortion ids. */
  distortions: string;
  evidence_for: string;
  evidence_against: string;
  balanced_thought: string;
  emotion_intensity_after: number | null;
  created_at: string;
  updated_at: string;
}

/** Derived from urges, follow-ups and tool sessions as they are written; see core/reassurance/rollups.ts. */
export interface InsightRollupsTable {
  user_id: string;
  /** 'd' (UTC day) or 'm' (UTC month). */
  grain: string;
  /** YYYY-MM-DD or YYYY-MM. */
  period: string;
  kind: string;
  key: string;
  minutes: number;
  count: number;
  total: number;
  total_squares: number;
}

export interface PairsTable {
  id: string;
  time_zone: string;
  created_at: string;
  ended_at: string | null;
}

export interface PairMembersTable {
  pair_id: string;
  user_id: string;
  joined_at: string;
  left_at: string | null;
  /** How the pair ended, owed to this member until they dismiss it or link again (migration 2026-12-03T1600). */
  ending: 'partner-unlinked' | 'partner-deleted-account' | null;
}

export interface PairInvitationsTable {
  code_hash: string;
  inviter_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface CycleEventsTable {
  id: string;
  user_id: string;
  occurred_at: string;
  stage: string;
  actor: string;
  intensity: number;
  /** JSON array of tags. */
  triggers: string;
  note: string | null;
  /** 0 or 1. */
  shared: number;
  /** The pair a shared moment is shared with (the author's pair when they shared it). */
  pair_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftsTable {
  id: string;
  user_id: string;
  text: string;
  feeling: string;
  cool_down_minutes: number;
  created_at: string;
  available_at: string;
  resolved_at: string | null;
  outcome: string | null;
  /** 0 or 1 once resolved. */
  early: number | null;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  instrument: string;
  /** JSON array of answer values. */
  answers: string;
  created_at: string;
}

export interface SupportResourcesTable {
  id: string;
  user_id: string;
  name: string;
  kind: string;
  contact: string | null;
  cost: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface PairAgreementsTable {
  pair_id: string;
  version: number;
  status: 'proposed' | 'accepted' | 'superseded' | 'replaced';
  proposed_by: string | null;
  proposed_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  check_in_rule: string;
  check_in_minutes: number;
  time_zone: string;
  daily_request_cap: number;
  request_template: string;
  acknowledgment_template: string;
}

export interface PairTopicsTable {
  id: string;
  pair_id: string;
  author_id: string;
  text: string;
  shared: number;
  created_at: string;
  discussed_at: string | null;
  check_in_id: string | null;
}

export interface ReflectionTopicsTable {
  id: string;
  user_id: string;
  text: string;
  created_at: string;
  updated_at: string;
}

export interface PairCheckInsTable {
  id: string;
  pair_id: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  completed_at: string | null;
  completed_by: string | null;
  duration_minutes: number | null;
  notes: string | null;
}

export interface CalendarTokensTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

// Support between partners (issue 4), migration 2026-11-22T0400-pair-support.
export interface ReassuranceRequestsTable {
  id: string;
  pair_id: string;
  requester_id: string;
  message: string;
  context: string | null;
  minutes: number;
  in_window: number;
  status: string;
  response: string | null;
  responder_id: string | null;
  note: string | null;
  later_at: string | null;
  listen_started_at: string | null;
  listen_ends_at: string | null;
  plan: string | null;
  created_at: string;
  answered_at: string | null;
  completed_at: string | null;
}

export interface KudosTable {
  id: string;
  pair_id: string;
  giver_id: string;
  text: string;
  category: string | null;
  created_at: string;
}

export interface StressPlansTable {
  pair_id: string;
  version: number;
  proposed_by: string;
  steps: string;
  status: string;
  proposed_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

export interface GoalsTable {
  id: string;
  user_id: string;
  /** A joint goal's pair; for a personal goal, the pair it is shared with (null when never shared). */
  pair_id: string | null;
  scope: string;
  title: string;
  /** Whoever last reworded a joint goal's title when it was not `user_id`; null when the author wrote it. */
  title_by: string | null;
  week_start: string;
  shared: number;
  done: number;
  created_at: string;
  updated_at: string;
}

export interface GoalNotesTable {
  id: string;
  goal_id: string;
  user_id: string;
  text: string;
  created_at: string;
}

export interface ReviewsTable {
  id: string;
  user_id: string;
  pair_id: string | null;
  kind: string;
  period_start: string;
  scope_key: string;
  answers: string;
  submitted_at: string;
}

export interface WeeklyChecksTable {
  user_id: string;
  week_start: string;
  drained: number | null;
  secure: number | null;
  updated_at: string;
}

export interface PeopleTable {
  id: string;
  user_id: string;
  name: string;
  name_key: string;
  closeness: string;
  rhythm_days: number | null;
  notes: string | null;
  vcard_uid: string | null;
  snoozed_until: string | null;
  last_contact_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonContextsTable {
  person_id: string;
  user_id: string;
  context: string;
}

export interface InteractionsTable {
  id: string;
  user_id: string;
  occurred_at: string;
  channel: string;
  initiated_by: string;
  minutes: number | null;
  warmth: number;
  support: number;
  /** null = no, '' = a tick, other text = what it was. */
  gave: string | null;
  received: string | null;
  /** JSON array of topics. */
  topics: string;
  reflection: string | null;
  created_at: string;
  updated_at: string;
}

export interface InteractionPeopleTable {
  interaction_id: string;
  person_id: string;
  user_id: string;
  occurred_at: string;
  /** Copies of the interaction's figures (see the migration). */
  initiated_by: string;
  warmth: number;
  support: number;
  /** 0 or 1. */
  gave: number;
  received: number;
}

export interface InvitationsTable {
  id: string;
  user_id: string;
  person_id: string | null;
  idea: string;
  text: string;
  status: string;
  note: string | null;
  planned_for: string | null;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface PracticesTable {
  id: string;
  user_id: string;
  name: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PracticeChecksTable {
  practice_id: string;
  user_id: string;
  day: string;
  created_at: string;
}

export interface FeedbackLinksTable {
  id: string;
  user_id: string;
  person_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  answered_at: string | null;
  supportive: string | null;
  different: string | null;
  other: string | null;
  /** 0 or 1 once answered. */
  crisis: number | null;
}

export interface DisclosuresTable {
  id: string;
  user_id: string;
  person_id: string;
  level: string;
  what: string;
  comfort: number;
  next_step_plan: string | null;
  created_at: string;
  updated_at: string;
}

export interface SocialReviewsTable {
  id: string;
  user_id: string;
  month: string;
  strengthened: string | null;
  weakened: string | null;
  adjust: string | null;
  win: string | null;
  assessment_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SocialSettingsTable {
  user_id: string;
  /** 0 or 1. */
  rhythms_in_calendar: number;
  updated_at: string;
}

export interface SafetyPlansTable {
  user_id: string;
  /** JSON of the seven steps (contracts/safety-plan.ts SafetyPlanSteps), already normalised. */
  steps: string;
  version: number;
  edited_at: string;
  updated_at: string;
}

export interface TrustedDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PendingSignupsTable {
  token_hash: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  region: string;
  created_at: string;
  expires_at: string;
}

export interface TotpFactorsTable {
  user_id: string;
  /** Sealed with the server key when there is one (core/account/secret-box.ts). */
  secret: string;
  confirmed_at: string | null;
  last_step: number | null;
  created_at: string;
}

export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  created_at: string;
}

export interface PasskeysTable {
  id: string;
  /** base64url credential id, as the authenticator names it. */
  credential_id: string;
  user_id: string;
  /** base64url COSE public key. */
  public_key: string;
  counter: string;
  /** Comma-separated WebAuthn transports. */
  transports: string;
  name: string;
  backed_up: number;
  created_at: string;
  last_used_at: string | null;
}

/** `passkey-unlock` and `passkey-reauth` belong to one session (server/auth/webauthn.ts keys them by it). */
export type AuthChallengeKind = 'second-step' | 'passkey-register' | 'passkey-login' | 'passkey-unlock' | 'passkey-reauth';

export interface AuthChallengesTable {
  token_hash: string;
  user_id: string | null;
  kind: AuthChallengeKind;
  challenge: string | null;
  failures: Generated<number>;
  created_at: string;
  expires_at: string;
}

export interface ImportedItemsTable {
  user_id: string;
  /** Which export list the item came from: 'journal', 'urges', 'people', … */
  kind: string;
  source_id: string;
  target_id: string;
  imported_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  /** contracts/notifications DeliveredKind. */
  kind: string;
  due_at: string;
  delivered_at: string | null;
  read_at: string | null;
  dismissed_at: string | null;
  /** 0 or 1: whether it was allowed a sound at delivery (what the daily maximum counts). */
  loud: Generated<number>;
  link: string | null;
  /** The id of the urge, request or draft it is about; cancelling goes by it. */
  about: string | null;
  partner_user_id: string | null;
  created_at: string;
}

export interface NotificationSettingsTable {
  user_id: string;
  /** JSON of contracts/notifications NotificationSettingsBody. */
  settings: string;
  updated_at: string;
}

export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
  last_used_at: string | null;
}

export type DeliveryState = 'sending' | 'sent' | 'pending' | 'unknown' | 'failed';

export interface NotificationDeliveriesTable {
  id: string;
  notification_id: string;
  channel: 'push' | 'email';
  subscription_id: string | null;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: string | null;
  updated_at: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  app_locks: AppLocksTable;
  session_locks: SessionLocksTable;
  journal_entries: JournalEntriesTable;
  journal_entry_tags: JournalEntryTagsTable;
  idempotency_keys: IdempotencyKeysTable;
  login_failures: LoginFailuresTable;
  urges: UrgesTable;
  urge_triggers: UrgeTriggersTable;
  urge_follow_ups: UrgeFollowUpsTable;
  tool_sessions: ToolSessionsTable;
  thought_records: ThoughtRecordsTable;
  insight_rollups: InsightRollupsTable;
  pairs: PairsTable;
  pair_members: PairMembersTable;
  pair_invitations: PairInvitationsTable;
  cycle_events: CycleEventsTable;
  drafts: DraftsTable;
  assessments: AssessmentsTable;
  support_resources: SupportResourcesTable;
  pair_agreements: PairAgreementsTable;
  pair_topics: PairTopicsTable;
  reflection_topics: ReflectionTopicsTable;
  pair_check_ins: PairCheckInsTable;
  calendar_tokens: CalendarTokensTable;
  reassurance_requests: ReassuranceRequestsTable;
  kudos: KudosTable;
  stress_plans: StressPlansTable;
  goals: GoalsTable;
  goal_notes: GoalNotesTable;
  reviews: ReviewsTable;
  weekly_checks: WeeklyChecksTable;
  people: PeopleTable;
  person_contexts: PersonContextsTable;
  interactions: InteractionsTable;
  interaction_people: InteractionPeopleTable;
  invitations: InvitationsTable;
  practices: PracticesTable;
  practice_checks: PracticeChecksTable;
  feedback_links: FeedbackLinksTable;
  disclosures: DisclosuresTable;
  social_reviews: SocialReviewsTable;
  social_settings: SocialSettingsTable;
  safety_plans: SafetyPlansTable;
  trusted_devices: TrustedDevicesTable;
  password_resets: PasswordResetsTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  auth_challenges: AuthChallengesTable;
  imported_items: ImportedItemsTable;
  pending_signups: PendingSignupsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  notification_deliveries: NotificationDeliveriesTable;
}
