import type { GiveKudosBody, Kudos } from '../../../contracts/kudos.js';
import { api, query } from '../../api/client.js';

export const kudosApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<{ items: Kudos[]; nextCursor: string | null }>(`/api/v1/pair/kudos${query(params)}`, signal),
  give: (body: GiveKudosBody) => api.post<{ kudos: Kudos; safety: { crisis: boolean } }>('/api/v1/pair/kudos', body, { idempotent: true }),
};
