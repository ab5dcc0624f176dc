import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

/** Structured reassurance requests between partners (issue 4). */
export const REQUEST_CONTEXT_MAX = 280;
export const REQUEST_PLAN_MAX = 2_000;
export const REQUEST_NOTE_MAX = 280;

/**
 * The problem type of the 422 answered when a request would go over the agreed daily cap outside
 * the check-in window. Stable: clients match on it (the web app shows the kind refusal).
 */
export const REQUEST_CAP_REACHED = 'https://steady.example/problems/request-cap-reached';

export const REQUEST_STATUSES = ['pending', 'accepted', 'later', 'declined', 'completed'] as const;
export const RequestStatus = z
  .enum(REQUEST_STATUSES)
  .describe(
    'pending: not answered yet; accepted: listening; later: at a time or the next check-in; declined: kindly, not now; completed: plan written',
  );

export const CreateReassuranceRequestBody = z.strictObject({
  context: freeText(z.string().trim().max(REQUEST_CONTEXT_MAX, `Keep the context under ${REQUEST_CONTEXT_MAX} characters`))
    .optional()
    .describe('A few words on what it is about (optional)'),
  minutes: z.number().int().min(1).max(15).optional().describe('How long you would like them to listen, 1–15 minutes (default 5)'),
});
export type CreateReassuranceRequestBody = z.input<typeof CreateReassuranceRequestBody>;

export const RESPONSES = ['accept', 'later', 'decline'] as const;
export const RespondReassuranceRequestBody = z.strictObject({
  response: z.enum(RESPONSES),
  laterAt: IsoDateTime.optional().describe('With "later": when; leave out to mean the next check-in'),
  note: freeText(z.string().trim().max(REQUEST_NOTE_MAX, `Keep the note under ${REQUEST_NOTE_MAX} characters`)).optional(),
});
export type RespondReassuranceRequestBody = z.input<typeof RespondReassuranceRequestBody>;

export const CompleteReassuranceRequestBody = z.strictObject({
  plan: freeText(
    z
      .string()
      .trim()
      .min(1, 'Write a line or two of your plan')
      .max(REQUEST_PLAN_MAX, `Keep the plan under ${REQUEST_PLAN_MAX} characters`),
  ).describe('A short outline of what you will do next'),
});
export type CompleteReassuranceRequestBody = z.input<typeof CompleteReassuranceRequestBody>;

export const ReassuranceRequest = z
  .object({
    id: Id,
    requesterId: Id,
    message: z.string().describe('The request as sent, from the agreed format'),
    context: z.string().nullable(),
    minutes: z.number().int(),
    inCheckInWindow: z.boolean().describe('Sent during a check-in window (does not count against the cap)'),
    status: RequestStatus,
    response: z.enum(RESPONSES).nullable(),
    note: z.string().nullable().describe("The partner's note with their answer"),
    laterAt: IsoDateTime.nullable().describe('With "later": the time offered'),
    listening: z
      .object({ startedAt: IsoDateTime, endsAt: IsoDateTime })
      .nullable()
      .describe('The shared listening timer, the same on both screens'),
    plan: z.string().nullable(),
    createdAt: IsoDateTime,
    answeredAt: IsoDateTime.nullable(),
    completedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ReassuranceRequest' });
export type ReassuranceRequest = z.infer<typeof ReassuranceRequest>;

export const ReassuranceRequestResponse = z.object({ request: ReassuranceRequest, safety: SafetyVerdict });

export const ReassuranceRequestList = z.object({
  items: z.array(ReassuranceRequest).describe('Newest first, the 50 most recent'),
  remainingToday: z.number().int().describe('Requests you may still send today outside the check-in window'),
  nextCheckIn: z.object({ startsAt: IsoDateTime, endsAt: IsoDateTime }).nullable(),
  template: z.string().describe('The agreed request format'),
  acknowledgments: z.array(z.string()).describe('Kind ways to say "not now", from the agreed acknowledgment format'),
});
export type ReassuranceRequestList = z.infer<typeof ReassuranceRequestList>;

/** Extension members of the request-cap-reached problem. */
export const RequestCapReached = z
  .object({
    type: z.literal(REQUEST_CAP_REACHED),
    title: z.string(),
    status: z.literal(422),
    detail: z.string(),
    cap: z.number().int(),
    nextCheckIn: z.object({ startsAt: IsoDateTime, endsAt: IsoDateTime }).nullable(),
    alternatives: z.array(
      z.object({
        action: z.enum(['park', 'soothe']),
        label: z.string(),
        href: z.string().describe('park: POST /api/v1/pair/topics (or log the urge as parked); soothe: the toolkit at /tools'),
      }),
    ),
  })
  .meta({ id: 'RequestCapReached' });
export type RequestCapReached = z.infer<typeof RequestCapReached>;
