import type { GiveKudosBody } from '../../../../contracts/pair/kudos.js';
import { call } from '../../../api/call.js';

export const kudosApi = {
  list: (params: { cursor?: string | null; limit?: number }, signal?: AbortSignal) => call('listKudos', { query: params }, { signal }),
  give: (body: GiveKudosBody) => call('giveKudos', { body }, { idempotent: true }),
};
