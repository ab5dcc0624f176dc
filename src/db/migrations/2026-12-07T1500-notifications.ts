import type { Kysely } from 'kysely';

/**
 * Notifications (issue 16). A notification is a row from the moment it is planned: the scheduler
 * finds the due ones here, so a restart loses none and several servers share one queue without a
 * queue process of their own. It holds a kind, a time and a link, never words anyone wrote;
 * `about` is the id of the urge, request or draft it is about, so finishing that thing cancels it.
 *
 * Deliveries are one row per channel and device, so push to a phone and push to a laptop keep
 * their own state: sent to one, retried on the other, gone with an expired subscription.
 * Everything hangs off the person's row (and off the notification), so deleting the account takes
 * all of it with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('dismissed_at', 'text')
    // 1 when it was allowed a sound (push, email) at delivery: what the daily maximum counts.
    .addColumn('loud', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('link', 'text')
    .addColumn('about', 'text')
    .addColumn('partner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The scheduler's one question, "what is due and not yet delivered", is a range of this index.
  await db.schema.createIndex('notifications_due').on('notifications').columns(['delivered_at', 'due_at']).execute();
  await db.schema.createIndex('notifications_inbox').on('notifications').columns(['user_id', 'delivered_at', 'id']).execute();
  await db.schema.createIndex('notifications_about').on('notifications').columns(['user_id', 'about']).execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // JSON of NotificationSettingsBody: read and replaced whole, like the safety plan.
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addUniqueConstraint('push_subscriptions_user_endpoint', ['user_id', 'endpoint'])
    .execute();

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notification_id', 'text', (c) => c.notNull().references('notifications.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.references('push_subscriptions.id').onDelete('cascade'))
    // sending | sent | pending (a retry waiting for next_attempt_at) | unknown | failed
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_deliveries_notification').on('notification_deliveries').column('notification_id').execute();
  await db.schema
    .createIndex('notification_deliveries_retry')
    .on('notification_deliveries')
    .columns(['state', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_deliveries').ifExists().execute();
  await db.schema.dropTable('push_subscriptions').ifExists().execute();
  await db.schema.dropTable('notification_settings').ifExists().execute();
  await db.schema.dropTable('notifications').ifExists().execute();
}
