import { call } from '../../../api/call.js';

/** The person's own list for their next reflection (filled by parking an urge with no partner linked). */
export const reflectionApi = {
  list: (signal?: AbortSignal) => call('listReflectionTopics', {}, { signal }),
  update: (id: string, text: string) => call('updateReflectionTopic', { params: { id }, body: { text } }),
  remove: (id: string) => call('deleteReflectionTopic', { params: { id } }),
};
