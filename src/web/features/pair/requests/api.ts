import type {
  CompleteReassuranceRequestBody,
  CreateReassuranceRequestBody,
  RespondReassuranceRequestBody,
} from '../../../../contracts/pair/reassurance-requests.js';
import type { Pair } from '../../../../contracts/pair/pair.js';
import { ApiError } from '../../../api/client.js';
import { call } from '../../../api/call.js';

export const pairApi = {
  /** null when not linked. */
  get: (signal?: AbortSignal) => call('getPair', {}, { signal }),
};

/**
 * Asks who the person is linked with first, and only then for the pair object: someone not linked
 * gets the screen's "not linked" state (a 404 raised here, not by the server) and the browser logs
 * no failed request.
 */
export async function withPair<T>(signal: AbortSignal, load: (pair: Pair) => Promise<T>): Promise<T & { pair: Pair }> {
  const { pair } = await pairApi.get(signal);
  if (!pair) throw new ApiError({ type: 'about:blank', title: 'Not linked', status: 404 });
  return { ...(await load(pair)), pair };
}

export const requestsApi = {
  list: (signal?: AbortSignal) => call('listReassuranceRequests', {}, { signal }),
  create: (body: CreateReassuranceRequestBody) => call('createReassuranceRequest', { body }),
  respond: (id: string, body: RespondReassuranceRequestBody) => call('respondReassuranceRequest', { params: { id }, body }),
  complete: (id: string, body: CompleteReassuranceRequestBody) => call('completeReassuranceRequest', { params: { id }, body }),
  /**
   * Parks the topic for the next check-in. Parked topics live with the check-in (POST
   * /api/v1/pair/topics); where that is not there yet, a 404 from it is answered by the urge log
   * alone, which the caller writes either way.
   */
  parkTopic: async (text: string): Promise<boolean> => {
    try {
      await call('parkTopic', { body: { text, shared: true } }, { idempotent: true });
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return false;
      throw err;
    }
  },
};
