import type { ReflectionTopic } from '../../../contracts/topics.js';
import { api } from '../../api/client.js';

const path = (id: string) => `/api/v1/reflection-topics/${encodeURIComponent(id)}`;

/** The person's own list for their next reflection (filled by parking an urge with no partner linked). */
export const reflectionApi = {
  list: (signal?: AbortSignal) => api.get<{ items: ReflectionTopic[] }>('/api/v1/reflection-topics', signal),
  update: (id: string, text: string) => api.patch<{ topic: ReflectionTopic; safety: { crisis: boolean } }>(path(id), { text }),
  remove: (id: string) => api.delete(path(id)),
};
