import { z } from 'zod';
import { User, Session } from './auth.js';
import { Assessment } from '../support/assessments.js';
import { CycleEvent } from '../cycles/cycles.js';
import { Draft } from '../reassurance/drafts.js';
import { Interaction } from '../social/interactions.js';
import { JournalEntry } from '../journal/journal.js';
import { PastPair } from '../pair/pair.js';
import { SupportResource } from '../support/support.js';
import { AgreementVersion } from '../pair/agreement.js';
import { ReflectionTopic, Topic } from '../pair/topics.js';
import { PairSpaceExport } from '../pair/pair-space-export.js';
import { Person } from '../social/people.js';
import { ThoughtRecord } from '../reassurance/thought-records.js';
import { ToolSession } from '../reassurance/tools.js';
import { SocialSettings } from '../social/social-settings.js';
import { Urge } from '../reassurance/urges.js';
import { Invitation } from '../social/invitations.js';
import { Practice } from '../social/practices.js';
import { Disclosure } from '../social/disclosures.js';
import { FeedbackLink } from '../social/feedback.js';
import { SocialReview } from '../social/social-reviews.js';
import { SafetyPlan } from '../support/safety-plan.js';
import { Passkey } from './two-step.js';
import { NotificationSettingsBody } from '../notifications/notifications.js';

/**
 * Which ways of proving it is you were on, so someone moving to another server knows what to set
 * up again there. Names and dates only: no secret, key or code leaves the server.
 */
export const ExportedSecondFactors = z
  .object({
    totp: z.object({
      on: z.boolean().describe('An authenticator app is on'),
      since: z.string().nullable().describe('When it was turned on'),
    }),
    passkeys: z.array(Passkey.pick({ name: true, createdAt: true, lastUsedAt: true })),
    recoveryCodesLeft: z.number().int().min(0).describe('Unused recovery codes (the codes themselves are not kept readable)'),
  })
  .describe('Second factors that were on (never their secrets)');

/** Everything a person owns. Each later capability adds its own key here and in server/account.ts. */
export const AccountExport = z
  .object({
    format: z.literal('steady-export/1'),
    exportedAt: z.string(),
    user: User.extend({ createdAt: z.string() }),
    sessions: z.array(Session.omit({ current: true })),
    journal: z.array(JournalEntry),
    urges: z.array(
      Urge.extend({
        localDate: z.string().describe('The day (YYYY-MM-DD) the urge counts towards, in your time zone when it was logged'),
      }),
    ),
    toolSessions: z.array(ToolSession),
    thoughtRecords: z.array(ThoughtRecord),
    cycleEvents: z.array(CycleEvent),
    drafts: z.array(Draft),
    assessments: z.array(Assessment),
    supportResources: z.array(SupportResource),
    weeklyChecks: z
      .array(z.object({ weekStart: z.string(), drained: z.number().int().nullable(), secure: z.number().int().nullable() }))
      .describe('The two private ratings you gave with weekly reviews'),
    pairs: z.array(PastPair).describe('Every pair you have been in; what you wrote in each is filed under it'),
    pairAgreements: z.array(AgreementVersion.extend({ pairId: z.string() })).describe('Agreement versions you proposed, by pair'),
    pairTopics: z.array(Topic.extend({ pairId: z.string() })).describe('Topics you parked, shared or private, by pair'),
    reflectionTopics: z.array(ReflectionTopic).describe('Topics you kept for your own next reflection'),
    pairCheckIns: z
      .array(
        z.object({
          pairId: z.string(),
          id: z.string(),
          startsAt: z.string(),
          completedAt: z.string(),
          durationMinutes: z.number(),
          notes: z.string().nullable(),
        }),
      )
      .describe('Check-ins you completed, with the shared notes you wrote'),
    pairSpace: PairSpaceExport,
    people: z.array(Person).describe('Everyone on your social map, with their contexts'),
    interactions: z.array(Interaction).describe('Time you logged with people on your map, oldest first'),
    invitations: z.array(Invitation),
    practices: z
      .array(
        Practice.pick({ id: true, name: true, archivedAt: true, createdAt: true, updatedAt: true }).extend({ days: z.array(z.string()) }),
      )
      .describe('Your practices with every day you ticked (YYYY-MM-DD)'),
    disclosures: z.array(Disclosure),
    feedbackLinks: z.array(FeedbackLink).describe('Links you made and the answers they brought (the links themselves are not kept)'),
    socialReviews: z.array(SocialReview),
    socialSettings: SocialSettings.describe('Your social-map switches (updatedAt null: never changed)'),
    safetyPlan: SafetyPlan.nullable().describe('Your personal safety plan (null: none saved)'),
    notificationSettings: NotificationSettingsBody.nullable().describe(
      'Your notification choices (null: never saved). Push devices are not exported: their addresses and keys only work for this server',
    ),
    secondFactors: ExportedSecondFactors,
  })
  .meta({ id: 'AccountExport' });
export type AccountExport = z.infer<typeof AccountExport>;

/**
 * An export from this or another Steady, as `exportMe` wrote it. Lists an older Steady did not have
 * may be missing; unknown keys are ignored. The route parses the file with this after the body
 * schema below: the words in an export were written (and judged) where they were written, so the
 * import's contract does not mark them as free text to be judged again.
 */
export const ImportAccountFile = AccountExport.partial().extend({
  format: z.literal('steady-export/1', { message: 'This is not a Steady export file' }),
});
export type ImportAccountFile = z.infer<typeof ImportAccountFile>;

export const ImportAccountBody = z
  .looseObject({ format: z.literal('steady-export/1', { message: 'This is not a Steady export file' }) })
  .describe('The JSON document exportMe produces (AccountExport); every list may be missing')
  .meta({ id: 'ImportAccountBody' });

const count = z.number().int().min(0);

/** What one import added: a second import of the same file adds nothing and says so. */
export const ImportAccountResult = z
  .object({
    added: z.object({
      journal: count,
      urges: count,
      toolSessions: count,
      thoughtRecords: count,
      cycleEvents: count,
      drafts: count,
      supportResources: count,
      reflectionTopics: count.describe('Your own topics, and topics you parked in a former pair, kept for your own reflection'),
      people: count,
      interactions: count,
      practices: count,
      disclosures: count,
      safetyPlan: count.describe('1 when the file’s safety plan was added (only when this account has none)'),
    }),
    alreadyHere: count.describe('Items an earlier import of this file already brought'),
    notBrought: count.describe(
      'Items that stay in the file only: what was written with a former partner (requests, kudos, plans, agreements, check-ins, goals, reviews), questionnaires, invitations, monthly reviews, feedback answers and settings',
    ),
  })
  .meta({ id: 'ImportAccountResult' });
export type ImportAccountResult = z.infer<typeof ImportAccountResult>;
