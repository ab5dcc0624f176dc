import type { Migration } from 'kysely';
import * as foundation from './2026-11-21T0900-foundation.js';
import * as reassurance from './2026-11-21T1200-reassurance.js';
import * as insightsIndexes from './2026-11-21T1300-insights-indexes.js';
import * as insightRollups from './2026-11-22T0100-insight-rollups.js';
import * as pairs from './2026-11-22T0200-pairs.js';
import * as pairRhythm from './2026-11-22T0300-pair-rhythm.js';
import * as pairSupport from './2026-11-22T0400-pair-support.js';
import * as cycles from './2026-11-22T0600-cycles.js';
import * as draftsAssessments from './2026-11-22T0700-drafts-assessments.js';
import * as weeklyChecks from './2026-11-22T0800-weekly-checks.js';
import * as social from './2026-11-22T0900-social.js';
import * as socialInsightsIndex from './2026-11-22T1000-social-insights-index.js';
import * as reflectionTopics from './2026-12-03T1100-reflection-topics.js';
import * as safetyPlans from './2026-12-03T1100-safety-plans.js';
import * as idempotencyRequestHash from './2026-12-03T1500-idempotency-request-hash.js';
import * as trustedDevices from './2026-12-03T1510-trusted-devices.js';
import * as firstRun from './2026-12-03T1600-first-run.js';
import * as pairEndings from './2026-12-03T1600-pair-endings.js';
import * as urgeRatingsNullable from './2026-12-03T1640-urge-ratings-nullable.js';
import * as goalTitleAuthor from './2026-12-03T1700-goal-title-author.js';
import * as hashedThrottleKeys from './2026-12-03T1700-hashed-throttle-keys.js';
import * as sessionLimits from './2026-12-03T1710-session-limits.js';
import * as secondFactor from './2026-12-03T1720-second-factor.js';
import * as passwordResets from './2026-12-03T1730-password-resets.js';
import * as appLock from './2026-12-03T1740-app-lock.js';
import * as importedItems from './2026-12-03T1750-imported-items.js';
import * as pendingSignups from './2026-12-04T1820-pending-signups.js';
import * as notifications from './2026-12-07T1500-notifications.js';

/**
 * The one migration tree for both dialects, listed here rather than read from disk so it works the
 * same under tsx, bundlers and tests. Names are timestamps: Kysely refuses a history whose applied
 * names are out of order, which catches a migration added behind one already shipped.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-21T0900-foundation': foundation,
  '2026-11-21T1200-reassurance': reassurance,
  '2026-11-21T1300-insights-indexes': insightsIndexes,
  '2026-11-22T0100-insight-rollups': insightRollups,
  '2026-11-22T0200-pairs': pairs,
  '2026-11-22T0300-pair-rhythm': pairRhythm,
  '2026-11-22T0400-pair-support': pairSupport,
  '2026-11-22T0600-cycles': cycles,
  '2026-11-22T0700-drafts-assessments': draftsAssessments,
  '2026-11-22T0800-weekly-checks': weeklyChecks,
  '2026-11-22T0900-social': social,
  '2026-11-22T1000-social-insights-index': socialInsightsIndex,
  '2026-12-03T1100-reflection-topics': reflectionTopics,
  '2026-12-03T1100-safety-plans': safetyPlans,
  '2026-12-03T1500-idempotency-request-hash': idempotencyRequestHash,
  '2026-12-03T1510-trusted-devices': trustedDevices,
  '2026-12-03T1600-first-run': firstRun,
  '2026-12-03T1600-pair-endings': pairEndings,
  '2026-12-03T1640-urge-ratings-nullable': urgeRatingsNullable,
  '2026-12-03T1700-goal-title-author': goalTitleAuthor,
  '2026-12-03T1700-hashed-throttle-keys': hashedThrottleKeys,
  '2026-12-03T1710-session-limits': sessionLimits,
  '2026-12-03T1720-second-factor': secondFactor,
  '2026-12-03T1730-password-resets': passwordResets,
  '2026-12-03T1740-app-lock': appLock,
  '2026-12-03T1750-imported-items': importedItems,
  '2026-12-04T1820-pending-signups': pendingSignups,
  '2026-12-07T1500-notifications': notifications,
};
