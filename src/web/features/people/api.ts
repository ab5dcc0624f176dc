import type { z } from 'zod';
import type { CreateInteractionBody, Interaction, UpdateInteractionBody } from '../../../contracts/interactions.js';
import type { CreatePersonBody, ImportResult, Person, ReachOutItem, Reciprocity, UpdatePersonBody } from '../../../contracts/people.js';
import type { CreateDisclosureBody, DisclosureList } from '../../../contracts/disclosures.js';
import type { FeedbackLink as FeedbackItem } from '../../../contracts/feedback.js';
import { api, query } from '../../api/client.js';

type Page<T> = { items: T[]; nextCursor: string | null };
type PersonResponse = { person: Person };
type InteractionResponse = { interaction: Interaction; safety: { crisis: boolean } };
export type ReachOut = z.infer<typeof ReachOutItem>;

const person = (id: string) => `/api/v1/people/${encodeURIComponent(id)}`;
const interaction = (id: string) => `/api/v1/interactions/${encodeURIComponent(id)}`;

export const peopleApi = {
  /** The whole map: the API pages at up to 500, and a map bigger than that is read page by page. */
  list: async (signal?: AbortSignal): Promise<Person[]> => {
    const all: Person[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Person> = await api.get<Page<Person>>(`/api/v1/people${query({ limit: 500, cursor })}`, signal);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  },
  get: (id: string, signal?: AbortSignal) => api.get<PersonResponse>(person(id), signal),
  create: (body: CreatePersonBody) => api.post<PersonResponse>('/api/v1/people', body, { idempotent: true }),
  update: (id: string, body: UpdatePersonBody) => api.patch<PersonResponse>(person(id), body),
  remove: (id: string) => api.delete(person(id)),
  reachOut: (signal?: AbortSignal) => api.get<ReachOut[]>('/api/v1/people/reach-out', signal),
  reciprocity: (id: string, from: string, to: string, signal?: AbortSignal) =>
    api.get<Reciprocity>(`${person(id)}/reciprocity${query({ from, to })}`, signal),
  importVCard: (text: string, onProgress?: (fraction: number) => void) =>
    api.upload<ImportResult>('/api/v1/people/import', text, 'text/vcard', onProgress),
};

export const interactionsApi = {
  list: (personId: string | undefined, signal?: AbortSignal) =>
    api.get<Page<Interaction>>(`/api/v1/interactions${query({ personId, limit: 100 })}`, signal),
  create: (body: CreateInteractionBody, idempotencyKey?: string) =>
    api.post<InteractionResponse>('/api/v1/interactions', body, idempotencyKey ? { idempotencyKey } : { idempotent: true }),
  update: (id: string, body: UpdateInteractionBody) => api.patch<InteractionResponse>(interaction(id), body),
  remove: (id: string) => api.delete(interaction(id)),
};

type DisclosureListData = z.infer<typeof DisclosureList>;
type DisclosureBody = z.input<typeof CreateDisclosureBody>;

export const feedbackApi = {
  list: (personId: string, signal?: AbortSignal) => api.get<{ items: FeedbackItem[] }>(`${person(personId)}/feedback`, signal),
  create: (personId: string) =>
    api.post<{ id: string; url: string; expiresAt: string }>(`${person(personId)}/feedback-links`, {}, { idempotent: true }),
  remove: (id: string) => api.delete(`/api/v1/feedback-links/${encodeURIComponent(id)}`),
};

export const disclosuresApi = {
  list: (personId: string, signal?: AbortSignal) => api.get<DisclosureListData>(`${person(personId)}/disclosures`, signal),
  create: (personId: string, body: DisclosureBody) =>
    api.post<{ safety: { crisis: boolean } }>(`${person(personId)}/disclosures`, body, { idempotent: true }),
  remove: (id: string) => api.delete(`/api/v1/disclosures/${encodeURIComponent(id)}`),
};
