import type { Database } from '../db/database.js';
import type { EventBus } from './events/bus.js';

/**
 * What a domain service needs from the running server: the database, the live-event bus and the
 * clock. The Fastify app has all three, and a test builds them without HTTP, so the domain's
 * multi-step writes (lock, read, merge, crisis check, write, publish) are tested on their own
 * (controller → service → repository, as in immich's server).
 */
export interface ServiceDeps {
  database: Database;
  events: EventBus;
  clock: () => Date;
}
