import type { z } from 'zod';
import type { CreateInteractionBody, UpdateInteractionBody } from '../../../contracts/social/interactions.js';
import type { CreatePersonBody, Person, UpdatePersonBody } from '../../../contracts/social/people.js';
import type { CreateDisclosureBody } from '../../../contracts/social/disclosures.js';
import { call, upload, type Success } from '../../api/call.js';

export type ReachOut = Success<'getReachOutList'>[number];

export const peopleApi = {
  /** The whole map: the API pages at up to 500, and a map bigger than that is read page by page. */
  list: async (signal?: AbortSignal): Promise<Person[]> => {
    const all: Person[] = [];
    let cursor: string | null = null;
    do {
      const page: Success<'listPeople'> = await call('listPeople', { query: { limit: 500, cursor } }, { signal });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  },
  get: (id: string, signal?: AbortSignal) => call('getPerson', { params: { id } }, { signal }),
  create: (body: CreatePersonBody) => call('createPerson', { body }, { idempotent: true }),
  update: (id: string, body: UpdatePersonBody) => call('updatePerson', { params: { id }, body }),
  remove: (id: string) => call('deletePerson', { params: { id } }),
  reachOut: (signal?: AbortSignal) => call('getReachOutList', {}, { signal }),
  reciprocity: (id: string, from: string, to: string, signal?: AbortSignal) =>
    call('getReciprocity', { params: { id }, query: { from, to } }, { signal }),
  importVCard: (text: string, onProgress?: (fraction: number) => void) => upload('importVCard', text, onProgress),
};

export const interactionsApi = {
  list: (personId: string | undefined, signal?: AbortSignal) => call('listInteractions', { query: { personId, limit: 100 } }, { signal }),
  /** One interaction by id, however old: an edit opened from a bookmark finds it. */
  get: (id: string, signal?: AbortSignal) => call('getInteraction', { params: { id } }, { signal }),
  create: (body: CreateInteractionBody, idempotencyKey?: string) =>
    call('createInteraction', { body }, idempotencyKey ? { idempotencyKey } : { idempotent: true }),
  update: (id: string, body: UpdateInteractionBody) => call('updateInteraction', { params: { id }, body }),
  remove: (id: string) => call('deleteInteraction', { params: { id } }),
};

type DisclosureBody = z.input<typeof CreateDisclosureBody>;

export const feedbackApi = {
  list: (personId: string, signal?: AbortSignal) => call('listFeedback', { params: { id: personId } }, { signal }),
  create: (personId: string) => call('createFeedbackLink', { params: { id: personId }, body: {} }, { idempotent: true }),
  remove: (id: string) => call('deleteFeedbackLink', { params: { id } }),
};

export const disclosuresApi = {
  list: (personId: string, signal?: AbortSignal) => call('listDisclosures', { params: { id: personId } }, { signal }),
  create: (personId: string, body: DisclosureBody) => call('createDisclosure', { params: { id: personId }, body }, { idempotent: true }),
  remove: (id: string) => call('deleteDisclosure', { params: { id } }),
};
